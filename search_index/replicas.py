"""The indexes that follow the change log (IndexReplica rows), and pruning the log behind them.

A logged change is deleted once every known index applied it, or when it is older than the
retention period: an index that had not applied it by then is marked stale and rebuilds.
"""

import logging
import os
import socket
from datetime import timedelta

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError

from briefings.models import IndexChange, IndexReplica, utcnow

log = logging.getLogger(__name__)

#: how long a change stays in the log for an index that does not follow (a server switched off)
RETENTION = timedelta(days=7)


def replica_name(root) -> str:
    """Name an index by its server and directory: two servers never share a name."""
    return f"{socket.gethostname()}:{os.path.abspath(root)}"


def report(session_factory, name: str, through: int, *, rebuilt: bool = False) -> None:
    """Record how far the index `name` applied the log (never backwards, except on a rebuild)."""
    with session_factory() as session:
        values = {"applied_through": through, "heartbeat_at": utcnow()}
        query = update(IndexReplica).where(IndexReplica.name == name)
        if rebuilt:
            values["stale"] = False
        else:
            query = query.where(IndexReplica.applied_through <= through)
        if session.execute(query.values(**values)).rowcount == 0 and not _exists(session, name):
            session.add(IndexReplica(name=name, applied_through=through, stale=False))
        try:
            session.commit()
        except IntegrityError:  # another process of this server registered it just now
            session.rollback()


def _exists(session, name) -> bool:
    return session.scalar(select(IndexReplica.id).where(IndexReplica.name == name)) is not None


def hold(session_factory, name: str) -> None:
    """Keep the whole log while the index `name` is rebuilt (it will follow from what it reads)."""
    report(session_factory, name, 0, rebuilt=True)


def is_stale(session, name: str) -> bool:
    return bool(session.scalar(select(IndexReplica.stale).where(IndexReplica.name == name)))


def is_known(session, name: str) -> bool:
    return _exists(session, name)


def prune(session_factory, retention: timedelta = RETENTION) -> int:
    """Delete the changes every index applied, and those older than `retention`."""
    with session_factory() as session:
        behind = select(func.min(IndexReplica.applied_through)).where(IndexReplica.stale.is_(False))
        floor = session.scalar(behind) or 0
        expired = session.scalar(select(func.max(IndexChange.seq))
                                 .where(IndexChange.created_at < utcnow() - retention)) or 0
        if expired > floor:
            lagging = session.execute(
                update(IndexReplica).where(IndexReplica.applied_through < expired,
                                           IndexReplica.stale.is_(False)).values(stale=True)
            ).rowcount
            if lagging:
                log.warning("%s search index(es) lagged past the retention period; "
                            "they rebuild", lagging)
            floor = expired
        removed = session.execute(delete(IndexChange).where(IndexChange.seq <= floor)).rowcount
        session.commit()
        return removed


def listing(session) -> list[IndexReplica]:
    return list(session.scalars(select(IndexReplica).order_by(IndexReplica.name)))
