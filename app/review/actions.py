"""POST actions: review status, choice, comments, owner, annotation status, restore.

Each view validates the form, calls one service, commits, and returns to where the user was.
"""

from flask import flash, render_template, request, url_for
from sqlalchemy import select

from app.db import db_session
from app.forms import select_choices
from app.review.forms import (
    ActionForm,
    ChooseForm,
    CommentForm,
    OwnerForm,
    RejectForm,
    StatusForm,
)
from app.review.helpers import (
    back,
    flash_back_to_concept,
    refused_back,
    valid,
    variant_url,
)
from app.review.routes import bp
from app.views import current_user
from briefings import workflow
from briefings.authoring import get_annotation, get_question, get_variant
from briefings.errors import ValidationError
from briefings.messages import msg
from briefings.models import AnswerVariant, User
from briefings.validation import found, parse_id
from briefings.workflow.review import ChoiceWouldReplace

#: endpoint suffix -> (service, form class, key of the confirmation message)
VARIANT_ACTIONS = {
    "submit": (workflow.submit_for_review, ActionForm, "review.antwoord_ter_review_aangeboden"),
    "approve": (workflow.approve, ActionForm, "review.akkoord_gegeven"),
    "reject": (workflow.reject, RejectForm, "review.antwoord_afgewezen"),
    "unchoose": (workflow.unchoose, ActionForm, "review.keuze_ingetrokken"),
}


def _variant_action(name, variant_id):
    service, form_class, done = VARIANT_ACTIONS[name]
    session = db_session()
    variant = get_variant(session, variant_id)
    form = form_class()
    valid(form)
    try:
        service(session, variant, by=current_user(), reason=form.reason.data,
                expected_version=form.expected_version)
    except ValidationError as error:
        return refused_back(error, variant_url(variant), form_id=f"{name}-{variant.id}",
                            reason=form.reason.data or "")
    session.commit()
    flash(msg(done), "info")
    return back(variant_url(variant))


@bp.post("/antwoorden/<int:variant_id>/ter-review", endpoint="submit")
def submit(variant_id):
    return _variant_action("submit", variant_id)


@bp.post("/antwoorden/<int:variant_id>/akkoord", endpoint="approve")
def approve(variant_id):
    return _variant_action("approve", variant_id)


@bp.post("/antwoorden/<int:variant_id>/afwijzen", endpoint="reject")
def reject(variant_id):
    return _variant_action("reject", variant_id)


@bp.post("/antwoorden/<int:variant_id>/kiezen", endpoint="choose")
def choose(variant_id):
    """Choose a variant; replacing another choice first asks, showing that choice and why."""
    session = db_session()
    variant = get_variant(session, variant_id)
    form = ChooseForm()
    valid(form)
    try:
        workflow.choose(session, variant, by=current_user(), reason=form.reason.data,
                        expected_version=form.expected_version, replaces=form.replaces_id)
    except ChoiceWouldReplace as error:
        session.rollback()
        return render_template("review/confirm_choice.html", variant=variant,
                               current=error.current, form=form,
                               back=request.form.get("next") or variant_url(variant))
    except ValidationError as error:
        return refused_back(error, variant_url(variant), form_id=f"choose-{variant.id}",
                            reason=form.reason.data or "")
    session.commit()
    flash(msg("review.antwoord_gekozen"), "info")
    return back(variant_url(variant))


@bp.post("/antwoorden/<int:variant_id>/keuze-intrekken", endpoint="unchoose")
def unchoose(variant_id):
    return _variant_action("unchoose", variant_id)


@bp.post("/antwoorden/<int:variant_id>/opmerkingen")
def add_comment(variant_id):
    session = db_session()
    variant = get_variant(session, variant_id)
    data = valid(CommentForm())
    # An id no row can have (too large) finds nothing, like any unknown id.
    parent = (workflow.get_comment(session, parse_id(data["parent_id"]) or 0)
              if data["parent_id"] else None)
    workflow.add_comment(session, variant, by=current_user(), text=data["text"], parent=parent)
    session.commit()
    flash(msg("review.uw_opmerking_geplaatst"), "info")
    return back(_comments_url(variant))


@bp.post("/opmerkingen/<int:comment_id>/afhandelen")
def resolve_comment(comment_id):
    session = db_session()
    comment = workflow.get_comment(session, comment_id)
    valid(CommentForm())
    workflow.resolve_comment(session, comment, by=current_user())
    session.commit()
    flash(msg("review.opmerking_afgehandeld"), "info")
    return back(_comments_url(comment.variant))


@bp.post("/vragen/<int:question_id>/eigenaar")
def assign_owner(question_id):
    session = db_session()
    question = get_question(session, question_id)
    owner_id = valid(OwnerForm())["owner_id"]
    owner = None
    if owner_id:
        owner = found(session.get(User, parse_id(owner_id) or 0), "Deze gebruiker")
    workflow.assign_owner(session, question, owner, by=current_user())
    session.commit()
    flash(msg("review.eigenaar_vraag_opgeslagen"), "info")
    return back(url_for("review.compare", question_id=question.id))


@bp.post("/annotaties/<int:annotation_id>/status")
def set_status(annotation_id):
    session = db_session()
    annotation = get_annotation(session, annotation_id, full=True)
    form = StatusForm()
    data = valid(form)
    try:
        workflow.set_annotation_status(session, annotation, data["status"], by=current_user(),
                                       reason=data["reason"])
    except ValidationError as error:
        # Shown on the readiness page itself, which lists (and links) what must be fixed.
        session.rollback()
        from app.review.pages import readiness_page

        return readiness_page(get_annotation(session, annotation_id, full=True), form,
                              error=error.message)
    session.commit()
    flash(msg("review.status_annotatie_gewijzigd"), "info")
    return back(url_for("review.readiness", annotation_id=annotation.id))


@bp.post("/versies/<int:revision_id>/terugzetten")
def restore(revision_id):
    session = db_session()
    revision = workflow.get_revision(session, revision_id)
    form = ActionForm()
    valid(form)
    before = _variant_state(session, revision)
    obj = workflow.restore_revision(session, revision, by=current_user(),
                                    expected_version=form.expected_version)
    session.commit()
    flash(msg("review.eerdere_versie_teruggezet_als"), "info")
    if isinstance(obj, AnswerVariant):
        flash_back_to_concept(obj, was_status=before[0], was_chosen=before[1])
        return back(url_for("review.variant_history", variant_id=obj.id))
    return back(url_for("review.section_history", section_id=obj.id))


def owner_choices(session):
    """Return the users who can own a question (everyone but the press office)."""
    users = session.scalars(
        select(User).where(User.active.is_(True), User.role != "pers").order_by(User.name)
    )
    return select_choices({str(u.id): f"{u.name} ({u.email})" for u in users}, empty="Niemand")


def _variant_state(session, revision):
    if revision.entity_type != "variant":
        return None, False
    variant = session.get(AnswerVariant, revision.entity_id)
    return (variant.status, variant.chosen) if variant else (None, False)


def _comments_url(variant) -> str:
    return url_for("review.compare", question_id=variant.question_id,
                   _anchor=f"opmerkingen-{variant.id}")
