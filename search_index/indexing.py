"""Applying the outbox: after a commit, the index follows the database.

Work is recorded (IndexOutbox) in the same transaction as the change. Here it is applied under
the index's write lock; rows are deleted only once the index commit succeeded, so work that could
not be applied (lock busy, crash) stays for the next writer, start-up or `reindex`.
"""

import logging

from sqlalchemy import delete, select
from whoosh.index import LockError
from whoosh.query import And, Not, Term

from briefings.models import Commitment, IndexOutbox
from search_index import documents
from search_index.store import WRITE_TIMEOUT

log = logging.getLogger(__name__)

#: outbox rows applied in one index commit
BATCH = 500
DRAFT_STATUSES = ("concept", "ter_review")


def has_pending(session) -> bool:
    return session.scalars(select(IndexOutbox.id).limit(1)).first() is not None


def apply_pending(session_factory, index, *, timeout: float = WRITE_TIMEOUT,
                  warn=None) -> int:
    """Apply queued index work; return how many outbox rows were applied (0 if the lock is busy).

    Never raises: a failure leaves the rows for the next attempt. `warn(session, searcher,
    variant)` computes a draft variant's consistency warnings, if given.
    """
    try:
        with session_factory() as session:
            if not has_pending(session):
                return 0
        writer = index.writer(timeout=timeout)
    except LockError:
        log.info("search index busy; work stays in the outbox")
        return 0
    except Exception:
        log.exception("search index cannot be opened; work stays in the outbox")
        return 0
    try:
        return _apply_locked(session_factory, index, writer, warn)
    except Exception:
        log.exception("applying search-index work failed; it stays in the outbox")
        _cancel(writer)
        return 0


def _cancel(writer) -> None:
    try:
        writer.cancel()
    except Exception:  # already committed or closed: nothing left to undo
        pass


def _apply_locked(session_factory, index, writer, warn) -> int:
    """Read the rows only now, holding the lock: every entity is read in its latest state."""
    applied = 0
    with session_factory() as session:
        batch = Batch(writer)
        while rows := session.scalars(
            select(IndexOutbox).order_by(IndexOutbox.id).limit(BATCH)
        ).all():
            entities = dict.fromkeys((row.entity_type, row.entity_id) for row in rows)
            for entity_type, entity_id in entities:
                batch.apply(session, entity_type, entity_id)
            session.execute(delete(IndexOutbox).where(IndexOutbox.id.in_([r.id for r in rows])))
            applied += len(rows)
            if len(rows) < BATCH:
                break
        batch.commit()
        session.commit()
        if warn is not None and batch.drafts:
            _warn_drafts(session, index, batch.drafts, warn)
    return applied


def _warn_drafts(session, index, variant_ids, warn) -> None:
    """Store consistency warnings on draft variants, once the batch is searchable."""
    from briefings.models import AnswerVariant

    variants = [v for v in (session.get(AnswerVariant, i) for i in variant_ids) if v is not None]
    try:
        writer = index.writer()
    except LockError:
        return  # warnings are advice; the next save of the variant computes them again
    try:
        with index.searcher() as searcher:
            update_warnings(session, searcher, writer, variants, warn)
        writer.commit()
    except Exception:
        log.exception("consistency warnings could not be stored")
        _cancel(writer)


def update_warnings(session, searcher, writer, variants, warn) -> None:
    cache: dict = {}
    for variant in variants:
        if variant.status in DRAFT_STATUSES:
            warnings = warn(session, searcher, variant, cache)
            if warnings:
                writer.update_document(**documents.variant_documents(variant, warnings)[0])


class Batch:
    """Index changes collected for one commit.

    Whoosh's delete_by_term does not see documents added in the same writer, so additions wait
    here (by doc_id) and a later removal in the same batch also drops them.
    """

    def __init__(self, writer):
        self.writer = writer
        self.pending: dict[str, dict] = {}
        #: draft variants that get their consistency warnings after the commit
        self.drafts: set[int] = set()
        self.done: set[tuple[str, int]] = set()

    def apply(self, session, entity_type, entity_id) -> None:
        """Replace the documents of one entity by its current state; remove them if it is gone."""
        model = documents.ENTITY_MODELS.get(entity_type)
        obj = session.get(model, entity_id) if model else None
        if entity_type == "variant" and obj is not None:
            # Who may see a question follows from its answers' statuses: index them together.
            entity_type, entity_id, obj = "question", obj.question_id, obj.question
        if (entity_type, entity_id) in self.done:
            return  # every entity is read in its latest state: once per batch is enough
        self.done.add((entity_type, entity_id))
        self.remove(entity_type, entity_id)
        if obj is not None:
            for doc in _documents(obj, entity_type):
                self.pending[doc["doc_id"]] = doc
                if doc["kind"] == "variant" and doc["status"] in DRAFT_STATUSES:
                    self.drafts.add(int(doc["entity"].split(":")[1]))
        if entity_type == "annotation":
            # Its commitments are visible to the press office only while it is definitief.
            for commitment_id in session.scalars(
                    select(Commitment.id).where(Commitment.annotation_id == entity_id)):
                self.apply(session, "commitment", commitment_id)

    def remove(self, entity_type, entity_id) -> None:
        key = documents.entity_key(entity_type, entity_id)
        self.writer.delete_by_term("entity", key)
        drop = [d for d, doc in self.pending.items() if doc["entity"] == key]
        if entity_type in ("annotation", "question"):
            # Its dependent documents (not commitments, which outlive an annotation) go too;
            # when it still exists they are added back with its current header.
            field = f"{entity_type}_id"
            self.writer.delete_by_query(
                And([Term(field, str(entity_id)), Not(Term("kind", "commitment"))])
            )
            drop += [d for d, doc in self.pending.items()
                     if doc.get(field) == str(entity_id) and doc["kind"] != "commitment"]
        for doc_id in drop:
            self.pending.pop(doc_id, None)

    def commit(self) -> None:
        for doc in self.pending.values():
            self.writer.add_document(**doc)
        self.writer.commit()


def _documents(obj, entity_type) -> list[dict]:
    if entity_type == "annotation":
        docs = []
        for section in obj.sections:
            docs += documents.section_documents(section)
        for question in obj.questions:
            docs += _documents(question, "question")
        return docs
    if entity_type == "question":
        docs = documents.question_documents(obj)
        for variant in obj.variants:
            docs += documents.variant_documents(variant)
        return docs
    if entity_type == "variant":
        return documents.variant_documents(obj)
    if entity_type == "section":
        return documents.section_documents(obj)
    if entity_type == "line":
        return documents.line_documents(obj)
    return documents.commitment_documents(obj)
