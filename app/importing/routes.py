from datetime import date
from pathlib import Path

from flask import Blueprint, flash, g, redirect, render_template, url_for

from app.db import db_session
from app.importing.forms import UploadForm
from app.views import require_action
from briefings.errors import Conflict, DomainError
from briefings.importing import import_document, parse_document
from briefings.messages import msg
from briefings.uploads import discard_upload, load_upload, store_upload

bp = Blueprint("importing", __name__, url_prefix="/importeren")


@bp.route("/", methods=["GET", "POST"])
def upload():
    require_action("import")
    form = UploadForm()
    if not form.validate_on_submit():
        return render_template("importing/upload.html", form=form), 400 if form.errors else 200
    file = form.document.data
    filename, data = Path(file.filename or "upload").name, file.read()
    try:
        outcome = import_document(db_session(), filename, data, by=g.user, dry_run=True)
        _refuse_duplicate(outcome)
    except DomainError as error:
        form.document.errors.append(error.message)
        return render_template("importing/upload.html", form=form), error.status
    session = db_session()
    token = store_upload(session, filename, data, user_id=g.user.id)
    session.commit()
    return redirect(url_for("importing.preview", token=token))


@bp.route("/<token>")
def preview(token):
    require_action("import")
    filename, data = load_upload(db_session(), token, user_id=g.user.id)
    document = parse_document(filename, data)
    dates = [date.fromisoformat(d) for d in (document["meeting"] or {}).get("dates", [])]
    return render_template("importing/preview.html", document=document, filename=filename,
                           token=token, meeting_dates=dates)


@bp.route("/<token>/bevestigen", methods=["POST"])
def confirm(token):
    require_action("import")  # CSRF: checked for every POST by CSRFProtect (app/security.py)
    session = db_session()
    filename, data = load_upload(session, token, user_id=g.user.id)
    outcome = import_document(session, filename, data, by=g.user)
    discard_upload(session, token)
    session.commit()
    if outcome.status == "skipped":
        flash(msg("import.filename_was_al_eerder", filename=filename), "info")
    else:
        flash(msg("import.filename_geimporteerd_als_annotatie", filename=filename), "info")
    return redirect(url_for("annotations.show", annotation_id=outcome.annotation_id))


@bp.route("/<token>/annuleren", methods=["POST"])
def cancel(token):
    require_action("import")
    discard_upload(db_session(), token)
    db_session().commit()
    flash(msg("import.import_geannuleerd_niets_opgeslagen"), "info")
    return redirect(url_for("importing.upload"))


def _refuse_duplicate(outcome) -> None:
    if outcome.status == "skipped":
        raise Conflict(msg("import.bestand_al_eerder_geimporteerd",
                           annotation_id=outcome.annotation_id))
