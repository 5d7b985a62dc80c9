from datetime import date

from flask import Blueprint, flash, g, redirect, render_template, request, url_for
from sqlalchemy import select
from wtforms.fields.choices import SelectChoice

from app.db import db_session
from app.forms import refuse
from app.press.forms import LineForm, PublishForm, ReuseForm, SearchForm, WithdrawForm
from app.views import require_action
from briefings import press, visibility
from briefings.authoring import get_variant
from briefings.errors import ValidationError
from briefings.messages import msg
from briefings.models import User
from briefings.permissions import can

bp = Blueprint("press", __name__, url_prefix="/pers")


@bp.app_context_processor
def _press_helpers():
    return {"line_freshness": lambda line: press.freshness(line, date.today())}


@bp.route("/lijnen")
def index():
    form = SearchForm(request.args)
    form.validate()
    session, query = db_session(), (form.q.data or "").strip()
    lines = press.list_lines(session, query=query, include_expired=form.include_expired.data,
                             today=date.today())
    answers = press.approved_answers(session, query=query)
    proposals = {line.id for line in lines if press.newer_chosen_answers(session, line)} \
        if can(g.user, "line.publish") else set()
    return render_template("press/index.html", form=form, lines=lines, answers=answers,
                           query=query, proposals=proposals)


@bp.route("/lijnen/<int:line_id>")
def show(line_id):
    return _render_show(press.get_line(db_session(), line_id))


def _render_show(line, *, line_form=None, withdraw_form=None, status=200):
    session = db_session()
    source = press.source_variant(session, line)
    return render_template(
        "press/show.html", line=line,
        source=source if source and visibility.may_see(g.user, source.question) else None,
        source_label=press.source_label(session, line), usage=press.line_usage(session, line),
        withdraw_form=withdraw_form or WithdrawForm(formdata=None),
        line_form=line_form or LineForm(formdata=None, obj=line),
        proposals=press.newer_chosen_answers(session, line) if can(g.user, "line.publish") else [],
    ), status


@bp.route("/lijnen/<int:line_id>/bewerken", methods=["POST"])
def edit(line_id):
    session = db_session()
    line = press.get_line(session, line_id)
    form = LineForm()
    if not form.validate():
        return _render_show(line, line_form=form, status=400)
    try:
        press.update_line(session, line, by=g.user, text=form.text.data, topic=form.topic.data,
                          use=form.use.data, review_date=form.review_date.data)
    except ValidationError as error:
        refuse(form, error)
        return _render_show(press.get_line(session, line_id), line_form=form, status=400)
    session.commit()
    flash(msg("press.perslijn_gewijzigd"), "info")
    return redirect(url_for("press.show", line_id=line.id))


@bp.route("/publiceerbaar")
def publishable():
    require_action("line.publish")
    return render_template("press/publishable.html",
                           variants=press.publishable_variants(db_session()))


@bp.route("/publiceren/<int:variant_id>", methods=["GET", "POST"])
def publish(variant_id):
    require_action("line.publish")
    session = db_session()
    variant = get_variant(session, variant_id)
    candidates = press.lines_to_supersede(session, variant)
    form = PublishForm(owner=g.user.id,
                       supersedes=[line.id for line in candidates] if request.method == "GET"
                       else None)
    form.owner.choices = [SelectChoice(u.id, u.name) for u in session.scalars(
        select(User).where(User.active.is_(True)).order_by(User.name))]
    form.supersedes.choices = [SelectChoice(line.id, line.topic) for line in candidates]
    if form.validate_on_submit():
        try:
            line = press.publish_line(
                session, variant, by=g.user, topic=form.topic.data, use=form.use.data,
                owner=session.get(User, form.owner.data), review_date=form.review_date.data,
                supersedes=[line for line in candidates if line.id in form.supersedes.data])
        except ValidationError as error:
            refuse(form, error)
            variant = get_variant(session, variant_id)
        else:
            session.commit()
            flash(msg("press.perslijn_gepubliceerd"), "info")
            return redirect(url_for("press.show", line_id=line.id))
    return render_template("press/publish.html", form=form, variant=variant,
                           candidates=candidates), 400 if form.errors else 200


@bp.route("/lijnen/<int:line_id>/intrekken", methods=["POST"])
def withdraw(line_id):
    session = db_session()
    line = press.get_line(session, line_id)
    form = WithdrawForm()
    if not form.validate():
        return _render_show(line, withdraw_form=form, status=400)
    try:
        press.withdraw_line(session, line, by=g.user, reason=form.reason.data)
    except ValidationError as error:
        refuse(form, error)
        return _render_show(press.get_line(session, line_id), withdraw_form=form, status=400)
    session.commit()
    flash(msg("press.perslijn_ingetrokken"), "info")
    return redirect(url_for("press.show", line_id=line.id))


@bp.route("/lijnen/<int:line_id>/hergebruiken", methods=["GET", "POST"])
def reuse(line_id):
    require_action("line.reuse")
    require_action("press.write")  # a reused line goes into press Q&A, which staf does not write
    session = db_session()
    line = press.get_line(session, line_id)
    form = ReuseForm()
    form.target.choices = [SelectChoice(0, "Nieuwe persvragen")] + [
        SelectChoice(a.id, a.title) for a in press.press_annotations(session)]
    if form.validate_on_submit():
        target = press.get_press_annotation(session, form.target.data) if form.target.data \
            else None
        try:
            variant = press.reuse_line(
                session, line, by=g.user, today=date.today(), annotation=target,
                title=form.title.data, portfolio_holder=form.portfolio_holder.data,
                journalist=form.journalist.data, medium=form.medium.data,
                question_text=form.question_text.data)
        except ValidationError as error:
            refuse(form, error)
            return render_template("press/reuse.html", form=form,
                                   line=press.get_line(session, line_id)), 400
        session.commit()
        flash(msg("press.perslijn_hergebruikt_persvragen"), "info")
        return redirect(url_for("press.qa", annotation_id=variant.question.annotation_id,
                                _anchor=f"vraag-{variant.question_id}"))
    return render_template("press/reuse.html", form=form, line=line), 400 if form.errors else 200


@bp.route("/vragen")
def qa_index():
    return render_template("press/qa_index.html",
                           annotations=press.press_annotations(db_session()))


@bp.route("/vragen/<int:annotation_id>")
def qa(annotation_id):
    session = db_session()
    annotation = press.get_press_annotation(session, annotation_id)
    visible = {q.id: visibility.visible(g.user, q.variants) for q in annotation.questions}
    labels = {line.id: press.source_label(session, line) for line in {
        v.source_line_id: press.get_line(session, v.source_line_id)
        for vs in visible.values() for v in vs if v.source_line_id}.values()}
    return render_template("press/qa.html", annotation=annotation, visible=visible,
                           labels=labels)
