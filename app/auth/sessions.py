"""Login sessions that the database can end: each carries the user's session generation.

Logout and a password change raise the generation (`briefings.users.end_sessions`); every
request compares, so a copied cookie stops working on every server at once.
"""

from flask import session

from briefings.models import User


def start_session(user: User) -> None:
    """Log `user` in for this browser, under the user's current session generation."""
    session.clear()
    session["user_id"] = user.id
    session["generation"] = user.session_generation


def session_user(db) -> User | None:
    """Return the active user of this request's session, or None (and forget the session)."""
    user_id = session.get("user_id")
    if not user_id:
        return None
    user = db.get(User, user_id)
    if user is None or not user.active or session.get("generation") != user.session_generation:
        session.clear()
        return None
    return user
