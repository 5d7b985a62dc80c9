from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from sqlalchemy import func, select

from app.db import db_session
from app.mail.forms import ActionForm, PreferencesForm
from app.review.helpers import valid
from app.views import current_user, require_action
from briefings.mail.delivery import retry
from briefings.mail.preferences import MAIL_KINDS, portfolio_holders, settings_for, update_settings
from briefings.models import MailMessage
from briefings.validation import found

bp = Blueprint("mail", __name__)

QUEUE_STATUSES = {"wachtend": "Wachtend", "mislukt": "Mislukt", "verzonden": "Verzonden"}
QUEUE_PAGE = 100


@bp.route("/instellingen/e-mail", methods=["GET", "POST"])
def preferences():
    session = db_session()
    user = current_user()
    settings = settings_for(session, user)
    form = PreferencesForm(obj=settings)
    form.portfolios.choices = [(p, p) for p in portfolio_holders(session)]
    if request.method == "POST":
        data = valid(form)
        update_settings(session, user, **{k: data[k] for k in MAIL_KINDS},
                        portfolios=data["portfolios"] or [])
        session.commit()
        flash("Uw e-mailinstellingen zijn opgeslagen.", "info")
        return redirect(url_for("mail.preferences"))
    return render_template("mail/preferences.html", form=form, user=user,
                           mail_on=bool(_mail_sender()))


@bp.get("/beheer/e-mail")
def queue():
    require_action("users.manage")
    session = db_session()
    status = request.args.get("status") or "wachtend"
    if status not in QUEUE_STATUSES:
        status = "wachtend"
    counts = dict(session.execute(
        select(MailMessage.status, func.count()).group_by(MailMessage.status)).all())
    newest_first = MailMessage.id.desc() if status == "verzonden" else MailMessage.id
    messages = session.scalars(select(MailMessage).where(MailMessage.status == status)
                               .order_by(newest_first).limit(QUEUE_PAGE)).all()
    return render_template("mail/queue.html", messages=messages, status=status, counts=counts,
                           statuses=QUEUE_STATUSES, form=ActionForm(),
                           mail_on=bool(_mail_sender()))


@bp.post("/beheer/e-mail/<int:message_id>/opnieuw")
def retry_message(message_id):
    require_action("users.manage")
    session = db_session()
    message = found(session.get(MailMessage, message_id), "Dit bericht")
    valid(ActionForm())
    retry(session, message)
    session.commit()
    sender = _mail_sender()
    if sender:
        sender.wake()
    flash(f"Het bericht aan {message.to_address} wordt opnieuw verstuurd.", "info")
    return redirect(url_for("mail.queue", status="wachtend"))


def _mail_sender():
    return current_app.extensions.get("mail")
