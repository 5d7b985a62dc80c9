"""Queueing a mail in the caller's transaction; the sender picks it up after commit."""

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select

from briefings.mail.render import render_mail
from briefings.models import MailMessage

#: the key under which a session carries its MailContext (`session.info`)
SESSION_KEY = "mail"


@dataclass(frozen=True)
class MailContext:
    """What a mail needs from the application: absolute links and the sender's name."""

    #: build an absolute URL: url("annotations.show", annotation_id=3, _anchor="vraag-4")
    url: Callable[..., str]
    organisation: str = "de gemeente"


def mail_context(session) -> MailContext | None:
    """Return the session's mail context; None means mail is off."""
    return session.info.get(SESSION_KEY)


def enqueue(session, user, *, kind, subject, template, why, link, dedupe_key=None,
            **context) -> MailMessage | None:
    """Render `template` for `user` and queue it; return None when mail is off or inactive.

    `why` says in one sentence why the user gets this mail; `link` is the page it is about.
    A `dedupe_key` that was queued before makes this a no-op (a reminder run twice).
    """
    mail = mail_context(session)
    if mail is None or not user.active or not user.email:
        return None
    if dedupe_key and session.scalar(
            select(MailMessage.id).where(MailMessage.dedupe_key == dedupe_key)):
        return None
    text, html = render_mail(template, user=user, why=why, link=link, subject=subject,
                             settings_url=mail.url("mail.preferences"),
                             organisation=mail.organisation, url=mail.url, **context)
    message = MailMessage(user_id=user.id, to_address=user.email, kind=kind, subject=subject,
                          body_text=text, body_html=html, dedupe_key=dedupe_key)
    session.add(message)
    return message
