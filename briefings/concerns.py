"""What concerns a user in the coming days: deadlines, meetings, commitments, press lines.

One selection for the daily reminder mail and the calendar feed. Staf follow every open
annotation and commitment (they prepare the portfolio holder); others follow what they are
involved in: annotations they created, own a question of, wrote or commented on, and for
reviewers also those with answers waiting for review.
"""

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import or_, select

from briefings.commitments.services import OPEN_STATUSES
from briefings.mail.preferences import settings_for
from briefings.models import (
    Annotation,
    AnswerVariant,
    Commitment,
    MeetingDate,
    PressLine,
    Question,
    ReviewComment,
)
from briefings.permissions import can
from briefings.workflow.readiness import readiness

MEETING_DAYS = 2
COMMITMENT_WEEKS = 2
LIMIT = 200


@dataclass
class UpcomingMeeting:
    annotation: Annotation
    date: date
    #: what still blocks definitief, in Dutch (briefings.workflow.readiness)
    blockers: list[str]


@dataclass
class Concerns:
    today: date
    #: open annotations whose internal deadline is tomorrow or has passed
    deadlines: list[Annotation] = field(default_factory=list)
    meetings: list[UpcomingMeeting] = field(default_factory=list)
    #: open commitments due within two weeks or overdue
    commitments: list[Commitment] = field(default_factory=list)
    #: current press lines whose review date has come
    press_lines: list[PressLine] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.deadlines or self.meetings or self.commitments or self.press_lines)


def reminders_for(session, user, today: date) -> Concerns:
    """Return what `user` should be reminded of on `today`."""
    concerns = Concerns(today)
    portfolios = settings_for(session, user).portfolios or ()
    if can(user, "annotation.read_drafts"):
        annotations = followed_annotations(user, portfolios)
        concerns.deadlines = list(session.scalars(
            select(Annotation).where(Annotation.id.in_(annotations),
                                     Annotation.internal_deadline <= today + timedelta(days=1))
            .order_by(Annotation.internal_deadline, Annotation.id).limit(LIMIT)))
        concerns.meetings = [
            UpcomingMeeting(annotation, day, readiness(session, annotation).blockers)
            for annotation, day in followed_meetings(
                session, user, today, today + timedelta(days=MEETING_DAYS), portfolios)]
    if can(user, "commitment.read"):
        concerns.commitments = list(session.scalars(
            followed_commitments(user, portfolios)
            .where(Commitment.due_date <= today + timedelta(weeks=COMMITMENT_WEEKS))
            .order_by(Commitment.due_date, Commitment.id).limit(LIMIT)))
    concerns.press_lines = list(session.scalars(
        select(PressLine).where(_line_of(user), PressLine.status == "actueel",
                                PressLine.superseded_by_id.is_(None),
                                PressLine.review_date <= today)
        .order_by(PressLine.review_date, PressLine.id).limit(LIMIT)))
    return concerns


def followed_annotations(user, portfolios=()):
    """Return a select of the ids of the open annotations `user` follows.

    A reviewer follows the annotations with answers waiting for review, limited to the
    `portfolios` (portfolio holders) they chose on their settings page, if any.
    """
    query = select(Annotation.id).where(Annotation.status != "definitief")
    if can(user, "variant.choose") and user.role != "beheer":
        return query
    questions = select(Question.annotation_id)
    variants = select(Question.annotation_id).join(AnswerVariant)
    involved = [
        Annotation.created_by_id == user.id,
        Annotation.id.in_(questions.where(Question.owner_id == user.id)),
        Annotation.id.in_(variants.where(AnswerVariant.author_id == user.id)),
        Annotation.id.in_(variants.join(ReviewComment).where(ReviewComment.author_id == user.id)),
    ]
    if can(user, "variant.review"):
        waiting = Annotation.id.in_(variants.where(AnswerVariant.status == "ter_review"))
        if portfolios:
            waiting = waiting & Annotation.portfolio_holder.in_(portfolios)
        involved.append(waiting)
    return query.where(or_(*involved))


def followed_commitments(user, portfolios=()):
    """Return a select of the open commitments `user` follows (with a due date)."""
    query = select(Commitment).where(Commitment.status.in_(OPEN_STATUSES),
                                     Commitment.due_date.is_not(None))
    if can(user, "variant.choose") and user.role != "beheer":
        return query
    return query.where(or_(Commitment.created_by_id == user.id,
                           Commitment.annotation_id.in_(followed_annotations(user, portfolios))))


def followed_meetings(session, user, start: date, end: date,
                      portfolios=()) -> list[tuple[Annotation, date]]:
    """Return (annotation, meeting date) for the followed annotations meeting in [start, end]."""
    return list(session.execute(
        select(Annotation, MeetingDate.date)
        .join(MeetingDate, MeetingDate.meeting_id == Annotation.meeting_id)
        .where(Annotation.id.in_(followed_annotations(user, portfolios)),
               MeetingDate.date >= start,
               MeetingDate.date <= end)
        .order_by(MeetingDate.date, Annotation.id).limit(LIMIT)).all())


def _line_of(user):
    return or_(PressLine.owner_id == user.id,
               (PressLine.owner_id.is_(None)) & (PressLine.published_by_id == user.id))
