"""Questions: add (in a block, under an asker), edit, delete, renumber."""

from flask import g, request, url_for

from app.annotations.common import confirm_page, conflict, form_page, refused, saved
from app.annotations.forms import ConfirmForm, QuestionForm
from app.annotations.routes import bp
from app.db import db_session
from app.views import require_action
from briefings.authoring import (
    add_question,
    delete_question,
    get_annotation,
    get_question,
    renumber_questions,
    update_question,
)
from briefings.errors import Conflict, ValidationError
from briefings.messages import msg

QUESTION_LABELS = {"text": "Vraag", "note": "Interne notitie"}
NUMBER_HINT = "Leeg laten: het volgende nummer (de nummering loopt door over de vragenstellers)."


def question_anchor(question) -> str:
    return f"vraag-{question.id}"


@bp.route("/annotaties/<int:annotation_id>/vragen/nieuw", methods=["GET", "POST"])
def add_question_view(annotation_id):
    require_action("annotation.edit")
    annotation = get_annotation(db_session(), annotation_id)
    form = QuestionForm()
    page = {"heading": "Vraag toevoegen", "fields": "question", "submit": "Toevoegen",
            "action": url_for(".add_question_view", annotation_id=annotation_id),
            "back": url_for(".edit", annotation_id=annotation_id), "number_hint": NUMBER_HINT,
            "annotation": annotation}
    if form.validate_on_submit():
        try:
            question = add_question(db_session(), annotation, by=g.user, **form.service_data())
        except ValidationError as error:
            return refused(form, error, **page)
        return saved(msg("annotation.vraag_toegevoegd",
                         number=question.number or ''), ".edit",
                     question_anchor(question), annotation_id=annotation_id)
    if request.method == "GET":
        # "Vraag toevoegen onder dit lid" passes the block and asker along.
        last_block = annotation.questions[-1].block if annotation.questions else ""
        form.block.data = request.args.get("block", last_block)
        form.asker_name.data = request.args.get("asker_name", "")
        form.asker_party.data = request.args.get("asker_party", "")
        form.asker_role.data = request.args.get("asker_role", "raadslid")
    return form_page(form, **page)


@bp.route("/annotaties/vragen/<int:question_id>/bewerken", methods=["GET", "POST"])
def edit_question(question_id):
    require_action("annotation.edit")
    question = get_question(db_session(), question_id)
    annotation_id = question.annotation_id
    form = QuestionForm()
    page = {"heading": "Vraag bewerken", "fields": "question",
            "action": url_for(".edit_question", question_id=question_id),
            "back": url_for(".edit", annotation_id=annotation_id,
                            _anchor=question_anchor(question)),
            "number_hint": "Leeg laten houdt het huidige nummer.",
            "annotation": question.annotation}
    if form.validate_on_submit():
        data = form.service_data()
        data["number"] = data["number"] or None
        try:
            update_question(db_session(), question, by=g.user,
                            expected_version=form.expected_version(), **data)
        except Conflict as error:
            return conflict(form, error, QUESTION_LABELS, **page)
        except ValidationError as error:
            return refused(form, error, **page)
        return saved(msg("annotation.vraag_opgeslagen"), ".edit", question_anchor(question),
                     annotation_id=annotation_id)
    if request.method == "GET":
        form.fill_from(question)
    return form_page(form, **page)


@bp.route("/annotaties/vragen/<int:question_id>/verwijderen", methods=["GET", "POST"])
def delete_question_view(question_id):
    require_action("annotation.edit")
    question = get_question(db_session(), question_id)
    annotation_id = question.annotation_id
    if ConfirmForm().validate_on_submit():
        delete_question(db_session(), question, by=g.user)
        return saved(msg("annotation.vraag_verwijderd"), ".edit", annotation_id=annotation_id)
    count = len(question.variants)
    return confirm_page(
        heading="Vraag verwijderen",
        question=f"Weet u zeker dat u vraag {question.number or ''} ‘{question.text}’ met "
                 f"{count} antwoord{'en' if count != 1 else ''} wilt verwijderen?",
        action=url_for(".delete_question_view", question_id=question_id),
        back=url_for(".edit", annotation_id=annotation_id, _anchor=question_anchor(question)))


@bp.route("/annotaties/<int:annotation_id>/vragen/hernummeren", methods=["POST"])
def renumber(annotation_id):
    annotation = get_annotation(db_session(), annotation_id, full=True)
    renumber_questions(db_session(), annotation, by=g.user)
    return saved(msg("annotation.vragen_zijn_opnieuw_genummerd"), ".edit", "vragen",
                 annotation_id=annotation_id)


# Answer variants register on the same blueprint.
from app.annotations import variant_routes  # noqa: E402, F401
