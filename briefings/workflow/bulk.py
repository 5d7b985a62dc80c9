"""Review steps on many variants at once: submit, approve or reject with one reason.

All or nothing: one refused variant refuses the whole step, so nothing is half-done.
"""

from briefings.errors import ValidationError
from briefings.placeholders import question_label
from briefings.workflow.review import approve, reject, submit_for_review

#: action -> (service, statuses that can take it, Dutch infinitive for messages)
BULK_ACTIONS = {
    "submit": (submit_for_review, {"concept", "afgewezen"}, "ter review worden aangeboden"),
    "approve": (approve, {"ter_review"}, "akkoord krijgen"),
    "reject": (reject, {"ter_review"}, "worden afgewezen"),
}


def can_take(variant, action: str) -> bool:
    """Whether `variant` is in a state where `action` applies (an empty text is never sent)."""
    _, statuses, _ = BULK_ACTIONS[action]
    if action == "submit" and not (variant.body or "").strip():
        return False
    return variant.status in statuses


def bulk_review(session, variants, action: str, *, by, reason=None) -> list:
    """Apply `action` to each of `variants` that can take it; return those.

    Variants in another state are left alone (a whole question or annotation mixes states).

    :raises PermissionDenied, ValidationError: nothing selected can take the step, or one
        variant is refused (the message names its question).
    """
    if action not in BULK_ACTIONS:
        raise ValidationError("Kies wat er met de geselecteerde antwoorden moet gebeuren.")
    service, _, what = BULK_ACTIONS[action]
    if not variants:
        raise ValidationError("Selecteer eerst een of meer antwoorden, een vraag of de hele "
                              "annotatie.")
    eligible = [v for v in variants if can_take(v, action)]
    if not eligible:
        raise ValidationError(f"Geen van de geselecteerde antwoorden kan nu {what}.")
    for variant in eligible:
        try:
            service(session, variant, by=by, reason=reason)
        except ValidationError as error:
            raise ValidationError(f"{question_label(variant.question)}: {error.message}") from None
    return eligible
