"""The process's search service: started with the app, fed after every commit.

Index work is logged (IndexChange) in the transaction of the change. When a session of this app
commits such work, it is applied right away (before the response goes out), so what a user saved
is findable when the request returns. A failure never reaches the user: the work stays in the
log. Other servers follow the same log (search_index.changelog).
"""

import logging

from flask import current_app, g
from sqlalchemy import event, inspect

from briefings.models import IndexChange
from briefings.visibility import may_see_warnings
from search_index.earlier import question_label, source_label
from search_index.service import SearchService

log = logging.getLogger(__name__)


def init_search(app) -> None:
    service = SearchService(app.extensions["db_sessionmaker"], app.config["SEARCH_INDEX_DIR"])
    app.extensions["search"] = service
    factory = app.extensions["db_sessionmaker"]
    event.listen(factory, "after_flush", _note_index_work)
    event.listen(factory, "after_transaction_end",
                 lambda session, transaction: _apply_after_end(service, session, transaction))
    try:
        if inspect(app.extensions["db_engine"]).has_table(IndexChange.__tablename__):
            service.start()
        else:  # `flask init-db` on a new database, the first step of `make run`
            log.info("search index not started: the database has no tables yet")
    except Exception as error:  # the database unreachable: /health says so
        log.warning("search index not started (%s); it is built on first use",
                    str(error).splitlines()[0])
    app.jinja_env.globals.update(
        variant_warnings=variant_warnings, source_label=source_label,
        question_label=question_label, first_time=first_time,
    )


def search_service() -> SearchService:
    return current_app.extensions["search"]


def _note_index_work(session, _context) -> None:
    if any(isinstance(obj, IndexChange) for obj in session.new):
        session.info["index_work"] = True


def _apply_after_end(service, session, transaction) -> None:
    """Apply index work once the outermost transaction has ended.

    Not on a savepoint's release (after_commit fires for those too): the outer transaction still
    holds its locks then, and the logged changes are not committed yet. After a rollback the rows
    are gone and there is nothing to apply.
    """
    if transaction.parent is not None or transaction.nested:
        return
    if session.info.pop("index_work", None):
        service.apply_pending()


def variant_warnings(variant) -> list[dict]:
    """Return a draft variant's consistency warnings (one index lookup per annotation)."""
    if variant.status not in ("concept", "ter_review") or not may_see_warnings(g.user):
        return []
    annotation_id = variant.question.annotation_id
    cache = g.setdefault("variant_warnings", {})
    if annotation_id not in cache:
        try:
            cache[annotation_id] = search_service().annotation_warnings(annotation_id)
        except Exception:
            log.warning("consistency warnings unavailable", exc_info=True)
            cache[annotation_id] = {}
    return cache[annotation_id].get(variant.id, [])


def first_time(key: str) -> bool:
    """Return True the first time in this request (to include a script once)."""
    seen = g.setdefault("included_once", set())
    if key in seen:
        return False
    seen.add(key)
    return True
