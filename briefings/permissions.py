"""Who may do what. One matrix, enforced in the services and shown in the UI.

A forbidden action raises PermissionDenied with a Dutch message; it is never a silent no-op.
"""

from briefings.errors import PermissionDenied

ALL = frozenset({"auteur", "reviewer", "staf", "pers", "beheer"})

#: action -> (roles allowed, Dutch description used in the refusal)
MATRIX: dict[str, tuple[frozenset[str], str]] = {
    "annotation.read_drafts": (ALL - {"pers"}, "concepten bekijken"),
    "annotation.create": (frozenset({"auteur", "beheer"}), "een annotatie aanmaken"),
    "annotation.edit": (frozenset({"auteur", "beheer"}), "een annotatie bewerken"),
    "annotation.delete": (frozenset({"auteur", "beheer"}), "een annotatie verwijderen"),
    "annotation.set_status": (
        frozenset({"staf", "beheer"}), "de status van een annotatie wijzigen"
    ),
    "variant.write": (frozenset({"auteur", "beheer"}), "een antwoord schrijven of wijzigen"),
    "variant.submit": (frozenset({"auteur", "beheer"}), "een antwoord ter review aanbieden"),
    "variant.review": (frozenset({"reviewer", "beheer"}), "een antwoord beoordelen"),
    "variant.choose": (frozenset({"staf", "beheer"}), "een antwoord kiezen"),
    "comment.add": (frozenset({"auteur", "reviewer", "staf", "beheer"}), "opmerkingen plaatsen"),
    "comment.resolve": (
        frozenset({"auteur", "reviewer", "staf", "beheer"}), "opmerkingen afhandelen"
    ),
    "export.draft": (ALL - {"pers"}, "een conceptversie exporteren"),
    "export.final": (ALL - {"pers"}, "de definitieve versie exporteren"),
    "export.woo": (frozenset({"staf", "beheer"}), "een Woo-versie exporteren"),
    "import": (frozenset({"auteur", "beheer"}), "documenten importeren"),
    "search": (ALL, "zoeken"),
    "commitment.edit": (
        frozenset({"auteur", "reviewer", "staf", "beheer"}), "toezeggingen vastleggen of wijzigen"
    ),
    "line.publish": (frozenset({"staf", "reviewer", "beheer"}), "een perslijn publiceren"),
    "line.reuse": (frozenset({"pers", "staf", "beheer"}), "een perslijn hergebruiken"),
    "press.write": (frozenset({"pers", "beheer"}), "persvragen schrijven"),
    "commitment.read": (ALL - {"pers"}, "toezeggingen bekijken"),
    "users.manage": (frozenset({"beheer"}), "gebruikers beheren"),
    "index.rebuild": (frozenset({"beheer"}), "de zoekindex opnieuw opbouwen"),
}


def can(user, action: str) -> bool:
    """Return whether `user` may perform `action` (unknown actions are never allowed)."""
    roles, _ = MATRIX[action]
    return user is not None and user.active and user.role in roles


def require(user, action: str) -> None:
    """Raise PermissionDenied unless `user` may perform `action`.

    :raises PermissionDenied: with a Dutch message naming the action.
    """
    if not can(user, action):
        _, what = MATRIX[action]
        raise PermissionDenied(f"U heeft geen rechten om {what}.")


def require_write(user, action: str, *, kind: str) -> None:
    """Like `require`, but the press office may also write annotations of kind persvragen.

    :raises PermissionDenied:
    """
    if kind == "persvragen" and can(user, "press.write"):
        return
    require(user, action)
