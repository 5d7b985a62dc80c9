"""Create, read, update and delete annotations and their header fields."""

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from briefings.changes import enqueue_index, record
from briefings.errors import ValidationError
from briefings.messages import msg
from briefings.models import (
    Annotation,
    AnswerVariant,
    Commitment,
    Meeting,
    MeetingDate,
    Question,
)
from briefings.permissions import require, require_write
from briefings.validation import (
    MAX_SHORT,
    MAX_TITLE,
    check_version,
    choice,
    clean_text,
    found,
    parse_dates,
)
from briefings.vocabulary import ANNOTATION_KINDS, MEETING_BODIES

#: header fields that are plain text, with their Dutch label and maximum length
TEXT_FIELDS = {
    "title": ("Titel", MAX_TITLE),
    "portfolio_holder": ("Portefeuillehouder", MAX_SHORT),
    "agenda_item": ("Agendapunt", 50),
    "registration_number": ("Registratienummer", 50),
    "requested_decision": ("Gevraagd besluit", 5000),
    "overview": ("Inleiding", 10000),
}


def get_annotation(session, annotation_id, *, full=False) -> Annotation:
    """Return the annotation, with its questions and variants loaded eagerly if `full`.

    :raises NotFound: when there is no such annotation.
    """
    query = select(Annotation).where(Annotation.id == annotation_id)
    if full:
        query = query.options(
            selectinload(Annotation.sections),
            selectinload(Annotation.meeting).selectinload(Meeting.dates),
            selectinload(Annotation.questions).selectinload(Question.asker),
            selectinload(Annotation.questions)
            .selectinload(Question.variants)
            .selectinload(AnswerVariant.comments),
        )
    return found(session.scalars(query).first(), "Deze annotatie")


def create_annotation(session, *, by, meeting=None, **fields) -> Annotation:
    """Create an annotation from header fields; `meeting` is a dict (body, name, dates).

    :raises PermissionDenied, ValidationError:
    """
    require_write(by, "annotation.create", kind=fields.get("kind", "annotatie"))
    annotation = Annotation(created_by_id=by.id, kind=fields.pop("kind", "annotatie"))
    choice(annotation.kind, ANNOTATION_KINDS, "soort")
    _apply_header(session, annotation, fields, meeting, by=by, creating=True)
    session.add(annotation)
    session.flush()
    record(session, annotation, "title", None, annotation.title, by=by, action="create")
    enqueue_index(session, annotation)
    return annotation


def update_header(session, annotation, *, by, expected_version=None, meeting=None, **fields):
    """Update the header; a stale form raises Conflict instead of overwriting.

    :raises PermissionDenied, ValidationError, Conflict:
    """
    require(by, "annotation.edit")
    check_version(annotation, expected_version, what="De kop van deze annotatie")
    _apply_header(session, annotation, fields, meeting, by=by, creating=False)
    annotation.version += 1
    enqueue_index(session, annotation)
    return annotation


def delete_annotation(session, annotation, *, by) -> None:
    """Delete an annotation with everything in it (the history rows stay)."""
    require(by, "annotation.delete")
    record(session, annotation, "title", annotation.title, None, by=by, action="delete")
    enqueue_index(session, annotation, op="delete")
    # Its commitments stay, but no longer come from a definitief annotation (visibility).
    for commitment in session.scalars(
            select(Commitment).where(Commitment.annotation_id == annotation.id)):
        enqueue_index(session, commitment)
    session.delete(annotation)
    session.flush()


def _apply_header(session, annotation, fields, meeting, *, by, creating):
    for name, (label, max_length) in TEXT_FIELDS.items():
        if name not in fields and not creating:
            continue
        required = name in ("title", "portfolio_holder")
        new = clean_text(fields.get(name), label, required=required, max_length=max_length)
        if not creating:
            record(session, annotation, name, getattr(annotation, name), new, by=by)
        setattr(annotation, name, new)
    for name in ("handling_officials", "personal_names"):
        if name in fields or creating:
            setattr(annotation, name, _clean_names(fields.get(name)))
    if "internal_deadline" in fields:
        dates = parse_dates([fields["internal_deadline"]])
        annotation.internal_deadline = dates[0] if dates else None
    if meeting is not None:
        annotation.meeting = _meeting(session, annotation.meeting, **meeting)


def _clean_names(values) -> list[str]:
    if isinstance(values, str):
        values = values.replace(";", "\n").splitlines()
    names = [" ".join(v.split()) for v in values or [] if v and v.strip()]
    if any(len(n) > MAX_SHORT for n in names):
        raise ValidationError(msg("annotation.naam_lang_maximaal_limit", limit=MAX_SHORT))
    return names


def _meeting(session, current, *, body, name=None, dates=()) -> Meeting | None:
    """Return the meeting with these fields: the current one updated, or a new one."""
    if not body and not name and not dates:
        return None
    choice(body, MEETING_BODIES, "vergadering")
    name = clean_text(name, "Naam van de vergadering", max_length=MAX_SHORT)
    meeting = current or Meeting(body=body, name=name or MEETING_BODIES[body])
    meeting.body, meeting.name = body, name or MEETING_BODIES[body]
    parsed = parse_dates(dates)
    if [d.date for d in meeting.dates] != parsed:
        meeting.dates = [MeetingDate(date=d) for d in parsed]
    session.add(meeting)
    return meeting
