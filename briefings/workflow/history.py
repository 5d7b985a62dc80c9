"""History pages: the revisions of a variant or section, and restoring an earlier text.

Restoring goes through the authoring update services, so the version check (no lost edits)
and the return of an approved or chosen variant to concept apply exactly as for an edit.
"""

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from briefings.authoring import get_section, get_variant, update_section, update_variant
from briefings.errors import ValidationError
from briefings.messages import msg
from briefings.models import Revision
from briefings.validation import found

#: entity type -> the text fields whose earlier versions can be restored
RESTORABLE = {"variant": ("body", "explanation"), "section": ("heading", "body")}


def list_revisions(session, entity_type: str, entity_id: int) -> list[Revision]:
    """Return every revision of one variant or section, oldest first."""
    return list(session.scalars(
        select(Revision).options(selectinload(Revision.user))
        .where(Revision.entity_type == entity_type, Revision.entity_id == entity_id)
        .order_by(Revision.id)
    ))


def get_revision(session, revision_id) -> Revision:
    """:raises NotFound:"""
    return found(session.get(Revision, revision_id), "Deze versie")


def can_restore(revision, current_text) -> bool:
    """Return whether the text saved in `revision` differs from the current text."""
    return (revision.field in RESTORABLE.get(revision.entity_type, ())
            and revision.new_text is not None and revision.new_text != (current_text or ""))


def restore_revision(session, revision, *, by, expected_version=None):
    """Save the text of `revision` again as a new revision; returns the variant or section.

    :raises PermissionDenied, ValidationError, Conflict:
    """
    obj = _target(session, revision)
    if not can_restore(revision, getattr(obj, revision.field)):
        raise ValidationError(msg("review.versie_niet_teruggezet_huidige"))
    fields = _current_fields(obj, revision.entity_type)
    fields[revision.field] = revision.new_text
    update = update_variant if revision.entity_type == "variant" else update_section
    before = _last_revision_id(session, revision)
    update(session, obj, by=by, expected_version=expected_version, **fields)
    _mark_as_restore(session, revision, after=before)
    return obj


def _target(session, revision):
    if revision.entity_type == "variant":
        return get_variant(session, revision.entity_id)
    if revision.entity_type == "section":
        return get_section(session, revision.entity_id)
    raise ValidationError(msg("review.onderdeel_geen_versie_teruggezet"))


def _current_fields(obj, entity_type) -> dict:
    if entity_type == "variant":
        return {"body": obj.body, "explanation": obj.explanation}
    return {"heading": obj.heading, "body": obj.body}


def _last_revision_id(session, revision) -> int:
    return session.scalar(
        select(func.max(Revision.id)).where(Revision.entity_type == revision.entity_type,
                                            Revision.entity_id == revision.entity_id)
    ) or 0


def _mark_as_restore(session, source: Revision, *, after: int) -> None:
    """Label the text revisions the update just added (in this transaction) as a restore."""
    session.flush()
    when = source.created_at.strftime("%Y-%m-%d %H:%M") if source.created_at else ""
    added = session.scalars(select(Revision).where(
        Revision.entity_type == source.entity_type, Revision.entity_id == source.entity_id,
        Revision.id > after, Revision.action == "edit"))
    for item in added:
        item.action = "restore"
        item.reason = f"versie van {when} (UTC) teruggezet"


def latest_revisions(session, entity_type: str, ids, *, fields=None,
                     new_text=None) -> dict[int, Revision]:
    """Return the latest revision per entity id (one query), optionally only of `fields`
    or only those that set `new_text`."""
    ids = list(ids)
    if not ids:
        return {}
    query = (select(Revision).options(selectinload(Revision.user))
             .where(Revision.entity_type == entity_type, Revision.entity_id.in_(ids))
             .order_by(Revision.id))
    if fields:
        query = query.where(Revision.field.in_(fields))
    if new_text is not None:
        query = query.where(Revision.new_text == new_text)
    return {revision.entity_id: revision for revision in session.scalars(query)}
