"""One database session per request; views commit once, teardown rolls back what is left."""

from flask import current_app, g
from sqlalchemy.orm import Session

from briefings.db import make_engine, make_session_factory


def init_db(app) -> None:
    engine = make_engine(app.config["DATABASE_URL"])
    app.extensions["db_engine"] = engine
    app.extensions["db_sessionmaker"] = make_session_factory(engine)
    app.teardown_appcontext(_close_session)


def db_session() -> Session:
    """Return this request's (or CLI command's) session."""
    if "db_session" not in g:
        g.db_session = current_app.extensions["db_sessionmaker"]()
    return g.db_session


def _close_session(_exc=None) -> None:
    session = g.pop("db_session", None)
    if session is not None:
        session.rollback()
        session.close()
