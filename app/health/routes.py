import logging

from flask import Blueprint, current_app
from sqlalchemy import text

from search_index.store import IndexUnavailable

bp = Blueprint("health", __name__)
log = logging.getLogger(__name__)

#: seconds the oldest change not yet in this server's index may wait before the server reports
#: itself unhealthy (HTTP 503), so the load balancer sends users elsewhere
MAX_LAG_SECONDS = 30


@bp.route("/health")
def status():
    """Report database reachability and index lag; HTTP 503 when either is out of bounds."""
    report = {"database": "ok"}
    try:
        with current_app.extensions["db_engine"].connect() as connection:
            connection.execute(text("SELECT 1"))
        pending, age = current_app.extensions["search"].lag()
    except Exception as error:
        log.warning("health check: database unreachable (%s)", type(error).__name__)
        report.update(database="onbereikbaar", status="niet gezond")
        return report, 503
    limit = current_app.config.get("HEALTH_MAX_LAG_SECONDS", MAX_LAG_SECONDS)
    report["index"] = {"pending": pending, "lag_seconds": round(age, 1),
                       "max_lag_seconds": limit, "usable": _index_usable()}
    healthy = age <= limit and report["index"]["usable"]
    report["status"] = "ok" if healthy else "niet gezond"
    return report, 200 if healthy else 503


def _index_usable() -> bool:
    try:
        with current_app.extensions["search"].index.searcher():
            return True
    except IndexUnavailable:
        return False
