from flask import Blueprint, abort, flash, redirect, render_template, request, url_for

from app.db import db_session
from app.search.forms import SearchForm
from app.search.hooks import search_service
from app.search.serialize import result_json
from app.views import current_user, require_action
from briefings import visibility
from briefings.authoring import get_question, get_variant
from briefings.messages import msg
from search_index.earlier import copy_answer

bp = Blueprint("search", __name__)

PAGE_LENGTH = 10


def _run_search(form):
    return search_service().search(
        db_session(), current_user(), form.query_text(), form.filters(),
        page=form.page.data or 1, pagelen=PAGE_LENGTH, understand=not form.letterlijk.data,
    )


@bp.route("/zoeken")
def index():
    require_action("search")
    form = SearchForm(request.args)
    if not form.validate():
        return render_template("search/index.html", form=form, result=None, rows=[]), 400
    result, rows = _run_search(form) if form.q.data else (None, [])
    return render_template("search/index.html", form=form, result=result, rows=rows,
                           period=period_notes(result))


def period_notes(result) -> dict | None:
    """The page's line about a month read as the meeting's period, and its link's text."""
    if result is None or result.period is None:
        return None
    period = result.period
    return {"said": msg("search.gezocht_in_periode", periode=period.label, woorden=period.words),
            "undo": msg("search.zoek_zonder_periode", woorden=period.words)}


@bp.route("/api/search")
def api_search():
    require_action("search")
    form = SearchForm(request.args)
    if not form.validate():
        errors = {name: messages for name, messages in form.errors.items()}
        return {"error": msg("search.ongeldige_zoekopdracht"), "fields": errors}, 400
    result, rows = _run_search(form)
    return result_json(result, rows)


@bp.route("/zoeken/eerder/vraag/<int:question_id>")
def earlier(question_id):
    # The page is the question's place in its (draft) annotation; its items ask the rule too.
    visibility.require_internal(current_user())
    question = get_question(db_session(), question_id)
    items = search_service().earlier(db_session(), current_user(), question)
    template = "search/_earlier_list.html" if request.args.get("deel") else "search/earlier.html"
    return render_template(template, question=question, items=items)


@bp.route("/zoeken/eerder/vraag/<int:question_id>/overnemen", methods=["POST"])
def copy(question_id):
    session = db_session()
    question = get_question(session, question_id)
    source_id = request.form.get("source_variant_id", type=int)
    if source_id is None:
        abort(400)
    variant = copy_answer(session, question, get_variant(session, source_id), by=current_user())
    session.commit()
    flash(msg("search.eerdere_antwoord_overgenomen_als"), "info")
    return redirect(url_for("annotations.show", annotation_id=question.annotation_id,
                            _anchor=f"antwoord-{variant.id}"))


@bp.app_context_processor
def _search_helpers():
    from briefings.vocabulary import COMMITMENT_STATUSES, LINE_STATUSES, REVIEW_STATUSES
    from search_index.schema import KINDS

    return {
        "search_url": _search_url, "kinds": KINDS,
        "status_labels": {**REVIEW_STATUSES, **COMMITMENT_STATUSES, **LINE_STATUSES},
        "facet_labels": {"kind": "Soort", "status": "Status", "portfolio_holder":
                         "Portefeuillehouder", "party": "Partij of medium",
                         "asker": "Vragensteller"},
    }


def _search_url(**changes) -> str:
    """Return the search page's URL with these parameters changed (None removes one)."""
    args = request.args.to_dict()
    for name, value in changes.items():
        if value is None:
            args.pop(name, None)
        else:
            args[name] = value
    return url_for("search.index", **args)


@bp.app_template_filter("iso_date")
def _iso_date(value: str) -> str:
    """Return '2024-02-28' as '28 februari 2024'."""
    from datetime import date

    from briefings.vocabulary import dutch_date

    try:
        return dutch_date(date.fromisoformat(value))
    except ValueError:
        return value
