"""Login: every page needs a logged-in user, except the login page and static files."""

from flask import g, redirect, request, url_for

from app.auth.sessions import session_user
from app.auth.throttle import init_throttling
from app.db import db_session
from briefings.messages import msg
from briefings.models import User
from briefings.permissions import can

PUBLIC_ENDPOINTS = {"auth.login", "static", "mail.calendar_feed", "oidc.login", "oidc.callback",
                    "health.status"}


def init_auth(app) -> None:
    init_throttling(app)
    app.before_request(_load_user)
    app.jinja_env.globals["can"] = lambda action: can(g.get("user"), action)


def _load_user():
    g.user = session_user(db_session())
    if g.user is None and request.endpoint not in PUBLIC_ENDPOINTS:
        if request.path.startswith("/api/"):
            return {"error": msg("http.401")}, 401
        return redirect(url_for("auth.login", next=request.full_path))
    return None


def current_user() -> User:
    return g.user
