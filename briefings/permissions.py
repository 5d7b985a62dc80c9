"""Who may do what. One matrix, enforced in the services and shown in the UI.

A forbidden action raises PermissionDenied with a Dutch message; it is never a silent no-op.
"""

from briefings.errors import PermissionDenied

ALL = frozenset({"auteur", "reviewer", "staf", "pers", "beheer"})

#: action -> (roles allowed, Dutch "om … te …" phrase of the refusal "U heeft geen rechten om …")
MATRIX: dict[str, tuple[frozenset[str], str]] = {
    "annotation.read_drafts": (ALL - {"pers"}, "concepten te bekijken"),
    "annotation.create": (frozenset({"auteur", "beheer"}), "een annotatie aan te maken"),
    "annotation.edit": (frozenset({"auteur", "beheer"}), "een annotatie te bewerken"),
    "annotation.delete": (frozenset({"auteur", "beheer"}), "een annotatie te verwijderen"),
    "annotation.set_status": (
        frozenset({"staf", "beheer"}), "de status van een annotatie te wijzigen"
    ),
    "variant.write": (frozenset({"auteur", "beheer"}), "een antwoord te schrijven of te wijzigen"),
    "variant.submit": (frozenset({"auteur", "beheer"}), "een antwoord ter review aan te bieden"),
    "variant.review": (frozenset({"reviewer", "beheer"}), "een antwoord te beoordelen"),
    "variant.choose": (frozenset({"staf", "beheer"}), "een antwoord te kiezen"),
    "comment.add": (frozenset({"auteur", "reviewer", "staf", "beheer"}), "opmerkingen te plaatsen"),
    "comment.resolve": (
        frozenset({"auteur", "reviewer", "staf", "beheer"}), "opmerkingen af te handelen"
    ),
    "question.assign": (
        frozenset({"auteur", "staf", "beheer"}), "een eigenaar aan een vraag toe te wijzen"
    ),
    "export.draft": (ALL - {"pers"}, "een conceptversie te exporteren"),
    "export.final": (ALL - {"pers"}, "de definitieve versie te exporteren"),
    "export.woo": (frozenset({"staf", "beheer"}), "een Woo-versie te exporteren"),
    "import": (frozenset({"auteur", "beheer"}), "documenten te importeren"),
    "search": (ALL, "te zoeken"),
    "commitment.edit": (
        frozenset({"auteur", "reviewer", "staf", "beheer"}),
        "toezeggingen vast te leggen of te wijzigen",
    ),
    "line.publish": (frozenset({"staf", "reviewer", "beheer"}), "een perslijn te publiceren"),
    "line.reuse": (frozenset({"pers", "staf", "beheer"}), "een perslijn te hergebruiken"),
    "press.write": (frozenset({"pers", "beheer"}), "persvragen te schrijven"),
    "commitment.read": (ALL - {"pers"}, "toezeggingen te bekijken"),
    "users.manage": (frozenset({"beheer"}), "gebruikers te beheren"),
    "index.rebuild": (frozenset({"beheer"}), "de zoekindex opnieuw op te bouwen"),
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
