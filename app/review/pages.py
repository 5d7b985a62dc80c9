"""GET pages: comparison of a question's variants, history, readiness and Mijn werk."""

from datetime import date

from flask import g, render_template

from app.db import db_session
from app.review.actions import owner_choices
from app.review.forms import OwnerForm, StatusForm
from app.review.routes import bp
from app.views import require_action
from briefings import workflow
from briefings.authoring import get_annotation, get_question, get_section, get_variant
from briefings.diffing import MARKDOWN_FIELDS, word_diff
from briefings.permissions import can
from briefings.workflow.history import RESTORABLE, latest_revisions

#: the status the readiness form offers first, after the current one
NEXT_STATUS = {"concept": "in_review", "in_review": "definitief", "definitief": "in_review"}


@bp.app_template_global()
def readiness_of(annotation):
    """Return the readiness of `annotation` (for the summary on the read view)."""
    return workflow.readiness(db_session(), annotation)


@bp.app_template_global()
def rejection_of(variant):
    """Return the revision that rejected `variant` (who, when, reason), or None.

    Loaded once per request for the whole annotation, so a long read view stays one query.
    """
    if variant.status != "afgewezen":
        return None
    cache = g.setdefault("rejections", {})
    annotation = variant.question.annotation
    if annotation.id not in cache:
        ids = [v.id for q in annotation.questions for v in q.variants if v.status == "afgewezen"]
        cache[annotation.id] = latest_revisions(db_session(), "variant", ids, fields=["status"],
                                                new_text="afgewezen")
    return cache[annotation.id].get(variant.id)


@bp.app_template_global()
def text_changed_of(variant):
    """Return the latest revision of the variant's text (not of its status or choice)."""
    return latest_revisions(db_session(), "variant", [variant.id],
                            fields=RESTORABLE["variant"]).get(variant.id)


@bp.app_template_global()
def comment_threads(variant):
    return workflow.threads(variant)


@bp.get("/vragen/<int:question_id>/vergelijken")
def compare(question_id):
    require_action("annotation.read_drafts")
    session = db_session()
    question = get_question(session, question_id)
    variants = question.variants
    diffs = [(other, word_diff(variants[0].body, other.body, markdown=True))
             for other in variants[1:]]
    form = OwnerForm(owner_id=str(question.owner_id or ""))
    form.owner_id.choices = owner_choices(session)
    return render_template("review/compare.html", question=question, variants=variants,
                           diffs=diffs, owner_form=form)


@bp.get("/antwoorden/<int:variant_id>/geschiedenis")
def variant_history(variant_id):
    require_action("annotation.read_drafts")
    variant = get_variant(db_session(), variant_id)
    return _history("variant", variant, variant.question.annotation, "variant.write")


@bp.get("/onderdelen/<int:section_id>/geschiedenis")
def section_history(section_id):
    require_action("annotation.read_drafts")
    section = get_section(db_session(), section_id)
    return _history("section", section, section.annotation, "annotation.edit")


@bp.get("/annotaties/<int:annotation_id>/gereedheid")
def readiness(annotation_id):
    require_action("annotation.read_drafts")
    annotation = get_annotation(db_session(), annotation_id, full=True)
    return readiness_page(annotation, StatusForm(status=NEXT_STATUS[annotation.status]))


def readiness_page(annotation, form, *, error=None):
    """Render the readiness page; with `error` (a refused status change) as a 400."""
    session = db_session()
    status_changes = [r for r in workflow.list_revisions(session, "annotation", annotation.id)
                      if r.action == "status"]
    page = render_template("review/readiness.html", annotation=annotation,
                           readiness=workflow.readiness(session, annotation),
                           status_form=form, status_changes=status_changes, error=error)
    return page, 400 if error else 200


@bp.get("/mijn-werk")
def my_work():
    require_action("annotation.read_drafts")
    return render_template("review/my_work.html", work=workflow.my_work(db_session(), g.user),
                           today=date.today())


def _history(entity_type, obj, annotation, edit_action):
    revisions = workflow.list_revisions(db_session(), entity_type, obj.id)
    may_edit = can(g.user, edit_action)
    entries = [
        {"revision": r,
         "diff": word_diff(r.old_text, r.new_text, markdown=r.field in MARKDOWN_FIELDS)
         if r.field in RESTORABLE[entity_type] else None,
         "restorable": may_edit and workflow.can_restore(r, getattr(obj, r.field, None))}
        for r in reversed(revisions)
    ]
    return render_template("review/history.html", entity_type=entity_type, obj=obj,
                           annotation=annotation, entries=entries)
