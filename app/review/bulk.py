"""One page to submit, approve or reject many variants of an annotation at once."""

from flask import flash, redirect, render_template, request, url_for

from app.db import db_session
from app.review.forms import BulkForm
from app.review.helpers import valid
from app.review.routes import bp
from app.views import current_user, require_action
from briefings.authoring import get_annotation
from briefings.errors import ValidationError
from briefings.messages import msg
from briefings.validation import parse_id
from briefings.workflow.bulk import bulk_review

#: action -> keys of the confirmation for one variant and for several
DONE = {"submit": ("review.bulk_ter_review_een", "review.bulk_ter_review"),
        "approve": ("review.bulk_akkoord_een", "review.bulk_akkoord"),
        "reject": ("review.bulk_afgewezen_een", "review.bulk_afgewezen")}


@bp.route("/annotaties/<int:annotation_id>/beoordelen", methods=["GET", "POST"])
def bulk(annotation_id):
    require_action("annotation.read_drafts")
    session = db_session()
    annotation = get_annotation(session, annotation_id, full=True)
    form = BulkForm()
    if request.method == "GET":
        return _page(annotation, form)
    data = valid(form)
    action = request.form.get("action", "")
    whole = action == "submit_all"
    try:
        done = bulk_review(session, _selected(annotation, whole), "submit" if whole else action,
                           by=current_user(), reason=data["reason"])
    except ValidationError as error:
        session.rollback()
        return _page(get_annotation(session, annotation_id, full=True), form,
                     error=error.message), 400
    session.commit()
    count = len(done)
    one, several = DONE["submit" if whole else action]
    flash(msg(one) if count == 1 else msg(several, count=count), "info")
    return redirect(url_for("review.bulk", annotation_id=annotation.id))


def _selected(annotation, whole: bool) -> list:
    """Return the variants picked one by one, by whole question, or (whole) all of them."""
    variant_ids = {parse_id(v) for v in request.form.getlist("variant")}
    question_ids = {parse_id(q) for q in request.form.getlist("question")}
    return [v for q in annotation.questions for v in q.variants
            if whole or q.id in question_ids or v.id in variant_ids]


def _page(annotation, form, *, error=None):
    picked = {"variant": set(request.form.getlist("variant")),
              "question": set(request.form.getlist("question"))}
    return render_template("review/bulk.html", annotation=annotation, form=form, error=error,
                           picked=picked)
