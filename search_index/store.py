"""One index per process: opened once, searchers reused and refreshed, writers with a timeout."""

import logging
import threading
import time
from contextlib import contextmanager
from pathlib import Path

from whoosh.index import LockError
from whoosh.util.filelock import FileLock

from search_index import changelog, schema

log = logging.getLogger(__name__)

#: how long a request waits for another process's index writer before leaving its work queued
WRITE_TIMEOUT = 2.0


class IndexUnavailable(Exception):
    """The index directory is missing or damaged; rebuild it from the database."""


class SearchIndex:
    """The index under `root` (a directory with a `current` generation)."""

    def __init__(self, root):
        self.root = str(root)
        self._lock = threading.RLock()
        self._ix = None
        self._generation = None
        self._searcher = None

    def check(self) -> None:
        """Open the current generation, or raise IndexUnavailable."""
        with self._lock:
            self._close()
            try:
                self._ix = schema.open_current(self.root)
            except Exception as error:  # whoosh raises many kinds for a damaged directory
                raise IndexUnavailable(str(error)) from error
            self._generation = schema.generation_name(self.root)

    def _close(self) -> None:
        if self._searcher is not None:
            self._searcher.close()
        if self._ix is not None:
            self._ix.close()
        self._ix = self._searcher = None

    def _index(self):
        """Return the open index, reopened when a rebuild swapped in a new generation."""
        if self._ix is None or schema.generation_name(self.root) != self._generation:
            self.check()
        return self._ix

    @contextmanager
    def searcher(self):
        """Yield the process's searcher, refreshed to the latest commit."""
        with self._lock:
            ix = self._index()
            if self._searcher is None or self._searcher._ix is not ix:
                if self._searcher is not None:
                    self._searcher.close()
                self._searcher = ix.searcher()
            elif not self._searcher.up_to_date():
                self._searcher = self._refreshed(ix)
            yield self._searcher

    def _refreshed(self, ix):
        """Return a new searcher on the latest commit.

        Not whoosh's Searcher.refresh(): it reuses a segment's reader by segment id, so documents
        deleted since stay visible (and it fails on an empty index).
        """
        self._searcher.close()
        return ix.searcher()

    def writer(self, timeout: float = WRITE_TIMEOUT, **kwargs):
        """Return a writer; raise whoosh's LockError when another one is busy past `timeout`."""
        with self._lock:
            ix = self._index()
        writer = ix.writer(timeout=timeout, **kwargs)
        if schema.generation_name(self.root) != self._generation:
            # A rebuild swapped in a new generation while we waited: write there instead.
            writer.cancel()
            return self.writer(timeout=timeout, **kwargs)
        return writer

    def generation_dir(self) -> Path | None:
        name = schema.generation_name(self.root)
        return Path(self.root) / name if name else None

    def position(self) -> changelog.Position:
        """Return how far the current generation followed the change log."""
        generation = self.generation_dir()
        return changelog.Position.read(generation) if generation else changelog.Position()

    @contextmanager
    def exclusive(self, timeout: float):
        """Hold this index's change-log lock (yield True), or yield False after `timeout`.

        One process at a time reads the position, applies and writes the position back, so
        two workers of one server never store their positions out of order; at start-up, one
        worker builds a missing index while the others wait for it.
        """
        Path(self.root).mkdir(parents=True, exist_ok=True)
        lock = FileLock(str(Path(self.root) / "follow.lock"))
        deadline = time.monotonic() + timeout
        while not lock.acquire(blocking=False):
            if time.monotonic() >= deadline:
                yield False
                return
            time.sleep(0.02)
        try:
            yield True
        finally:
            lock.release()

    @contextmanager
    def following(self, timeout: float):
        """Hold the change-log lock; yield the current generation (None when busy)."""
        with self.exclusive(timeout) as held:
            if not held:
                yield None
                return
            with self._lock:
                self._index()
            yield self.generation_dir()

    def close(self) -> None:
        with self._lock:
            self._close()


__all__ = ["IndexUnavailable", "LockError", "SearchIndex", "WRITE_TIMEOUT"]
