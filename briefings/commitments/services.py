"""Create and change commitments (toezeggingen); every status and deadline change is kept.

History: Revision rows with entity "commitment"; field "status" (action "status") and field
"due" (action "edit") carry the reason the person gave.
"""

from datetime import date

from sqlalchemy import select

from briefings import changes
from briefings.changes import enqueue_index, record
from briefings.commitments.periods import UNKNOWN_LABEL, resolve_due
from briefings.errors import ValidationError
from briefings.messages import msg
from briefings.models import Commitment, Revision
from briefings.permissions import require
from briefings.validation import MAX_SHORT, choice, clean_text, found
from briefings.vocabulary import COMMITMENT_STATUSES, MEETING_BODIES, dutch_date

OPEN_STATUSES = ("openstaand", "in_behandeling", "deels_voldaan")


def get_commitment(session, commitment_id) -> Commitment:
    """:raises NotFound:"""
    return found(session.get(Commitment, commitment_id), "Deze toezegging")


def create_commitment(session, *, by, text, due_text=None, portfolio_holder=None, made_to=None,
                      made_on: date | None = None, asker=None, annotation=None, question=None,
                      variant=None, today: date | None = None) -> Commitment:
    """Register a commitment; its due phrase is resolved relative to `made_on` (else today).

    :raises PermissionDenied, ValidationError:
    """
    require(by, "commitment.edit")
    commitment = Commitment(
        text=clean_text(text, "Toezegging", required=True),
        portfolio_holder=clean_text(portfolio_holder, "Portefeuillehouder", max_length=MAX_SHORT),
        made_to=choice(made_to, MEETING_BODIES, "gedaan aan") if made_to else None,
        made_on=made_on, asker=asker, created_by_id=by.id,
        annotation_id=annotation.id if annotation else None,
        question_id=question.id if question else None,
        variant_id=variant.id if variant else None,
    )
    set_due(commitment, due_text, today)
    session.add(commitment)
    session.flush()
    record(session, commitment, "text", None, commitment.text, by=by, action="create")
    enqueue_index(session, commitment)
    return commitment


def update_commitment(session, commitment, *, by, text, due_text=None, portfolio_holder=None,
                      reason=None, today: date | None = None) -> Commitment:
    """Change text, portfolio holder or deadline; moving a deadline needs a reason.

    :raises PermissionDenied, ValidationError:
    """
    require(by, "commitment.edit")
    text = clean_text(text, "Toezegging", required=True)
    reason = clean_text(reason, "Reden")
    old_due = due_label(commitment)
    moved = (clean_text(due_text, "Termijn") or "") != (commitment.due_text or "")
    if moved and commitment.due_text and not reason:
        raise ValidationError(msg("commitment.geef_reden_voor_verzetten"))
    record(session, commitment, "text", commitment.text, text, by=by)
    commitment.text = text
    if portfolio_holder is not None:
        commitment.portfolio_holder = clean_text(portfolio_holder, "Portefeuillehouder",
                                                 max_length=MAX_SHORT)
    if moved:
        set_due(commitment, due_text, today)
        record(session, commitment, "due", old_due, due_label(commitment), by=by, reason=reason)
    enqueue_index(session, commitment)
    session.flush()
    return commitment


def change_status(session, commitment, *, by, status, reason=None, fulfilment=None):
    """Set the status. Vervallen and reopening need a reason; voldaan needs how it was kept.

    :raises PermissionDenied, ValidationError:
    """
    require(by, "commitment.edit")
    status = choice(status, COMMITMENT_STATUSES, "status")
    reason = clean_text(reason, "Reden")
    fulfilment = clean_text(fulfilment, "Afdoening") or commitment.fulfilment
    _check_status_change(commitment, status, reason, fulfilment)
    record(session, commitment, "fulfilment", commitment.fulfilment, fulfilment, by=by)
    commitment.fulfilment = fulfilment
    changes.change_status(session, commitment, status, by=by, reason=reason)
    session.flush()
    return commitment


def _check_status_change(commitment, status, reason, fulfilment) -> None:
    if status == commitment.status and fulfilment == commitment.fulfilment:
        raise ValidationError(msg("commitment.heeft_al_status",
                                  status=COMMITMENT_STATUSES[status]))
    if status == "vervallen" and not reason:
        raise ValidationError(msg("commitment.geef_reden_waarom_toezegging"))
    if status == "voldaan" and not fulfilment:
        raise ValidationError(
            msg("commitment.geef_aan_hoe_toezegging")
        )
    reopening = commitment.status in ("voldaan", "vervallen") and status in OPEN_STATUSES
    if reopening and not reason:
        raise ValidationError(msg("commitment.geef_reden_voor_heropenen"))


def history(session, commitment) -> list[Revision]:
    """Return the commitment's revisions, oldest first."""
    return list(session.scalars(
        select(Revision).where(Revision.entity_type == "commitment",
                               Revision.entity_id == commitment.id).order_by(Revision.id)
    ))


def due_label(commitment) -> str | None:
    """Return the deadline as people read it: 'voor de zomer (30 juni 2024)'."""
    if not commitment.due_text and not commitment.due_date:
        return None
    if commitment.due_unknown:
        return f"{commitment.due_text} ({UNKNOWN_LABEL})"
    resolved = dutch_date(commitment.due_date)
    if not commitment.due_text or commitment.due_text == resolved:
        return resolved
    return f"{commitment.due_text} ({resolved})"


def is_overdue(commitment, today: date) -> bool:
    return (commitment.status in OPEN_STATUSES and commitment.due_date is not None
            and commitment.due_date < today)


def set_due(commitment, due_text, today=None) -> None:
    """Keep the due phrase as written and resolve it from the meeting date (else today)."""
    reference = commitment.made_on or today or date.today()
    due = resolve_due(clean_text(due_text, "Termijn", max_length=MAX_SHORT), reference)
    commitment.due_text, commitment.due_date, commitment.due_unknown = due
