"""The search service the app, the CLI and tests use: one per process.

It owns the index, follows the change log (after commits, before searches and, on a server,
from a background thread), rebuilds a missing, damaged or hopelessly lagging index, and asks
briefings.visibility what a user may see: inside the query (so counts per filter value never
include hidden documents) and again for every row it returns.
"""

import logging
import time
from dataclasses import dataclass, replace

from whoosh.query import And, Term

from briefings.models import AnswerVariant, Commitment, PressLine, Question, Section
from briefings.permissions import require
from briefings.visibility import may_see, open_to_press, sees_everything
from search_index import changelog, earlier, indexing, query, rebuild, replicas
from search_index.follower import Follower
from search_index.store import IndexUnavailable, SearchIndex

log = logging.getLogger(__name__)

#: seconds a starting worker waits while another worker of its server builds the index
STARTUP_WAIT = 600
#: how often an idle index tells the replica register it is alive
HEARTBEAT_SECONDS = 10
MODELS = {"variant": AnswerVariant, "question": Question, "section": Section,
          "commitment": Commitment, "line": PressLine}


@dataclass
class Row:
    """A hit with its current database row and where it stands in its annotation."""

    hit: query.Hit
    obj: object
    anchor: str | None

    @property
    def annotation_id(self):
        return self.hit.annotation_id


class SearchService:
    def __init__(self, session_factory, root, name=None):
        self.session_factory = session_factory
        self.index = SearchIndex(root)
        #: this index's name in the replica register
        self.name = name or replicas.replica_name(root)
        self.follower = None
        self._reported = -HEARTBEAT_SECONDS

    # -- writing ------------------------------------------------------------------------
    def start(self) -> None:
        """Open the index; rebuild it from the database when missing or damaged; catch up."""
        with self.index.exclusive(timeout=STARTUP_WAIT):  # the other workers wait for one build
            try:
                self.index.check()
            except IndexUnavailable as error:
                log.warning("search index unusable (%s); rebuilding from the database", error)
                self._rebuild()
        self.catch_up()

    def ensure(self) -> None:
        """Rebuild the index if it is still missing (start-up found no database tables)."""
        try:
            with self.index.searcher():
                pass
        except IndexUnavailable:
            self.reindex()

    def apply_pending(self, timeout=None) -> int:
        kwargs = {} if timeout is None else {"timeout": timeout}
        return indexing.apply_pending(self.session_factory, self.index, name=self.name,
                                      warn=earlier.variant_warnings, **kwargs)

    def catch_up(self, timeout=None) -> int:
        """Apply what the log holds; rebuild when the log no longer holds what this index lacks."""
        with self.session_factory() as session:
            reason = indexing.needs_rebuild(session, self.index.position(), self.name)
        if reason:
            log.warning("search index %s rebuilds: %s", self.name, reason)
            self.reindex()
            return 0
        applied = self.apply_pending(timeout)
        if time.monotonic() - self._reported > HEARTBEAT_SECONDS:
            replicas.report(self.session_factory, self.name, self.index.position().through)
            self._reported = time.monotonic()
        return applied

    def lag(self) -> tuple[int, float]:
        """Return (changes not applied yet, age in seconds of the oldest) for this index."""
        with self.session_factory() as session:
            return changelog.lag(session, self.index.position())

    def start_follower(self, interval: float) -> None:
        """Keep an idle index current: follow the log every `interval` seconds in a thread."""
        if self.follower is None and interval > 0:
            self.follower = Follower(self.catch_up, interval)
            self.follower.start()

    def reindex(self, progress=None, **kwargs) -> int:
        count = self._rebuild(progress=progress, **kwargs)
        self.apply_pending()
        replicas.prune(self.session_factory)
        return count

    def _rebuild(self, **kwargs) -> int:
        count = rebuild.rebuild(self.session_factory, self.index.root,
                                warn=earlier.variant_warnings, name=self.name, **kwargs)
        self.index.check()
        return count

    # -- reading ------------------------------------------------------------------------
    def search(self, session, user, text, filters=None, *, page=1, pagelen=10, facets=True,
               understand=True):
        """Return (result, rows) of what `user` may see; `filters.approved_only` narrows it to
        what the press office may see (always so for the press office itself).

        :raises PermissionDenied:
        """
        require(user, "search")
        filters = filters or query.Filters()
        if not sees_everything(user):
            filters = replace(filters, approved_only=True)
        self.ensure()
        self.apply_pending(timeout=0.2)
        with self.index.searcher() as searcher:
            result = query.search(searcher, text, filters, page=page, pagelen=pagelen,
                                  facets=facets, understand=understand)
        # The index may lag a commit that has not been applied yet: each row is checked again.
        visible = open_to_press if filters.approved_only else (lambda obj: may_see(user, obj))
        return result, self._rows(session, result.hits, visible)

    def _rows(self, session, hits, visible) -> list[Row]:
        rows = []
        for hit in hits:
            entity = hit.entity_type
            obj = session.get(MODELS[entity], hit.entity_id)
            if obj is None or not visible(obj):
                continue  # deleted or hidden since the index saw it; its logged change follows
            rows.append(Row(hit, obj, _anchor(entity, hit.entity_id)))
        return rows

    def earlier(self, session, user, question, limit=3):
        require(user, "search")
        self.ensure()
        self.apply_pending(timeout=0.2)
        with self.index.searcher() as searcher:
            items = earlier.earlier_answers(session, searcher, question, limit=limit)
        shown = [replace(item, answers=[a for a in item.answers if may_see(user, a)])
                 for item in items if may_see(user, item.question)]
        return [item for item in shown if item.answers]

    def annotation_warnings(self, annotation_id) -> dict[int, list[dict]]:
        """Return variant id -> stored consistency warnings, for a whole annotation at once."""
        found = {}
        self.apply_pending(timeout=0.2)
        with self.index.searcher() as searcher:
            only = And([Term("annotation_id", str(annotation_id)), Term("kind", "variant")])
            for docnum in searcher.docs_for_query(only):  # no scoring needed
                fields = searcher.stored_fields(docnum)
                if fields.get("warnings"):
                    found[int(fields["entity"].split(":")[1])] = fields["warnings"]
        return found

    def close(self) -> None:
        if self.follower is not None:
            self.follower.stop()
            self.follower = None
        self.index.close()


def _anchor(entity: str, entity_id: int) -> str | None:
    return {"variant": f"antwoord-{entity_id}", "question": f"vraag-{entity_id}",
            "section": f"onderdeel-{entity_id}"}.get(entity)
