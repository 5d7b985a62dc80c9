"""The process's mail sender: queued mail goes out after commit, in a background thread.

A save only writes MailMessage rows; the request never waits for the SMTP server. The thread
wakes after each commit that queued mail and every POLL seconds for retries, so mail held up by
an unreachable server goes out once the server is back.
"""

import logging
import threading

import click
from sqlalchemy import event

from app.links import external_url_builder
from briefings.errors import ValidationError
from briefings.mail import MailContext
from briefings.mail.delivery import SECURITY_MODES, DeliveryReport, SmtpSettings, deliver_due
from briefings.mail.queue import SESSION_KEY
from briefings.messages import msg
from briefings.models import MailMessage

log = logging.getLogger(__name__)
POLL_SECONDS = 60


class MailSender:
    def __init__(self, session_factory, smtp: SmtpSettings, *, poll=POLL_SECONDS):
        self.session_factory, self.smtp, self.poll = session_factory, smtp, poll
        self._wake = threading.Event()
        self._done = threading.Condition()
        self._requested = self._finished = 0
        self._stopping = False
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    def send_now(self) -> DeliveryReport:
        """Send what is due in this thread (the CLI)."""
        return deliver_due(self.session_factory, self.smtp)

    def start(self) -> None:
        """Start the background thread unless it runs; it first sends what is left over."""
        if self._thread is not None:
            return
        with self._lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="mail-sender",
                                                daemon=True)
                self._thread.start()

    def wake(self) -> None:
        """Ask the background thread to send what is due; start it on first use."""
        self.start()
        with self._done:
            self._requested += 1
        self._wake.set()

    def wait_idle(self, timeout: float = 30) -> bool:
        """Wait until every wake-up so far has been handled (tests, shutdown)."""
        with self._done:
            target = self._requested
            return self._done.wait_for(lambda: self._finished >= target, timeout)

    def stop(self) -> None:
        self._stopping = True
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout=10)

    def _run(self) -> None:
        first = True
        while not self._stopping:
            if not first:
                self._wake.wait(self.poll)
            first = False
            self._wake.clear()
            with self._done:
                target = self._requested
            try:
                deliver_due(self.session_factory, self.smtp)
            except Exception:  # the database may be away; the next round tries again
                log.exception("sending queued mail failed")
            with self._done:
                self._finished = max(self._finished, target)
                self._done.notify_all()


def init_mail(app) -> None:
    """Switch mail on when SMTP_HOST is set: sessions queue mail, commits wake the sender."""
    smtp = smtp_settings(app.config)
    app.extensions["mail"] = None
    if smtp is None:
        return
    factory = app.extensions["db_sessionmaker"]
    base_url = app.config.get("BASE_URL") or "http://127.0.0.1:5000"
    context = MailContext(url=external_url_builder(app, base_url),
                          organisation=app.config.get("ORGANISATION_NAME") or "de gemeente")
    factory.configure(info={**factory.kw.get("info", {}), SESSION_KEY: context})
    sender = MailSender(factory, smtp)
    app.extensions["mail"] = sender
    # A web process sends in the background from its first request on; a CLI command sends
    # itself (send-reminders, send-mail) and leaves the rest to the web processes.
    app.before_request(sender.start)
    event.listen(factory, "after_flush", _note_mail_work)
    event.listen(factory, "after_transaction_end",
                 lambda session, transaction: _wake_after_end(sender, session, transaction))


def smtp_settings(config) -> SmtpSettings | None:
    if not config.get("SMTP_HOST"):
        return None
    security = config.get("SMTP_SECURITY") or "starttls"
    if security not in SECURITY_MODES:
        raise ValidationError(msg("mail.smtp_security_onbekende_waarde",
                                  security=security, choices=', '.join(SECURITY_MODES)))
    default_port = {"ssl": 465, "geen": 25}.get(security, 587)
    return SmtpSettings(
        host=config["SMTP_HOST"], port=int(config.get("SMTP_PORT") or default_port),
        security=security, username=config.get("SMTP_USERNAME") or None,
        password=config.get("SMTP_PASSWORD") or None,
        sender=config.get("MAIL_FROM") or "Annotatiewerkbank <noreply@localhost>",
        ca_file=config.get("SMTP_CA_FILE") or None,
    )


def _note_mail_work(session, _context) -> None:
    if any(isinstance(obj, MailMessage) for obj in session.new):
        session.info["mail_work"] = True


def _wake_after_end(sender, session, transaction) -> None:
    """Wake the sender once the outermost transaction ended (not on a savepoint)."""
    if transaction.parent is not None or transaction.nested:
        return
    if session.info.pop("mail_work", None) and click.get_current_context(silent=True) is None:
        sender.wake()
