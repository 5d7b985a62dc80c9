from flask import Blueprint, render_template, request

from app.annotations.forms import FilterForm
from app.db import db_session
from app.views import require_action
from briefings.authoring import get_annotation
from briefings.listing import list_annotations

bp = Blueprint("annotations", __name__)


@bp.route("/")
def index():
    form = FilterForm(request.args)
    filters = form.data if form.validate() else {}
    filters.pop("csrf_token", None)
    annotations = list_annotations(db_session(), **{k: v for k, v in filters.items() if v})
    status = 200 if not form.errors else 400
    return render_template("annotations/index.html", form=form, annotations=annotations), status


@bp.route("/annotaties/<int:annotation_id>")
def show(annotation_id):
    require_action("annotation.read_drafts")
    annotation = get_annotation(db_session(), annotation_id, full=True)
    return render_template("annotations/show.html", annotation=annotation)
