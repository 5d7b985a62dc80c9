"""The register of commitments: filtered lists, reminders and the CSV export for the griffie."""

import csv
import io
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import object_session, selectinload

from briefings.commitments.services import OPEN_STATUSES, due_label, is_overdue
from briefings.models import Annotation, Commitment
from briefings.vocabulary import COMMITMENT_STATUSES, MEETING_BODIES

#: characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def list_commitments(session, *, today: date, portfolio_holder=None, status=None,
                     due_from: date | None = None, due_to: date | None = None,
                     overdue=False, annotation_id=None, kind=None) -> list[Commitment]:
    """Return commitments matching the filters, earliest deadline first (unknown last)."""
    query = (select(Commitment).options(selectinload(Commitment.asker))
             .order_by(Commitment.due_date.asc().nulls_last(), Commitment.id))
    if portfolio_holder:
        query = query.where(Commitment.portfolio_holder == portfolio_holder)
    if status:
        query = query.where(Commitment.status == status)
    if kind:
        query = query.where(Commitment.kind == kind)
    if due_from:
        query = query.where(Commitment.due_date >= due_from)
    if due_to:
        query = query.where(Commitment.due_date <= due_to)
    if annotation_id is not None:
        query = query.where(Commitment.annotation_id == annotation_id)
    if overdue:
        query = query.where(Commitment.status.in_(OPEN_STATUSES), Commitment.due_date < today)
    return list(session.scalars(query))


def reminders(session, *, today: date, weeks: int) -> dict[str, list[Commitment]]:
    """Return open commitments due within `weeks` weeks (overdue ones too), per portfolio holder."""
    until = today + timedelta(weeks=weeks)
    query = (select(Commitment)
             .where(Commitment.status.in_(OPEN_STATUSES), Commitment.due_date <= until)
             .order_by(Commitment.portfolio_holder, Commitment.due_date, Commitment.id))
    grouped: dict[str, list[Commitment]] = {}
    for commitment in session.scalars(query):
        grouped.setdefault(commitment.portfolio_holder or "(onbekend)", []).append(commitment)
    return grouped


def portfolio_holders(session) -> list[str]:
    """Return the distinct portfolio holders of commitments, for filter choices."""
    return list(session.scalars(
        select(Commitment.portfolio_holder).where(Commitment.portfolio_holder.is_not(None))
        .distinct().order_by(Commitment.portfolio_holder)
    ))


COLUMNS = ("Nummer", "Toezegging", "Portefeuillehouder", "Gedaan aan", "Vragensteller",
           "Gedaan op", "Termijn", "Termijndatum", "Status", "Te laat", "Afdoening",
           "Annotatie")


def commitments_csv(commitments, *, today: date) -> str:
    """Return the commitments as CSV for Excel: UTF-8 with BOM, ';'-separated, formulas defused."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for c in commitments:
        writer.writerow([neutralise(value) for value in _row(c, today)])
    return "\ufeff" + buffer.getvalue()


def _row(c, today: date) -> list:
    return [
        c.id, c.text, c.portfolio_holder or "", MEETING_BODIES.get(c.made_to or "", ""),
        c.asker.display if c.asker else "", c.made_on.isoformat() if c.made_on else "",
        due_label(c) or "", c.due_date.isoformat() if c.due_date else "",
        COMMITMENT_STATUSES[c.status], "ja" if is_overdue(c, today) else "nee",
        c.fulfilment or "", _annotation_label(c),
    ]


def _annotation_label(c) -> str:
    """Name the annotation as the griffie knows it (registration number, title), not by id."""
    session = object_session(c)
    annotation = session.get(Annotation, c.annotation_id) if c.annotation_id and session else None
    if annotation is None:
        return ""
    return " – ".join(p for p in (annotation.registration_number, annotation.title) if p)


def neutralise(value) -> str:
    """Return `value` as text that a spreadsheet shows as text, never runs as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text
