"""The review blueprint: its views live in `actions` (POST buttons) and `pages` (GET pages)."""

from flask import Blueprint

bp = Blueprint("review", __name__)

from app.review import actions, pages  # noqa: E402, F401  (registers the views on bp)
