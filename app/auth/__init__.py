"""Login: every page needs a logged-in user, except the login page and static files."""

from flask import g, redirect, request, session, url_for

from app.db import db_session
from briefings.models import User
from briefings.permissions import can

PUBLIC_ENDPOINTS = {"auth.login", "static", "mail.calendar_feed", "oidc.login", "oidc.callback",
                    "health.status"}


def init_auth(app) -> None:
    app.before_request(_load_user)
    app.jinja_env.globals["can"] = lambda action: can(g.get("user"), action)


def _load_user():
    user_id = session.get("user_id")
    g.user = db_session().get(User, user_id) if user_id else None
    if g.user is not None and not g.user.active:
        g.user = None
    if g.user is None and request.endpoint not in PUBLIC_ENDPOINTS:
        if request.path.startswith("/api/"):
            return {"error": "Niet ingelogd."}, 401
        return redirect(url_for("auth.login", next=request.full_path))
    return None


def current_user() -> User:
    return g.user
