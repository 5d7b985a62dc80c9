"""Who may do what. One matrix, enforced in the services and shown in the UI.

A forbidden action raises PermissionDenied with a Dutch message; it is never a silent no-op.
"""

from briefings.errors import PermissionDenied
from briefings.messages import msg

ALL = frozenset({"auteur", "reviewer", "staf", "pers", "beheer"})

#: action -> roles allowed; the refusal is the message "permission.<action>" in the catalogue
MATRIX: dict[str, frozenset[str]] = {
    "annotation.read_drafts": ALL - {"pers"},
    "annotation.create": frozenset({"auteur", "beheer"}),
    "annotation.edit": frozenset({"auteur", "beheer"}),
    "annotation.delete": frozenset({"auteur", "beheer"}),
    "annotation.set_status": frozenset({"staf", "beheer"}),
    "variant.write": frozenset({"auteur", "beheer"}),
    "variant.submit": frozenset({"auteur", "beheer"}),
    "variant.review": frozenset({"reviewer", "beheer"}),
    "variant.choose": frozenset({"staf", "beheer"}),
    "comment.add": frozenset({"auteur", "reviewer", "staf", "beheer"}),
    "comment.resolve": frozenset({"auteur", "reviewer", "staf", "beheer"}),
    "question.assign": frozenset({"auteur", "staf", "beheer"}),
    "export.draft": ALL - {"pers"},
    "export.final": ALL - {"pers"},
    "export.woo": frozenset({"staf", "beheer"}),
    "import": frozenset({"auteur", "beheer"}),
    "search": ALL,
    "commitment.edit": frozenset({"auteur", "reviewer", "staf", "beheer"}),
    "line.publish": frozenset({"staf", "reviewer", "beheer"}),
    "line.reuse": frozenset({"pers", "staf", "beheer"}),
    "press.write": frozenset({"pers", "beheer"}),
    "commitment.read": ALL - {"pers"},
    "users.manage": frozenset({"beheer"}),
    "index.rebuild": frozenset({"beheer"}),
}


def can(user, action: str) -> bool:
    """Return whether `user` may perform `action` (unknown actions are never allowed)."""
    return user is not None and user.active and user.role in MATRIX[action]


def require(user, action: str) -> None:
    """Raise PermissionDenied unless `user` may perform `action`.

    :raises PermissionDenied: with a Dutch message naming the action.
    """
    if not can(user, action):
        raise PermissionDenied(msg(f"permission.{action}"))


def require_write(user, action: str, *, kind: str) -> None:
    """Like `require`, but the press office may also write annotations of kind persvragen.

    :raises PermissionDenied:
    """
    if kind == "persvragen" and can(user, "press.write"):
        return
    require(user, action)
