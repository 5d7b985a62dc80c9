"""Queries that list annotations for overview pages."""

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from briefings.models import Annotation, Meeting, MeetingDate


def list_annotations(session, *, portfolio_holder=None, status=None, date_from: date | None = None,
                     date_to: date | None = None, kind=None, limit=200) -> list[Annotation]:
    """Return annotations matching the filters, newest meeting first."""
    first_date = (
        select(MeetingDate.meeting_id, func.min(MeetingDate.date).label("first_date"))
        .group_by(MeetingDate.meeting_id).subquery()
    )
    query = (
        select(Annotation)
        .outerjoin(first_date, first_date.c.meeting_id == Annotation.meeting_id)
        .options(selectinload(Annotation.meeting).selectinload(Meeting.dates))
        .order_by(first_date.c.first_date.desc().nulls_last(), Annotation.id.desc())
        .limit(limit)
    )
    if portfolio_holder:
        pattern = f"%{_escape_like(portfolio_holder)}%"
        query = query.where(Annotation.portfolio_holder.ilike(pattern, escape="\\"))
    if status:
        query = query.where(Annotation.status == status)
    if kind:
        query = query.where(Annotation.kind == kind)
    if date_from:
        query = query.where(first_date.c.first_date >= date_from)
    if date_to:
        query = query.where(first_date.c.first_date <= date_to)
    return list(session.scalars(query))


def portfolio_holders(session) -> list[str]:
    """Return the distinct portfolio holders, for filter choices."""
    return list(session.scalars(
        select(Annotation.portfolio_holder).distinct().order_by(Annotation.portfolio_holder)
    ))


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
