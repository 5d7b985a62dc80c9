"""The review blueprint: its views live in `actions` (POST buttons) and `pages` (GET pages)."""

from flask import Blueprint

bp = Blueprint("review", __name__)


@bp.app_context_processor
def _refusals():
    """Take a refusal out of the session on the first page rendered after it, shown or not."""
    from flask import g, session

    from app.review.helpers import refused_form

    if "refused" not in g:
        g.refused = session.pop("refused", None)
    return {"refused_form": refused_form}

from app.review import actions, bulk, pages  # noqa: E402, F401  (registers the views on bp)
