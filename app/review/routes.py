"""The review blueprint: its views live in `actions` (POST buttons) and `pages` (GET pages)."""

from flask import Blueprint

bp = Blueprint("review", __name__)


@bp.app_context_processor
def _refusals():
    from app.review.helpers import refused_form

    return {"refused_form": refused_form}

from app.review import actions, bulk, pages  # noqa: E402, F401  (registers the views on bp)
