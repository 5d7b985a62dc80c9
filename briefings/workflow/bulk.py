"""Review steps on many variants at once: submit, approve or reject with one reason.

All or nothing: one refused variant refuses the whole step, so nothing is half-done.
"""

from briefings.errors import ValidationError
from briefings.messages import msg
from briefings.placeholders import question_label
from briefings.workflow.review import approve, reject, submit_for_review

#: action -> (service, statuses that can take it, key of the message when none can)
BULK_ACTIONS = {
    "submit": (submit_for_review, {"concept", "afgewezen"}, "review.geen_kan_ter_review"),
    "approve": (approve, {"ter_review"}, "review.geen_kan_akkoord"),
    "reject": (reject, {"ter_review"}, "review.geen_kan_afgewezen"),
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
        raise ValidationError(msg("review.kies_bulkactie"))
    service, _, none_can = BULK_ACTIONS[action]
    if not variants:
        raise ValidationError(msg("review.niets_geselecteerd"))
    eligible = [v for v in variants if can_take(v, action)]
    if not eligible:
        raise ValidationError(msg(none_can))
    for variant in eligible:
        try:
            service(session, variant, by=by, reason=reason)
        except ValidationError as error:
            raise ValidationError(msg("review.bulk_geweigerd_bij_vraag",
                                      question=question_label(variant.question),
                                      reason=error.message)) from None
    return eligible
