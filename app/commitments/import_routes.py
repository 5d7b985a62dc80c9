"""Importing the griffie's toezeggingenlijst: upload, preview with a correctable mapping, import."""

from pathlib import Path

from flask import flash, g, redirect, render_template, request, url_for
from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired

from app.commitments.routes import bp
from app.db import db_session
from app.views import require_action
from briefings.commitments.register_columns import FIELDS, IGNORE, guess_mapping
from briefings.commitments.register_import import (
    ambiguous_dates,
    date_order_shown,
    import_register,
    read_rows,
)
from briefings.commitments.register_uploads import (
    discard_register_upload,
    get_register_upload,
    store_register,
)
from briefings.errors import ValidationError
from briefings.messages import msg

PREVIEW_ROWS = 200


class RegisterUploadForm(FlaskForm):
    register = FileField("Toezeggingenlijst (.csv, .xlsx of .txt)",
                         validators=[FileRequired(msg("import.kies_bestand"))])


@bp.route("/importeren", methods=["GET", "POST"])
def import_upload():
    require_action("commitment.edit")
    form = RegisterUploadForm()
    if not form.validate_on_submit():
        return render_template("commitments/import_upload.html", form=form), \
            400 if form.errors else 200
    file = form.register.data
    try:
        upload = store_register(db_session(), Path(file.filename or "lijst").name, file.read(),
                                by=g.user)
    except ValidationError as error:
        db_session().rollback()
        form.register.errors.append(error.message)
        return render_template("commitments/import_upload.html", form=form), 400
    db_session().commit()
    return redirect(url_for("commitments.import_preview", token=upload.token))


@bp.route("/importeren/<token>", methods=["GET", "POST"])
def import_preview(token):
    require_action("commitment.edit")
    session = db_session()
    upload, table = get_register_upload(session, token, by=g.user)
    mapping = _mapping(table.headers)
    order = request.form.get("date_order") or None
    if request.method == "POST" and request.form.get("action") == "importeren":
        try:
            result = import_register(session, table, mapping=mapping, by=g.user,
                                     filename=upload.filename, date_order=order)
        except ValidationError as error:
            session.rollback()
            return _preview(upload, table, mapping, order, error=error.message, status=400)
        discard_register_upload(session, upload)
        session.commit()
        flash(msg("commitment.lijst_geimporteerd",
                  filename=upload.filename, added=len(result.added),
                  updated=len(result.updated), unchanged=len(result.unchanged),
                  skipped=len(result.skipped)), "info")
        return redirect(url_for("commitments.index"))
    return _preview(upload, table, mapping, order)


def _mapping(headers) -> list[str]:
    """The user's corrected mapping from the form, else our guess per column."""
    guessed = guess_mapping(headers)
    if request.method != "POST":
        return guessed
    chosen = [request.form.get(f"kolom-{i}", guessed[i]) for i in range(len(headers))]
    return [field if field in FIELDS else IGNORE for field in chosen]


def _preview(upload, table, mapping, order, *, error=None, status=200):
    rows = []
    try:
        rows = read_rows(db_session(), table, mapping, order)
    except ValidationError as refused:
        error = error or refused.message
        status = 400 if request.method == "POST" else 200
    return render_template(
        "commitments/import_preview.html", upload=upload, table=table, mapping=mapping,
        fields=FIELDS, rows=rows[:PREVIEW_ROWS], total=len(rows), error=error,
        ambiguous=ambiguous_dates(table, mapping), shown=date_order_shown(table, mapping),
        order=order), status
