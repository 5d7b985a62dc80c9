"""A background thread that keeps an idle server's index current with the change log.

Saves on this server are applied right after their commit and searches apply what is pending;
this thread brings in what other servers saved while nobody here searches.
"""

import logging
import threading

log = logging.getLogger(__name__)


class Follower(threading.Thread):
    def __init__(self, step, interval: float):
        super().__init__(name="search-index-follower", daemon=True)
        self.step = step
        self.interval = interval
        self._stopped = threading.Event()

    def run(self) -> None:
        while not self._stopped.wait(self.interval):
            try:
                self.step(timeout=0)
            except Exception:  # the database may be away for a moment: try again next time
                log.warning("following the change log failed", exc_info=True)

    def stop(self) -> None:
        self._stopped.set()
        self.join(timeout=5)
