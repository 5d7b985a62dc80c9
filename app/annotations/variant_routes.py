"""Answer variants: add, edit (with conflict page on a stale form), delete."""

from flask import g, request, url_for

from app.annotations.common import confirm_page, conflict, form_page, refused, saved
from app.annotations.forms import ConfirmForm, VariantForm
from app.annotations.routes import bp
from app.db import db_session
from app.review.helpers import flash_back_to_concept
from app.views import require_action
from briefings.authoring import (
    add_variant,
    delete_variant,
    get_question,
    get_variant,
    update_variant,
)
from briefings.errors import Conflict, ValidationError
from briefings.messages import msg
from briefings.vocabulary import VARIANT_LABELS

VARIANT_LABELS_SHOWN = {"body": "Antwoord", "explanation": "Toelichting"}


def _anchor(variant) -> str:
    return f"antwoord-{variant.id}"


@bp.route("/annotaties/vragen/<int:question_id>/antwoorden/nieuw", methods=["GET", "POST"])
def add_variant_view(question_id):
    require_action("variant.write")
    question = get_question(db_session(), question_id)
    annotation_id = question.annotation_id
    form = VariantForm()
    page = {"heading": "Antwoord toevoegen", "fields": "variant", "submit": "Toevoegen",
            "action": url_for(".add_variant_view", question_id=question_id),
            "back": url_for(".edit", annotation_id=annotation_id,
                            _anchor=f"vraag-{question_id}"),
            "question": question}
    if form.validate_on_submit():
        try:
            variant = add_variant(db_session(), question, by=g.user, **form.service_data())
        except ValidationError as error:
            return refused(form, error, **page)
        return saved(msg("annotation.antwoord_toegevoegd"), ".edit", _anchor(variant),
                     annotation_id=annotation_id)
    if request.method == "GET":
        form.label.data = "alternatief_antwoord" if question.variants else "antwoord"
        if request.args.get("label") in VARIANT_LABELS:
            form.label.data = request.args["label"]
    return form_page(form, **page)


@bp.route("/annotaties/antwoorden/<int:variant_id>/bewerken", methods=["GET", "POST"])
def edit_variant(variant_id):
    require_action("variant.write")
    variant = get_variant(db_session(), variant_id)
    annotation_id = variant.question.annotation_id
    form = VariantForm()
    page = {"heading": f"{VARIANT_LABELS[variant.label]} bewerken", "fields": "variant",
            "action": url_for(".edit_variant", variant_id=variant_id),
            "back": url_for(".edit", annotation_id=annotation_id, _anchor=_anchor(variant)),
            "question": variant.question, "variant": variant}
    if form.validate_on_submit():
        was_status, was_chosen = variant.status, variant.chosen
        try:
            update_variant(db_session(), variant, by=g.user,
                           expected_version=form.expected_version(), **form.service_data())
        except Conflict as error:
            return conflict(form, error, VARIANT_LABELS_SHOWN, **page)
        except ValidationError as error:
            return refused(form, error, **page)
        response = saved(msg("annotation.antwoord_opgeslagen"), ".edit", _anchor(variant),
                         annotation_id=annotation_id)
        flash_back_to_concept(variant, was_status=was_status, was_chosen=was_chosen)
        return response
    if request.method == "GET":
        form.label.data, form.body.data = variant.label, variant.body
        form.explanation.data, form.version.data = variant.explanation, str(variant.version)
    return form_page(form, **page)


@bp.route("/annotaties/antwoorden/<int:variant_id>/verwijderen", methods=["GET", "POST"])
def delete_variant_view(variant_id):
    require_action("variant.write")
    variant = get_variant(db_session(), variant_id)
    question = variant.question
    if ConfirmForm().validate_on_submit():
        delete_variant(db_session(), variant, by=g.user)
        return saved(msg("annotation.antwoord_verwijderd"), ".edit", f"vraag-{question.id}",
                     annotation_id=question.annotation_id)
    return confirm_page(
        heading="Antwoord verwijderen",
        question=f"Weet u zeker dat u dit {VARIANT_LABELS[variant.label].lower()} bij vraag "
                 f"{question.number or ''} wilt verwijderen?",
        action=url_for(".delete_variant_view", variant_id=variant_id),
        back=url_for(".edit", annotation_id=question.annotation_id, _anchor=_anchor(variant)),
        excerpt=variant.body)
