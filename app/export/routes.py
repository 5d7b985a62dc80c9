import io
import re

from flask import Blueprint, abort, current_app, g, render_template, send_file

from app.db import db_session
from app.export.forms import ConfirmIncompleteForm
from app.views import require_action
from briefings import visibility
from briefings.authoring import get_annotation
from briefings.export import MODES, IncompleteExport, export, export_gaps, to_bytes
from briefings.woo.redactor import DEFAULT_PUBLIC_ROLES

bp = Blueprint("export", __name__)

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@bp.app_context_processor
def _gaps_for_templates():
    return {"export_gaps": export_gaps}


@bp.route("/annotaties/<int:annotation_id>/export/<mode>", methods=["GET", "POST"])
def download(annotation_id, mode):
    """Send the Word file; a final or Woo copy with gaps first shows what is missing."""
    if mode not in MODES:
        abort(404)
    require_action(MODES[mode][1])
    # Every mode carries unreleased text (sections of a concept, unchosen questions, notes).
    visibility.require_internal(g.user)
    annotation = get_annotation(db_session(), annotation_id, full=True)
    form = ConfirmIncompleteForm()
    allow_incomplete = form.validate_on_submit()
    try:
        document = export(annotation, mode, allow_incomplete=allow_incomplete, by=g.user,
                          template=current_app.config.get("WORD_TEMPLATE"),
                          public_roles=public_roles())
    except IncompleteExport as error:
        status = 400 if form.errors else 200
        return render_template("export/gaps.html", annotation=annotation, mode=mode,
                               gaps=error.gaps, form=form), status
    return send_file(io.BytesIO(to_bytes(document)), mimetype=DOCX, as_attachment=True,
                     download_name=filename(annotation, mode))


def public_roles() -> tuple[str, ...]:
    """The offices whose holders stay named in a Woo copy (setting WOO_PUBLIC_ROLES)."""
    return tuple(current_app.config.get("WOO_PUBLIC_ROLES") or DEFAULT_PUBLIC_ROLES)


def filename(annotation, mode: str) -> str:
    """Return the download name: 'annotatie-29-vn2024-000821-definitief.docx'."""
    parts = ["annotatie", annotation.agenda_item or str(annotation.id),
             annotation.registration_number or "", MODES[mode][0]]
    slug = re.sub(r"[^a-z0-9]+", "-", "-".join(p for p in parts if p).lower()).strip("-")
    return f"{slug}.docx"


# the lakken page and the Woo downloads register on this blueprint
from app.export import woo_routes  # noqa: E402,F401
