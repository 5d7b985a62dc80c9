from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from sqlalchemy import func, select

from app.db import db_session
from app.links import absolute_url
from app.mail.forms import ActionForm, PreferencesForm
from app.review.helpers import valid
from app.views import current_user, require_action
from briefings.agenda import (
    calendar_feed,
    has_calendar,
    new_calendar_token,
    revoke_calendar,
    user_for_token,
)
from briefings.mail.delivery import retry
from briefings.mail.preferences import MAIL_KINDS, portfolio_holders, settings_for, update_settings
from briefings.messages import msg
from briefings.models import MailMessage
from briefings.validation import found

bp = Blueprint("mail", __name__)

QUEUE_STATUSES = {"wachtend": "Wachtend", "mislukt": "Mislukt", "verzonden": "Verzonden"}
QUEUE_PAGE = 100


@bp.route("/instellingen/e-mail", methods=["GET", "POST"])
def preferences():
    session = db_session()
    form = _preferences_form(session)
    if request.method == "POST":
        data = valid(form)
        update_settings(session, current_user(), **{k: data[k] for k in MAIL_KINDS},
                        portfolios=data["portfolios"] or [])
        session.commit()
        flash(msg("mail.uw_e_mailinstellingen_zijn"), "info")
        return redirect(url_for("mail.preferences"))
    return _preferences_page(form)


@bp.post("/instellingen/agenda")
def new_calendar():
    """Make a new secret feed link and show it once; an older link stops working."""
    valid(ActionForm())
    session = db_session()
    token = new_calendar_token(session, current_user())
    session.commit()
    return _preferences_page(_preferences_form(session),
                             new_calendar_url=absolute_url("mail.calendar_feed", token=token))


@bp.post("/instellingen/agenda/intrekken")
def revoke_calendar_link():
    valid(ActionForm())
    session = db_session()
    revoke_calendar(session, current_user())
    session.commit()
    flash(msg("mail.agendalink_ingetrokken_agenda_die"), "info")
    return redirect(url_for("mail.preferences", _anchor="agenda"))


@bp.get("/agenda/<token>.ics", endpoint="calendar_feed")
def calendar_feed_view(token):
    """The feed itself: no login (calendar clients cannot), the secret in the URL instead."""
    session = db_session()
    user = user_for_token(session, token)
    if user is None:
        abort(404)
    body = calendar_feed(session, user, url=absolute_url)
    return Response(body, mimetype="text/calendar", headers={
        "Content-Disposition": 'inline; filename="annotatiewerkbank.ics"',
        "Cache-Control": "private, max-age=300",
    })


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
    flash(msg("mail.bericht_aan_to_address", to_address=message.to_address), "info")
    return redirect(url_for("mail.queue", status="wachtend"))


def _preferences_form(session) -> PreferencesForm:
    form = PreferencesForm(obj=settings_for(session, current_user()))
    form.portfolios.choices = [(p, p) for p in portfolio_holders(session)]
    return form


def _preferences_page(form, new_calendar_url=None):
    session = db_session()
    return render_template("mail/preferences.html", form=form, user=current_user(),
                           mail_on=bool(_mail_sender()), new_calendar_url=new_calendar_url,
                           has_calendar=has_calendar(session, current_user()),
                           action_form=ActionForm())



def _mail_sender():
    return current_app.extensions.get("mail")
