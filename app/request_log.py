"""One log line per request with its duration: what the operator greps when a page is slow."""

import logging
import time

from flask import g, request

log = logging.getLogger("annotatiewerkbank.requests")


def init_request_log(app) -> None:
    app.before_request(_start)
    app.after_request(_log)


def _start() -> None:
    g.request_started = time.perf_counter()


def _log(response):
    started = g.get("request_started")
    millis = (time.perf_counter() - started) * 1000 if started else 0.0
    user = g.get("user")
    # The path only: a query string may hold search terms, which are not for the log.
    log.info("%s %s %s %.1f ms user=%s", request.method, request.path, response.status_code,
             millis, user.id if user is not None else "-")
    return response
