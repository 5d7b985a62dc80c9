from datetime import date

from flask import (
    Blueprint,
    Response,
    current_app,
    flash,
    g,
    redirect,
    render_template,
    request,
    url_for,
)
from wtforms.fields.choices import SelectChoice

from app.commitments.forms import (
    CommitmentForm,
    ConfirmForm,
    EditForm,
    FilterForm,
    ReminderForm,
    StatusForm,
)
from app.db import db_session
from app.forms import refuse
from app.review.helpers import refused_here, valid
from app.views import require_action
from briefings import commitments as service
from briefings import visibility
from briefings.authoring import get_annotation
from briefings.commitments import cycle
from briefings.diffing import word_diff
from briefings.errors import ValidationError
from briefings.messages import msg
from briefings.permissions import can

bp = Blueprint("commitments", __name__, url_prefix="/toezeggingen")


@bp.record
def _configure_cycle(state):
    """Resolve "voor de begroting" with this municipality's planning-and-control dates."""
    cycle.configure(state.app.config.get("PLANNING_CYCLE"))


@bp.app_context_processor
def _annotation_helpers():
    return {"annotation_commitments": _annotation_commitments}


def _annotation_commitments(annotation) -> dict:
    """Commitments made in an annotation and its open suggestions, for the read view."""
    if not can(g.user, "commitment.read"):
        return {"commitments": [], "suggestions": [], "today": date.today()}
    session = db_session()
    return {
        "today": date.today(),
        "commitments": service.list_commitments(session, today=date.today(),
                                                annotation_id=annotation.id),
        "suggestions": service.open_suggestions(session, annotation.id),
    }


def _filters():
    form = FilterForm(request.args)
    holders = service.portfolio_holders(db_session())
    form.portfolio_holder.choices = [SelectChoice("", "Alle")] + [
        SelectChoice(h, h) for h in holders]
    valid = form.validate()
    filters = {k: v for k, v in form.data.items() if v} if valid else {}
    return form, filters


@bp.route("/")
def index():
    require_action("commitment.read")
    form, filters = _filters()
    items = service.list_commitments(db_session(), today=date.today(), **filters)
    return render_template("commitments/index.html", form=form, commitments=items,
                           today=date.today()), 400 if form.errors else 200


@bp.route("/export.csv")
def export_csv():
    require_action("commitment.read")
    form, filters = _filters()
    today = date.today()
    items = service.list_commitments(db_session(), today=today, **filters)
    data = service.commitments_csv(visibility.visible(g.user, items), today=today)
    return Response(data.encode("utf-8"), mimetype="text/csv", headers={
        "Content-Disposition": f'attachment; filename="toezeggingen-{today.isoformat()}.csv"'})


@bp.route("/export.xlsx")
def export_xlsx():
    require_action("commitment.read")
    return _download(lambda items, today: service.commitments_xlsx(items, today=today), "xlsx",
                     "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")


@bp.route("/export.docx")
def export_docx():
    require_action("commitment.read")
    template = current_app.config.get("WORD_TEMPLATE")
    return _download(lambda items, today: service.commitments_docx(
        items, today=today, title="Toezeggingen en moties", template=template), "docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document")


def _download(build, extension: str, mimetype: str) -> Response:
    """The register filtered like the page, as a file to download."""
    _, filters = _filters()
    today = date.today()
    data = build(service.list_commitments(db_session(), today=today, **filters), today)
    return Response(data, mimetype=mimetype, headers={
        "Content-Disposition": f'attachment; filename="toezeggingen-{today.isoformat()}.'
                               f'{extension}"'})


@bp.route("/herinneringen")
def reminders():
    require_action("commitment.read")
    form = ReminderForm(request.args)
    weeks = (form.weeks.data or 6) if form.validate() else 6
    grouped = service.reminders(db_session(), today=date.today(), weeks=weeks)
    return render_template("commitments/reminders.html", form=form, grouped=grouped, weeks=weeks,
                           today=date.today()), 400 if form.errors else 200


@bp.route("/nieuw", methods=["GET", "POST"])
def new():
    require_action("commitment.edit")
    form = CommitmentForm()
    if form.validate_on_submit():
        session = db_session()
        try:
            commitment = service.create_commitment(
                session, by=g.user, **{k: v for k, v in form.data.items() if k != "csrf_token"})
        except ValidationError as error:
            refuse(form, error)
        else:
            session.commit()
            flash(msg("commitment.toezegging_vastgelegd"), "info")
            return redirect(url_for("commitments.show", commitment_id=commitment.id))
    return render_template("commitments/new.html", form=form), 400 if form.errors else 200


@bp.route("/<int:commitment_id>")
def show(commitment_id):
    require_action("commitment.read")
    return _render_show(service.get_commitment(db_session(), commitment_id))


def _render_show(commitment, *, edit_form=None, status_form=None, status=200):
    edit_form = edit_form or EditForm(obj=commitment, formdata=None)
    status_form = status_form or StatusForm(formdata=None, status=commitment.status,
                                            fulfilment=commitment.fulfilment)
    return render_template(
        "commitments/show.html", commitment=commitment, edit_form=edit_form,
        status_form=status_form, history=_history_rows(commitment),
        today=date.today()), status


def _history_rows(commitment) -> list[tuple]:
    """Return (revision, word diff or None): text edits are shown as a diff."""
    return [(r, word_diff(r.old_text, r.new_text) if r.field == "text" and r.old_text else None)
            for r in service.history(db_session(), commitment)]


@bp.route("/<int:commitment_id>/bewerken", methods=["POST"])
def edit(commitment_id):
    session = db_session()
    commitment = service.get_commitment(session, commitment_id)
    form = EditForm()
    if not form.validate():
        return _render_show(commitment, edit_form=form, status=400)
    return _save(commitment, lambda: service.update_commitment(
        session, commitment, by=g.user, text=form.text.data, due_text=form.due_text.data,
        portfolio_holder=form.portfolio_holder.data, reason=form.reason.data),
        "commitment.toezegging_opgeslagen", edit_form=form)


@bp.route("/<int:commitment_id>/status", methods=["POST"])
def change_status(commitment_id):
    session = db_session()
    commitment = service.get_commitment(session, commitment_id)
    form = StatusForm()
    if not form.validate():
        return _render_show(commitment, status_form=form, status=400)
    return _save(commitment, lambda: service.change_status(
        session, commitment, by=g.user, status=form.status.data, reason=form.reason.data,
        fulfilment=form.fulfilment.data), "commitment.status_gewijzigd", status_form=form)


def _save(commitment, action, done: str, **forms):
    """Run a service; a refused change re-shows the page with the Dutch reason, nothing saved."""
    try:
        action()
    except ValidationError as error:
        db_session().rollback()
        flash(error.message, "error")
        return _render_show(commitment, status=400, **forms)
    db_session().commit()
    flash(msg(done), "info")
    return redirect(url_for("commitments.show", commitment_id=commitment.id))


@bp.route("/suggesties/<int:suggestion_id>/bevestigen", methods=["POST"])
def confirm(suggestion_id):
    session = db_session()
    suggestion = service.get_suggestion(session, suggestion_id)
    form = ConfirmForm()
    try:
        valid(form)
        commitment = service.confirm_suggestion(
            session, suggestion, by=g.user, text=(form.text.data or "").strip() or None,
            due_text=form.due_text.data)
    except ValidationError as error:
        return refused_here(error, lambda: _annotation_page(suggestion.annotation_id),
                            form_id=f"suggestion-{suggestion_id}", text=form.text.data or "",
                            due_text=form.due_text.data or "")
    session.commit()
    flash(msg("commitment.toezegging_vastgelegd"), "info")
    return redirect(url_for("commitments.show", commitment_id=commitment.id))


@bp.route("/suggesties/<int:suggestion_id>/afwijzen", methods=["POST"])
def dismiss(suggestion_id):
    session = db_session()
    suggestion = service.get_suggestion(session, suggestion_id)
    try:
        service.dismiss_suggestion(session, suggestion, by=g.user)
    except ValidationError as error:
        return refused_here(error, lambda: _annotation_page(suggestion.annotation_id),
                            form_id=f"suggestion-{suggestion_id}")
    session.commit()
    flash(msg("commitment.suggestie_afgewezen_zin_niet"), "info")
    return redirect(_annotation_url(suggestion.annotation_id))


@bp.route("/annotaties/<int:annotation_id>/zoeken", methods=["POST"])
def scan(annotation_id):
    require_action("commitment.edit")
    session = db_session()
    found = service.suggest_for_annotation(session, get_annotation(session, annotation_id))
    session.commit()
    count = len(found)
    flash(msg("commitment.geen_nieuwe_suggesties") if count == 0
          else msg("commitment.een_nieuwe_suggestie") if count == 1
          else msg("commitment.nieuwe_suggesties", count=count), "info")
    return redirect(_annotation_url(annotation_id))


def _annotation_page(annotation_id) -> str:
    """The annotation's read view, where the suggestions are."""
    from app.annotations.routes import show

    return show(annotation_id)


def _annotation_url(annotation_id) -> str:
    return url_for("annotations.show", annotation_id=annotation_id, _anchor="toezeggingen")

from app.commitments import import_routes  # noqa: E402,F401  (routes on this blueprint)
