"""Review status of answer variants (concept → ter review → akkoord / afgewezen) and the choice.

Every status change and choice is a Revision (who, when, why) and search-index work.
"""

from sqlalchemy import select

from briefings.changes import change_status, enqueue_index, record
from briefings.commitments.suggestions import suggest_commitments
from briefings.errors import ValidationError
from briefings.mail import events as mail_events
from briefings.messages import msg
from briefings.models import AnswerVariant, utcnow
from briefings.permissions import can, require, require_write
from briefings.validation import check_version, clean_text
from briefings.vocabulary import REVIEW_STATUSES
from briefings.workflow.comments import add_comment

MAX_REASON = 2000

#: `choose(replaces=...)` default: replace whatever is chosen (scripts, demo data)
ANY_CHOICE = object()


class ChoiceWouldReplace(ValidationError):
    """Choosing would replace a choice the user has not confirmed replacing; `current` is it."""

    def __init__(self, current):
        super().__init__(msg("review.keuze_zou_vervangen"))
        self.current = current


def submit_for_review(session, variant, *, by, reason=None, expected_version=None):
    """Offer a concept (or rejected) variant for review; `reason` is an optional remark.

    :raises PermissionDenied, ValidationError, Conflict:
    """
    # The press office writes (and so submits) the variants of press Q&A.
    require_write(by, "variant.submit", kind=variant.question.annotation.kind)
    _check_loaded(variant, expected_version)
    reason = clean_text(reason, "Toelichting", max_length=MAX_REASON)
    if not (variant.body or "").strip():
        raise ValidationError(msg("review.leeg_antwoord"))
    _expect_status(variant, {"concept", "afgewezen"}, "review.niet_ter_review_status")
    _set_status(session, variant, "ter_review", by=by, reason=reason)
    mail_events.variant_submitted(session, variant, by=by)
    return variant


def approve(session, variant, *, by, reason=None, expected_version=None):
    """Approve a variant that is up for review; `reason` is an optional remark.

    :raises PermissionDenied, ValidationError, Conflict:
    """
    require(by, "variant.review")
    _check_loaded(variant, expected_version)
    reason = clean_text(reason, "Toelichting bij akkoord", max_length=MAX_REASON)
    _expect_status(variant, {"ter_review"}, "review.niet_akkoord_status")
    return _set_status(session, variant, "akkoord", by=by, reason=reason)


def reject(session, variant, *, by, reason, expected_version=None):
    """Reject a variant that is up for review; the reason is required and becomes a comment.

    :raises PermissionDenied, ValidationError, Conflict:
    """
    require(by, "variant.review")
    _check_loaded(variant, expected_version)
    reason = clean_text(reason, "Reden van afwijzing", required=True, max_length=MAX_REASON)
    _expect_status(variant, {"ter_review"}, "review.niet_afwijzen_status")
    _set_status(session, variant, "afgewezen", by=by, reason=reason)
    add_comment(session, variant, by=by, text=f"Afgewezen: {reason}")
    mail_events.variant_rejected(session, variant, by=by, reason=reason)
    return variant


def choose(session, variant, *, by, reason=None, expected_version=None, replaces=ANY_CHOICE):
    """Pick this approved variant for its question; a variant picked earlier is un-picked.

    `replaces` is the id of the chosen variant the user agreed to replace (None: the user
    expects no choice yet); when the question's choice is another, nothing changes.

    :raises PermissionDenied, ValidationError, Conflict: ChoiceWouldReplace as said above.
    """
    require(by, "variant.choose")
    _lock_question_variants(session, variant)
    _check_loaded(variant, expected_version)
    reason = clean_text(reason, "Reden van de keuze", max_length=MAX_REASON)
    if variant.status != "akkoord":
        raise ValidationError(msg("review.alleen_antwoord_met_status"))
    if variant.chosen:
        raise ValidationError(msg("review.antwoord_al_gekozen"))
    current = variant.question.chosen_variant
    if replaces is not ANY_CHOICE and current is not None and current.id != replaces:
        raise ChoiceWouldReplace(current)
    replaced = [other for other in variant.question.variants if other.chosen]
    for other in replaced:
        _unpick(session, other, by=by, reason="ander antwoord gekozen")
    variant.chosen, variant.chosen_by_id, variant.chosen_at = True, by.id, utcnow()
    variant.choice_reason = reason
    record(session, variant, "chosen", "nee", "ja", by=by, action="choose", reason=reason)
    enqueue_index(session, variant)
    mail_events.variant_chosen(session, variant, by=by, replaced=replaced)
    session.flush()
    suggest_commitments(session, variant)  # the suggestions follow the choice
    return variant


def unchoose(session, variant, *, by, reason=None, expected_version=None):
    """Withdraw the choice of this variant; its question then has no chosen answer.

    :raises PermissionDenied, ValidationError, Conflict:
    """
    require(by, "variant.choose")
    _check_loaded(variant, expected_version)
    if not variant.chosen:
        raise ValidationError(msg("review.antwoord_niet_gekozen"))
    _unpick(session, variant, by=by,
            reason=clean_text(reason, "Reden", max_length=MAX_REASON))
    session.flush()
    suggest_commitments(session, variant)
    return variant


def assign_owner(session, question, owner, *, by):
    """Make `owner` (a user, or None) responsible for the question's answer.

    :raises PermissionDenied:
    """
    require(by, "question.assign")
    if owner is not None and not can(owner, "annotation.read_drafts"):
        raise ValidationError(msg("review.eigenaar_kan_geen_concepten_lezen", name=owner.name))
    old = question.owner.name if question.owner else None
    question.owner = owner
    record(session, question, "owner", old, owner.name if owner else None, by=by)
    session.flush()
    return question


def _lock_question_variants(session, variant) -> None:
    """Lock and re-read the question's variants, so two people choosing at once cannot
    leave two chosen answers (PostgreSQL row locks; SQLite has one writer anyway)."""
    session.execute(
        select(AnswerVariant).where(AnswerVariant.question_id == variant.question_id)
        .with_for_update().execution_options(populate_existing=True)
    ).all()


def _unpick(session, variant, *, by, reason):
    variant.chosen, variant.chosen_by_id, variant.chosen_at = False, None, None
    variant.choice_reason = None
    record(session, variant, "chosen", "ja", "nee", by=by, action="choose", reason=reason)
    enqueue_index(session, variant)


def _set_status(session, variant, status, *, by, reason=None):
    change_status(session, variant, status, by=by, reason=reason)
    session.flush()
    suggest_commitments(session, variant)  # approving or rejecting can change what is said
    return variant


def _expect_status(variant, allowed: set[str], refusal: str) -> None:
    if variant.status not in allowed:
        raise ValidationError(msg(refusal, status=REVIEW_STATUSES[variant.status]))


def _check_loaded(variant, expected_version) -> None:
    """Refuse to act on text that changed after the user read it."""
    check_version(variant, expected_version, what="Dit antwoord")
