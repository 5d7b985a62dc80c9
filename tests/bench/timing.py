"""Timing helpers the page benchmarks share."""

import os
import statistics
import time
from math import ceil


def time_get(client, path, *, warm_up, requests, before_each=None) -> list[float]:
    """Return the milliseconds of `requests` GETs of `path`, after `warm_up` untimed ones."""
    times = []
    for attempt in range(warm_up + requests):
        if before_each:
            before_each()
        started = time.perf_counter()
        response = client.get(path)
        elapsed = (time.perf_counter() - started) * 1000
        if response.status_code != 200:
            raise RuntimeError(f"{path}: HTTP {response.status_code}")
        if attempt >= warm_up:
            times.append(elapsed)
    return times


def summary(times: list[float]) -> dict:
    """Return median, p95 and the load average (the machine is shared: load inflates figures)."""
    return {
        "median_ms": round(statistics.median(times), 1),
        "p95_ms": round(sorted(times)[ceil(0.95 * len(times)) - 1], 1),
        "load_avg": round(os.getloadavg()[0], 1),
    }
