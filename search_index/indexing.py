"""Following the change log: after a commit, and in the background, the index catches up.

Changes are logged (IndexChange) in the same transaction as the change itself. Each index
applies, under its own lock, every change above its position (search_index.changelog), commits,
then stores its new position; it reports how far it got (search_index.replicas), so the log is
pruned behind the slowest index. Whatever could not be applied (lock busy, crash) is applied by
the next attempt, at start-up, by the follower thread or by `reindex`.
"""

import logging

from sqlalchemy import func, select
from whoosh.index import LockError
from whoosh.query import And, Not, Term

from briefings.models import Commitment, IndexChange
from search_index import changelog, documents, replicas
from search_index.store import WRITE_TIMEOUT

log = logging.getLogger(__name__)

#: logged changes read and applied per round trip
BATCH = 500
DRAFT_STATUSES = ("concept", "ter_review")


def has_pending(session, position) -> bool:
    """Return True when the log holds changes this position has not applied (or open gaps)."""
    if position.gaps:
        return True
    count = session.scalar(select(func.count(IndexChange.seq))
                           .where(IndexChange.seq > position.through))
    return count > len(position.applied)


def needs_rebuild(session, position, name) -> str | None:
    """Return why the index cannot catch up from the log (then it rebuilds), else None."""
    if replicas.is_stale(session, name):
        return "it lagged behind the log's retention period"
    if changelog.last_handed_out(session) < position.through:
        return "the log is behind the index (database restored from a backup?)"
    if position.through and not replicas.is_known(session, name):
        oldest = session.scalar(select(func.min(IndexChange.seq)))
        if oldest is None or oldest > position.through + 1:
            return "the log may have been pruned past it while it was not registered"
    return None


def apply_pending(session_factory, index, *, name=None, timeout: float = WRITE_TIMEOUT,
                  warn=None) -> int:
    """Apply logged changes; return how many were applied (0 when the index is busy).

    Never raises: a failure leaves the position where it was for the next attempt.
    `warn(session, searcher, variant)` computes a draft variant's consistency warnings.
    """
    try:
        with session_factory() as session:
            if not has_pending(session, index.position()):
                return 0
        with index.following(timeout) as generation:
            if generation is None:
                log.info("search index busy; the changes are applied by the next attempt")
                return 0
            applied, through = _apply_locked(session_factory, index, generation, timeout, warn)
    except LockError:
        log.info("search index busy; the changes are applied by the next attempt")
        return 0
    except Exception:
        log.exception("applying logged changes to the search index failed; retried later")
        return 0
    if name is not None:
        _report(session_factory, name, through)
    return applied


def _report(session_factory, name, through) -> None:
    try:
        replicas.report(session_factory, name, through)
        replicas.prune(session_factory)
    except Exception:  # bookkeeping only: the next apply reports again
        log.warning("search index position not reported", exc_info=True)


def _apply_locked(session_factory, index, generation, timeout, warn) -> tuple[int, int]:
    """Read the changes only now, holding the lock: every entity is read in its latest state."""
    position = changelog.Position.read(generation)
    writer = index.writer(timeout=timeout)
    try:
        with session_factory() as session:
            batch = Batch(writer)
            seen, applied = _read_and_apply(session, position, batch)
            horizon = changelog.horizon(session)
            batch.commit()
            position.advance(seen, horizon, changelog.oldest_open(session))
            position.write(generation)
            if warn is not None and batch.drafts:
                _warn_drafts(session, index, batch.drafts, warn)
    except BaseException:
        _cancel(writer)
        raise
    return applied, position.through


def _read_and_apply(session, position, batch) -> tuple[list[int], int]:
    seen, applied, after = [], 0, position.through
    while rows := changelog.rows_after(session, after, BATCH):
        new = [row for row in rows if position.is_new(row.seq)]
        for entity_type, entity_id in dict.fromkeys((r.entity_type, r.entity_id) for r in new):
            batch.apply(session, entity_type, entity_id)
        seen += [row.seq for row in rows]
        applied += len(new)
        after = rows[-1].seq
        if len(rows) < BATCH:
            break
    return seen, applied


def _cancel(writer) -> None:
    try:
        writer.cancel()
    except Exception:  # already committed or closed: nothing left to undo
        pass


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
        self.touched = False
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
        self.touched = True
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
        if not self.touched:
            self.writer.cancel()  # only gaps were looked at: no new index generation needed
            return
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
