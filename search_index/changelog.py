"""Where one index stands in the change log (IndexChange), and which sequence numbers are new.

The log is ordered by sequence number, but on PostgreSQL numbers are handed out before commit:
a transaction holding 11 may commit after the one holding 12. An index that applied 12 may
not skip 11, so its position is not one number but:

- `through`: every change up to here is applied (or was never committed);
- `applied`: changes above `through` already applied;
- `gaps`: ranges of numbers above `through`, not seen yet, that an open transaction may still
  commit. A gap is closed once every transaction that was open when it was seen has ended
  (PostgreSQL's snapshot xmin passed the gap's horizon), or after GAP_MAX_AGE at the latest.

Applying a change replaces the entity's documents by its current state, so applying one twice
is harmless: a position that lags its index (crash between index commit and position write)
only causes work to be repeated, never lost. The position lives in the index's generation
directory and is written right after each index commit.
"""

import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select, text

from briefings.models import IndexChange

FILE = "changelog.json"
#: a gap younger than this is kept even when the snapshot says it is closed: a number is taken
#: a moment before its transaction gets the id the snapshot speaks of
GAP_MIN_AGE = 1.0
#: a transaction open longer than this is not waited for any more
GAP_MAX_AGE = 600.0


@dataclass
class Gap:
    low: int
    high: int
    seen_at: float
    #: PostgreSQL: the snapshot's xmax right after the read that found the gap
    horizon: int | None

    def closed(self, xmin: int | None, now: float) -> bool:
        age = now - self.seen_at
        if self.horizon is None or age >= GAP_MAX_AGE:
            return True  # SQLite hands out numbers under its write lock: a gap is final at once
        return xmin is not None and age >= GAP_MIN_AGE and xmin >= self.horizon


@dataclass
class Position:
    through: int = 0
    applied: set[int] = field(default_factory=set)
    gaps: list[Gap] = field(default_factory=list)

    # -- persistence ----------------------------------------------------------------------
    @classmethod
    def read(cls, generation) -> "Position":
        """Return the position stored in a generation directory (a new index: nothing applied)."""
        try:
            data = json.loads((Path(generation) / FILE).read_text())
        except (OSError, ValueError):
            return cls()
        return cls(int(data["through"]), set(data.get("applied", [])),
                   [Gap(*g) for g in data.get("gaps", [])])

    def write(self, generation) -> None:
        """Store the position atomically (a reader never sees half a file)."""
        path = Path(generation) / FILE
        tmp = path.with_name(f"{FILE}.{os.getpid()}.tmp")
        data = {"through": self.through, "applied": sorted(self.applied),
                "gaps": [[g.low, g.high, g.seen_at, g.horizon] for g in self.gaps]}
        tmp.write_text(json.dumps(data))
        os.replace(tmp, path)

    # -- following ------------------------------------------------------------------------
    def is_new(self, seq: int) -> bool:
        return seq > self.through and seq not in self.applied

    @property
    def top(self) -> int:
        return max(self.applied, default=self.through)

    def advance(self, seen: list[int], horizon, xmin, now=None) -> None:
        """Take in the sequence numbers of a read (sorted), then move `through` forward."""
        now = time.time() if now is None else now
        previous = self.top
        for seq in seen:
            if seq > previous + 1:
                self.gaps.append(Gap(previous + 1, seq - 1, now, horizon))
            previous = max(previous, seq)
        self.applied.update(s for s in seen if s > self.through)
        self.gaps = [g for g in self.gaps if not g.closed(xmin, now)]
        self.through = min((g.low - 1 for g in self.gaps), default=self.top)
        self.applied = {s for s in self.applied if s > self.through}

    @classmethod
    def built_from(cls, seen: list[int], horizon, xmin) -> "Position":
        """Return the position of an index built from the database right after reading `seen`.

        Every committed change was in the database the build read; numbers missing below the
        highest one seen may belong to transactions still open, so they stay gaps.
        """
        position = cls()
        position.advance(seen, horizon, xmin)
        return position


# -- reading the log ----------------------------------------------------------------------
def rows_after(session, through: int, limit: int) -> list:
    """Return (seq, entity_type, entity_id) of logged changes above `through`, oldest first."""
    return session.execute(
        select(IndexChange.seq, IndexChange.entity_type, IndexChange.entity_id)
        .where(IndexChange.seq > through).order_by(IndexChange.seq).limit(limit)
    ).all()


def all_sequence_numbers(session) -> list[int]:
    return list(session.scalars(select(IndexChange.seq).order_by(IndexChange.seq)))


def horizon(session) -> int | None:
    """Return what a gap seen now must wait for: PostgreSQL's next transaction id, else None."""
    if session.get_bind().dialect.name != "postgresql":
        return None
    return session.scalar(text("SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint"))


def oldest_open(session) -> int | None:
    """Return the id of the oldest transaction still open (PostgreSQL), else None."""
    if session.get_bind().dialect.name != "postgresql":
        return None
    return session.scalar(text("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint"))


def last_handed_out(session) -> int:
    """Return the last sequence number the database handed out (0 before the first change).

    Not the newest row: the log may be pruned empty. A restored database hands out numbers from
    where its backup stood, which an index that saw later changes has already passed.
    """
    if session.get_bind().dialect.name == "postgresql":
        name = session.scalar(text("SELECT pg_get_serial_sequence('index_changes', 'seq')"))
        value, called = session.execute(text(f"SELECT last_value, is_called FROM {name}")).one()
        return value if called else 0
    value = session.scalar(text("SELECT seq FROM sqlite_sequence WHERE name = 'index_changes'"))
    return value or 0


def lag(session, position: Position) -> tuple[int, float]:
    """Return (changes not applied yet, age in seconds of the oldest of them)."""
    pending = (IndexChange.seq > position.through) & IndexChange.seq.not_in(position.applied)
    count, oldest = session.execute(
        select(func.count(IndexChange.seq), func.min(IndexChange.created_at)).where(pending)
    ).one()
    if not count:
        return 0, 0.0
    return count, max(0.0, time.time() - oldest.timestamp())
