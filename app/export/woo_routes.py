"""The lakken page before a Woo export, the Woo copy as PDF/A and its inventory as CSV."""

import csv
import io

from flask import current_app, flash, g, redirect, render_template, send_file, url_for

from app.db import db_session
from app.export.forms import AddNameForm, ConfirmIncompleteForm, DecisionForm
from app.export.routes import bp, filename, public_roles
from app.views import require_action
from briefings.authoring import get_annotation
from briefings.errors import NotFound, ValidationError
from briefings.export import (
    IncompleteExport,
    export_gaps,
    export_woo,
    to_bytes,
    woo_proposals,
    woo_with_inventory,
)
from briefings.export.pdf import soffice, to_pdfa
from briefings.export.woo import INVENTORY_COLUMNS
from briefings.messages import msg
from briefings.woo import decisions
from briefings.woo.proposals import group

PDF = "application/pdf"


def _options() -> dict:
    return {"by": g.user, "template": current_app.config.get("WORD_TEMPLATE"),
            "public_roles": public_roles()}


@bp.get("/annotaties/<int:annotation_id>/woo-lakken")
def lakken(annotation_id, name_form=None, status=200):
    """Every proposed redaction in its sentence, grouped, with the ground; add or dismiss."""
    require_action("export.woo")
    annotation = get_annotation(db_session(), annotation_id, full=True)
    hits, redactor = woo_proposals(annotation, **_options())
    return render_template(
        "export/lakken.html", annotation=annotation, groups=group(hits, redactor.quiet),
        total=len(hits), gaps=export_gaps(annotation), name_form=name_form or AddNameForm(),
        dismissed=annotation.woo_dismissed or [],
        pdf_available=soffice() is not None, public_roles=public_roles(),
    ), status


@bp.post("/annotaties/<int:annotation_id>/woo-lakken/naam")
def add_name(annotation_id):
    require_action("export.woo")
    session = db_session()
    annotation = get_annotation(session, annotation_id, full=True)
    form = AddNameForm()
    if form.validate_on_submit():
        try:
            name = decisions.add_name(session, annotation, form.name.data, by=g.user)
        except ValidationError as error:
            form.name.errors = [error.message]
        else:
            session.commit()
            flash(msg("export.name_nu_overal_gelakt", name=name), "info")
            return redirect(url_for(".lakken", annotation_id=annotation.id))
    return lakken(annotation_id, name_form=form, status=400)


@bp.post("/annotaties/<int:annotation_id>/woo-lakken/niet-lakken")
def dismiss(annotation_id):
    require_action("export.woo")
    session = db_session()
    annotation = get_annotation(session, annotation_id, full=True)
    form = DecisionForm()
    if not form.validate_on_submit():
        raise ValidationError(msg("export.kies_voorgestelde_lakking"))
    hits, _ = woo_proposals(annotation, **_options())
    hit = next((h for h in hits if h.key == form.key.data), None)
    if hit is None:
        raise NotFound(msg("export.lakking_niet_meer_voorgesteld"))
    decisions.dismiss(session, annotation, hit, by=g.user)
    session.commit()
    flash(msg("export.text_blijft_plaats_staan", text=hit.text), "info")
    return redirect(url_for(".lakken", annotation_id=annotation.id, _anchor="niet-gelakt"))


@bp.post("/annotaties/<int:annotation_id>/woo-lakken/toch-lakken")
def restore(annotation_id):
    require_action("export.woo")
    session = db_session()
    annotation = get_annotation(session, annotation_id, full=True)
    form = DecisionForm()
    if not form.validate_on_submit():
        raise ValidationError(msg("export.kies_afgewezen_lakking"))
    entry = decisions.restore(session, annotation, form.key.data, by=g.user)
    session.commit()
    flash(msg("export.text_weer_gelakt", text=entry.get('text')), "info")
    return redirect(url_for(".lakken", annotation_id=annotation.id))


@bp.route("/annotaties/<int:annotation_id>/export/woo/pdf", methods=["GET", "POST"])
def woo_pdf(annotation_id):
    """The Woo copy as PDF/A-2, made by LibreOffice; gaps first, as for the Word file."""
    require_action("export.woo")
    if soffice() is None:
        raise NotFound(msg("export.libreoffice_ontbreekt"))
    annotation = get_annotation(db_session(), annotation_id, full=True)
    form = ConfirmIncompleteForm()
    try:
        document = export_woo(annotation, allow_incomplete=form.validate_on_submit(),
                              **_options())
    except IncompleteExport as error:
        return render_template("export/gaps.html", annotation=annotation, mode="woo",
                               gaps=error.gaps, form=form), 400 if form.errors else 200
    pdf = to_pdfa(to_bytes(document))
    name = filename(annotation, "woo").removesuffix(".docx") + ".pdf"
    return send_file(io.BytesIO(pdf), mimetype=PDF, as_attachment=True, download_name=name)


@bp.get("/annotaties/<int:annotation_id>/export/woo/inventaris.csv")
def woo_inventory(annotation_id):
    """The inventory of the Woo copy's redactions (place, kind, ground, count) as CSV."""
    require_action("export.woo")
    annotation = get_annotation(db_session(), annotation_id, full=True)
    _, rows = woo_with_inventory(annotation, allow_incomplete=True, **_options())
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    writer.writerow(INVENTORY_COLUMNS)
    writer.writerows(rows)
    name = filename(annotation, "woo").removesuffix(".docx") + "-inventaris.csv"
    return send_file(io.BytesIO(out.getvalue().encode("utf-8-sig")), mimetype="text/csv",
                     as_attachment=True, download_name=name)
