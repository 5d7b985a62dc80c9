"""The daily reminder mail (`flask --app app send-reminders`), one per user per day."""

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from briefings.concerns import reminders_for
from briefings.mail.preferences import wants
from briefings.mail.queue import enqueue, mail_context
from briefings.models import User
from briefings.vocabulary import dutch_date

WHY = ("U ontvangt deze dagelijkse herinnering omdat u bij deze annotaties, toezeggingen of "
       "perslijnen betrokken bent.")


@dataclass
class DigestReport:
    queued: int = 0
    nothing_to_report: int = 0
    not_wanted: int = 0


def queue_reminders(session, today: date) -> DigestReport:
    """Queue today's reminder for every active user who wants one and has something due.

    Running it twice on one day queues nothing new (one reminder per user per day).
    """
    report = DigestReport()
    mail = mail_context(session)
    if mail is None:
        return report
    for user in session.scalars(select(User).where(User.active).order_by(User.id)):
        if not wants(session, user, "digest"):
            report.not_wanted += 1
            continue
        concerns = reminders_for(session, user, today)
        if concerns.empty:
            report.nothing_to_report += 1
            continue
        message = enqueue(
            session, user, kind="digest", dedupe_key=f"digest:{user.id}:{today.isoformat()}",
            subject=f"Herinnering {dutch_date(today)}: {_summary(concerns)}",
            template="digest", why=WHY, link=mail.url("review.my_work"), concerns=concerns,
            today=today)
        report.queued += message is not None
    session.flush()
    return report


def _summary(concerns) -> str:
    parts = [(len(concerns.deadlines), "deadline", "deadlines"),
             (len(concerns.meetings), "vergadering", "vergaderingen"),
             (len(concerns.commitments), "toezegging", "toezeggingen"),
             (len(concerns.press_lines), "perslijn", "perslijnen")]
    return ", ".join(f"{n} {one if n == 1 else many}" for n, one, many in parts if n)
