"""A personal iCalendar feed (RFC 5545) for Outlook: internal deadlines, meetings, commitments.

The feed is reached by a secret URL, because calendar clients cannot log in. Only a SHA-256 of
the secret is stored; making a new link or revoking it makes the old URL stop working.
"""

import hashlib
import secrets
from datetime import date, timedelta

from icalendar import Calendar, Event
from sqlalchemy import select

from briefings.concerns import followed_annotations, followed_commitments, followed_meetings
from briefings.mail.preferences import settings_for
from briefings.models import Annotation, Commitment, NotificationSettings, User, utcnow
from briefings.permissions import can

#: how far back the feed keeps past items, so a missed deadline stays visible for a while
PAST = timedelta(days=60)
FUTURE = timedelta(days=400)
LIMIT = 1000


def new_calendar_token(session, user) -> str:
    """Return a new secret for the user's feed; the previous link stops working."""
    token = secrets.token_urlsafe(32)
    settings_for(session, user, create=True).calendar_token_hash = _hash(token)
    session.flush()
    return token


def revoke_calendar(session, user) -> None:
    settings_for(session, user, create=True).calendar_token_hash = None
    session.flush()


def has_calendar(session, user) -> bool:
    return settings_for(session, user).calendar_token_hash is not None


def user_for_token(session, token: str) -> User | None:
    """Return the active user whose feed `token` opens, else None."""
    if not token or len(token) > 100:
        return None
    user = session.scalar(select(User).join(NotificationSettings).where(
        NotificationSettings.calendar_token_hash == _hash(token)))
    return user if user is not None and user.active else None


def calendar_feed(session, user, *, url, today: date | None = None) -> bytes:
    """Return the user's feed as iCalendar bytes; `url` builds absolute links (MailContext)."""
    today = today or date.today()
    start, end = today - PAST, today + FUTURE
    portfolios = settings_for(session, user).portfolios or ()
    calendar = Calendar()
    calendar.add("prodid", "-//Annotatiewerkbank//NL")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", f"Annotatiewerkbank – {user.name}")
    calendar.add("x-published-ttl", "PT1H")
    if can(user, "annotation.read_drafts"):
        for annotation in session.scalars(
                select(Annotation).where(Annotation.id.in_(followed_annotations(user, portfolios)),
                                         Annotation.internal_deadline.between(start, end))
                .order_by(Annotation.internal_deadline).limit(LIMIT)):
            link = url("annotations.show", annotation_id=annotation.id)
            calendar.add_component(_event(
                f"deadline-{annotation.id}", annotation.internal_deadline,
                f"Interne deadline: {annotation.title}", link,
                f"Interne deadline van de annotatie {annotation.title}."))
        for annotation, day in followed_meetings(session, user, start, end, portfolios):
            meeting = annotation.meeting.name
            calendar.add_component(_event(
                f"meeting-{annotation.id}-{day.isoformat()}", day,
                f"{meeting}: {annotation.title}",
                url("review.readiness", annotation_id=annotation.id),
                f"{meeting}, agendapunt {annotation.agenda_item or '–'}: {annotation.title} "
                f"({annotation.portfolio_holder})."))
    if can(user, "commitment.read"):
        for commitment in session.scalars(
                followed_commitments(user, portfolios)
                .where(Commitment.due_date.between(start, end))
                .order_by(Commitment.due_date, Commitment.id).limit(LIMIT)):
            calendar.add_component(_event(
                f"commitment-{commitment.id}", commitment.due_date,
                f"Toezegging: {_short(commitment.text)}",
                url("commitments.show", commitment_id=commitment.id),
                f"{commitment.text}\nTermijn: {commitment.due_text or ''}"))
    return calendar.to_ical()


def _event(uid, day: date, summary, link, description) -> Event:
    event = Event()
    event.add("uid", f"{uid}@annotatiewerkbank")
    event.add("dtstamp", utcnow())
    event.add("dtstart", day)
    event.add("dtend", day + timedelta(days=1))
    event.add("summary", summary)
    event.add("description", f"{description}\n{link}")
    event.add("url", link)
    # All-day reminders should not block the day in Outlook's free/busy view.
    event.add("transp", "TRANSPARENT")
    return event


def _short(text: str, length=80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[:length - 1] + "…"


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
