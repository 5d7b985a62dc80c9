"""Small helpers every blueprint's views share."""

from flask import g

from briefings.permissions import require


def current_user():
    return g.user


def require_action(action: str) -> None:
    """Raise PermissionDenied (shown as a 403 page) unless the current user may `action`."""
    require(g.user, action)
