"""Sections of an annotation: add, edit, move up or down, delete."""

from flask import g, request, url_for

from app.annotations.common import confirm_page, conflict, form_page, refused, saved
from app.annotations.forms import ConfirmForm, SectionForm
from app.annotations.routes import bp
from app.db import db_session
from app.views import require_action
from briefings.authoring import (
    add_section,
    delete_section,
    get_annotation,
    get_section,
    move_section,
    update_section,
)
from briefings.errors import Conflict, ValidationError
from briefings.messages import msg

SECTION_LABELS = {"heading": "Kop", "body": "Tekst"}
BODY_HINT = ("Markdown: begin elk punt met ‘- ’; een subpunt met twee spaties ervoor "
             "(‘  - ’). **vet**, *cursief*.")


def _anchor(section) -> str:
    return f"onderdeel-{section.id}"


@bp.route("/annotaties/<int:annotation_id>/onderdelen/nieuw", methods=["GET", "POST"])
def add_section_view(annotation_id):
    require_action("annotation.edit")
    annotation = get_annotation(db_session(), annotation_id)
    form = SectionForm()
    page = {"heading": "Onderdeel toevoegen", "fields": "section", "submit": "Toevoegen",
            "action": url_for(".add_section_view", annotation_id=annotation_id),
            "back": url_for(".edit", annotation_id=annotation_id), "body_hint": BODY_HINT,
            "annotation": annotation}
    if form.validate_on_submit():
        try:
            section = add_section(db_session(), annotation, by=g.user, **form.service_data())
        except ValidationError as error:
            return refused(form, error, **page)
        return saved(msg("annotation.onderdeel_toegevoegd"), ".edit", _anchor(section),
                     annotation_id=annotation_id)
    if request.method == "GET":
        form.kind.data = request.args.get("kind", "kernboodschap")
    return form_page(form, **page)


@bp.route("/annotaties/onderdelen/<int:section_id>/bewerken", methods=["GET", "POST"])
def edit_section(section_id):
    require_action("annotation.edit")
    section = get_section(db_session(), section_id)
    annotation_id = section.annotation_id
    form = SectionForm()
    page = {"heading": "Onderdeel bewerken", "fields": "section",
            "action": url_for(".edit_section", section_id=section_id),
            "back": url_for(".edit", annotation_id=annotation_id, _anchor=_anchor(section)),
            "body_hint": BODY_HINT, "annotation": section.annotation}
    if form.validate_on_submit():
        try:
            update_section(db_session(), section, by=g.user,
                           expected_version=form.expected_version(), **form.service_data())
        except Conflict as error:
            return conflict(form, error, SECTION_LABELS, **page)
        except ValidationError as error:
            return refused(form, error, **page)
        return saved(msg("annotation.onderdeel_opgeslagen"), ".edit", _anchor(section),
                     annotation_id=annotation_id)
    if request.method == "GET":
        form.kind.data, form.heading.data = section.kind, section.heading
        form.body.data, form.version.data = section.body, str(section.version)
    return form_page(form, **page)


@bp.route("/annotaties/onderdelen/<int:section_id>/<any(omhoog, omlaag):direction>",
          methods=["POST"])
def move_section_view(section_id, direction):
    require_action("annotation.edit")
    section = get_section(db_session(), section_id)
    move_section(db_session(), section, by=g.user, direction=-1 if direction == "omhoog" else 1)
    return saved(msg("annotation.onderdeel_verplaatst"), ".edit", _anchor(section),
                 annotation_id=section.annotation_id)


@bp.route("/annotaties/onderdelen/<int:section_id>/verwijderen", methods=["GET", "POST"])
def delete_section_view(section_id):
    require_action("annotation.edit")
    section = get_section(db_session(), section_id)
    annotation_id = section.annotation_id
    if ConfirmForm().validate_on_submit():
        delete_section(db_session(), section, by=g.user)
        return saved(msg("annotation.onderdeel_verwijderd"), ".edit", annotation_id=annotation_id)
    return confirm_page(
        heading="Onderdeel verwijderen",
        question=f"Weet u zeker dat u het onderdeel ‘{section.heading or 'zonder kop'}’ "
                 "wilt verwijderen?",
        action=url_for(".delete_section_view", section_id=section_id),
        back=url_for(".edit", annotation_id=annotation_id, _anchor=_anchor(section)))
