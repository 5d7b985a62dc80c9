"""Recording a change: its Revision row (the history) and its IndexChange row (the change log).

Both are written in the same transaction as the change itself, so neither can be lost.
"""

from briefings.models import IndexChange, Revision

ENTITY_TYPES = {
    "Annotation": "annotation",
    "Section": "section",
    "Question": "question",
    "AnswerVariant": "variant",
    "Commitment": "commitment",
    "PressLine": "line",
}


def entity_type(obj) -> str:
    return ENTITY_TYPES[type(obj).__name__]


def record(session, obj, field, old, new, *, by, action="edit", reason=None) -> Revision | None:
    """Add a Revision for a change of `field` on `obj`; nothing when an edit changed nothing."""
    if action == "edit" and (old or "") == (new or ""):
        return None
    if obj.id is None:
        session.flush()
    revision = Revision(
        entity_type=entity_type(obj), entity_id=obj.id, field=field, action=action,
        old_text=old, new_text=new, reason=reason, user_id=by.id if by else None,
    )
    session.add(revision)
    return revision


def enqueue_index(session, obj, op: str = "upsert") -> None:
    """Log that every search index must follow the change of `obj` once it is committed."""
    if obj.id is None:
        session.flush()
    session.add(IndexChange(entity_type=entity_type(obj), entity_id=obj.id, op=op))


def change_status(session, obj, status: str, *, by, reason=None) -> None:
    """Set `obj.status`, recording who, when and why, and queue the index update."""
    record(session, obj, "status", obj.status, status, by=by, action="status", reason=reason)
    obj.status = status
    enqueue_index(session, obj)
