"""Annotations: the list, the read view, the edit view, the header, deleting an annotation.

Sections are in section_routes.py, questions and variants in question_routes.py.
"""

from flask import Blueprint, g, redirect, render_template, request, url_for

from app.annotations.common import confirm_page, conflict, form_page, refused, saved
from app.annotations.forms import ConfirmForm, FilterForm, HeaderForm
from app.db import db_session
from app.views import require_action
from briefings import visibility
from briefings.authoring import create_annotation, delete_annotation, get_annotation, update_header
from briefings.errors import Conflict, ValidationError
from briefings.listing import list_annotations
from briefings.messages import msg
from briefings.permissions import can

bp = Blueprint("annotations", __name__)

HEADER_LABELS = {
    "title": "Titel", "portfolio_holder": "Portefeuillehouder", "agenda_item": "Agendapunt",
    "registration_number": "Registratienummer", "requested_decision": "Gevraagd besluit",
    "overview": "Inleiding", "handling_officials": "Behandelend ambtenaren",
    "personal_names": "Persoonsnamen voor de Woo-versie",
}


@bp.route("/")
def index():
    if not can(g.user, "annotation.read_drafts"):
        # The press office reads lines and approved answers only: its start page is theirs.
        return redirect(url_for("press.index"))
    form = FilterForm(request.args)
    filters = form.data if form.validate() else {}
    filters.pop("csrf_token", None)
    annotations = list_annotations(db_session(), **{k: v for k, v in filters.items() if v})
    status = 200 if not form.errors else 400
    return render_template("annotations/index.html", form=form, annotations=annotations), status


@bp.route("/annotaties/<int:annotation_id>")
def show(annotation_id):
    if not visibility.sees_everything(g.user):
        # The press office reads a definitief annotation's final answers, nothing internal.
        view = visibility.read_view(db_session(), g.user, annotation_id)
        return render_template("annotations/show_released.html", view=view,
                               annotation=view.annotation)
    annotation = get_annotation(db_session(), annotation_id, full=True)
    return render_template("annotations/show.html", annotation=annotation)


@bp.route("/annotaties/<int:annotation_id>/bewerken")
def edit(annotation_id):
    require_action("annotation.edit")
    annotation = get_annotation(db_session(), annotation_id, full=True)
    return render_template("annotations/edit.html", annotation=annotation)


@bp.route("/annotaties/nieuw", methods=["GET", "POST"])
def create():
    require_action("annotation.create")
    form = HeaderForm()
    page = {"heading": "Nieuwe annotatie", "fields": "header", "submit": "Aanmaken",
            "action": url_for(".create"), "back": url_for(".index")}
    if form.validate_on_submit():
        try:
            annotation = create_annotation(db_session(), by=g.user, **form.service_data())
        except ValidationError as error:
            return refused(form, error, **page)
        return saved(msg("annotation.annotatie_aangemaakt"), ".edit", annotation_id=annotation.id)
    if request.method == "GET":
        form.meeting_body.data = "raad"
    return form_page(form, **page)


@bp.route("/annotaties/<int:annotation_id>/kop", methods=["GET", "POST"])
def header(annotation_id):
    require_action("annotation.edit")
    annotation = get_annotation(db_session(), annotation_id)
    form = HeaderForm()
    page = {"heading": "Kop bewerken", "fields": "header",
            "action": url_for(".header", annotation_id=annotation_id),
            "back": url_for(".edit", annotation_id=annotation_id)}
    if form.validate_on_submit():
        try:
            update_header(db_session(), annotation, by=g.user,
                          expected_version=form.expected_version(), **form.service_data())
        except Conflict as error:
            return conflict(form, error, HEADER_LABELS, **page)
        except ValidationError as error:
            return refused(form, error, **page)
        return saved(msg("annotation.kop_opgeslagen"), ".edit", annotation_id=annotation_id)
    if request.method == "GET":
        form.fill_from(annotation)
    return form_page(form, **page)


@bp.route("/annotaties/<int:annotation_id>/verwijderen", methods=["GET", "POST"])
def delete(annotation_id):
    require_action("annotation.delete")
    annotation = get_annotation(db_session(), annotation_id)
    if ConfirmForm().validate_on_submit():
        delete_annotation(db_session(), annotation, by=g.user)
        return saved(msg("annotation.annotatie_verwijderd", title=annotation.title), ".index")
    return confirm_page(
        heading="Annotatie verwijderen",
        question=f"Weet u zeker dat u de annotatie ‘{annotation.title}’ met alle onderdelen, "
                 "vragen en antwoorden wilt verwijderen? De geschiedenis blijft bewaard.",
        action=url_for(".delete", annotation_id=annotation_id),
        back=url_for(".edit", annotation_id=annotation_id))


# The other authoring views register on the same blueprint.
from app.annotations import question_routes, section_routes  # noqa: E402, F401
