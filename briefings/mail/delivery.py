"""Sending queued mail through SMTP, with retries and backoff; safe with several senders.

A sender claims a message (`claimed_until`) in its own short transaction before sending, so two
processes never send the same message, and a sender that dies releases it when the claim ends.
"""

import smtplib
import ssl
from dataclasses import dataclass
from datetime import timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid, parseaddr

from sqlalchemy import delete, or_, select, update

from briefings.models import MailMessage, utcnow

#: wait after the 1st, 2nd, ... failed attempt; the last value repeats
BACKOFF = (timedelta(minutes=1), timedelta(minutes=5), timedelta(minutes=15), timedelta(hours=1),
           timedelta(hours=3), timedelta(hours=6))
#: after this many failed attempts a message is "mislukt"; beheer can try it again
MAX_ATTEMPTS = 10
CLAIM = timedelta(minutes=5)
#: sent mail stays visible to beheer this long
KEEP_SENT = timedelta(days=90)
SECURITY_MODES = ("starttls", "ssl", "geen")


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int = 587
    #: "starttls" (port 587), "ssl" (port 465) or "geen" (a relay on a trusted network)
    security: str = "starttls"
    username: str | None = None
    password: str | None = None
    sender: str = "Annotatiewerkbank <noreply@localhost>"
    timeout: float = 20.0
    #: a CA bundle for a server whose certificate an internal CA signed (else the system's)
    ca_file: str | None = None


@dataclass
class DeliveryReport:
    sent: int = 0
    failed: int = 0


def deliver_due(session_factory, smtp: SmtpSettings, *, now=None, limit=200) -> DeliveryReport:
    """Send the messages that are due; failures are rescheduled, never raised."""
    now = now or utcnow()
    report = DeliveryReport()
    with session_factory() as session:
        due = list(session.scalars(
            select(MailMessage.id)
            .where(MailMessage.status == "wachtend", MailMessage.next_attempt_at <= now,
                   or_(MailMessage.claimed_until.is_(None), MailMessage.claimed_until < now))
            .order_by(MailMessage.id).limit(limit)))
        connection = None
        try:
            for message_id in due:
                if not _claim(session, message_id, now):
                    continue
                message = session.get(MailMessage, message_id)
                try:
                    connection = connection or _connect(smtp)
                    connection.send_message(_email(message, smtp))
                except smtplib.SMTPRecipientsRefused as error:
                    _failed(session, message, error, now)
                    report.failed += 1
                except (OSError, smtplib.SMTPException) as error:
                    _failed(session, message, error, now)
                    report.failed += 1
                    # The server is away or refused us: leave the rest for the next round.
                    break
                _sent(session, message)
                report.sent += 1
        finally:
            _close(connection)
    return report


def retry(session, message) -> None:
    """Make a waiting or failed message due now (beheer's 'opnieuw proberen')."""
    if message.status == "verzonden":
        return
    message.status, message.next_attempt_at, message.claimed_until = "wachtend", utcnow(), None
    session.flush()


def purge_sent(session, *, older_than=KEEP_SENT, now=None) -> int:
    """Delete sent mail older than `older_than`; return how many (waiting mail is kept)."""
    result = session.execute(delete(MailMessage).where(
        MailMessage.status == "verzonden", MailMessage.sent_at < (now or utcnow()) - older_than))
    return result.rowcount


def _claim(session, message_id, now) -> bool:
    result = session.execute(
        update(MailMessage)
        .where(MailMessage.id == message_id, MailMessage.status == "wachtend",
               or_(MailMessage.claimed_until.is_(None), MailMessage.claimed_until < now))
        .values(claimed_until=now + CLAIM))
    session.commit()
    return result.rowcount == 1


def _sent(session, message) -> None:
    message.status, message.sent_at, message.claimed_until = "verzonden", utcnow(), None
    message.attempts += 1
    message.last_error = None
    session.commit()


def _failed(session, message, error, now) -> None:
    message.attempts += 1
    message.claimed_until = None
    message.last_error = describe_error(error)
    message.next_attempt_at = now + BACKOFF[min(message.attempts, len(BACKOFF)) - 1]
    if message.attempts >= MAX_ATTEMPTS:
        message.status = "mislukt"
    session.commit()


def describe_error(error) -> str:
    """Return a Dutch description of an SMTP failure for the beheer page."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        return "De mailserver weigert het adres van de ontvanger."
    if isinstance(error, smtplib.SMTPAuthenticationError):
        return "De mailserver weigert de gebruikersnaam of het wachtwoord."
    if isinstance(error, smtplib.SMTPResponseException):
        detail = error.smtp_error.decode("utf-8", "replace") if isinstance(
            error.smtp_error, bytes) else str(error.smtp_error)
        return f"De mailserver antwoordde {error.smtp_code}: {detail}"[:500]
    if isinstance(error, ssl.SSLCertVerificationError):
        return ("Het certificaat van de mailserver is niet te vertrouwen "
                f"({error.verify_message}); zie SMTP_CA_FILE.")[:500]
    if isinstance(error, smtplib.SMTPNotSupportedError):
        return "De mailserver biedt geen STARTTLS aan; kies SMTP_SECURITY=ssl of geen."
    if isinstance(error, TimeoutError):
        return "De mailserver reageerde niet op tijd."
    if isinstance(error, OSError):
        return f"De mailserver is niet bereikbaar ({error.strerror or error})."[:500]
    return "De mailserver gaf een onverwachte fout."


def _connect(smtp: SmtpSettings) -> smtplib.SMTP:
    context = ssl.create_default_context(cafile=smtp.ca_file)
    if smtp.security == "ssl":
        connection = smtplib.SMTP_SSL(smtp.host, smtp.port, timeout=smtp.timeout,
                                      context=context)
    else:
        connection = smtplib.SMTP(smtp.host, smtp.port, timeout=smtp.timeout)
        if smtp.security == "starttls":
            try:
                connection.starttls(context=context)
            except BaseException:
                _close(connection)
                raise
    try:
        if smtp.username:
            connection.login(smtp.username, smtp.password or "")
    except BaseException:
        _close(connection)
        raise
    return connection


def _close(connection) -> None:
    if connection is None:
        return
    try:
        connection.quit()
    except (OSError, smtplib.SMTPException):
        connection.close()


def _email(message: MailMessage, smtp: SmtpSettings) -> EmailMessage:
    email = EmailMessage()
    email["From"] = smtp.sender
    email["To"] = message.to_address
    email["Subject"] = message.subject
    email["Date"] = format_datetime(message.created_at)
    domain = parseaddr(smtp.sender)[1].rpartition("@")[2] or "localhost"
    email["Message-ID"] = make_msgid(f"awb{message.id}", domain=domain)
    # An automatic message: out-of-office replies should not answer it (RFC 3834).
    email["Auto-Submitted"] = "auto-generated"
    email["X-Auto-Response-Suppress"] = "All"
    email.set_content(message.body_text)
    email.add_alternative(message.body_html, subtype="html")
    return email
