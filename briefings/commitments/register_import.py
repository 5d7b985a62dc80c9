"""Bring in the toezeggingenlijst a griffie already keeps, and later exports of the same list.

A row becomes a commitment; a later export updates it instead of adding it again: rows match
on their register number (and kind), or else on title (or text) and date made. Every changed
field is a history entry naming the file. Ambiguous dates (5/3/2022) are read the way the file
shows elsewhere (25/3/2022 means day first) or the way the user decides for the whole file.
"""

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from briefings import changes
from briefings.changes import enqueue_index, record
from briefings.commitments.register_columns import (
    FIELDS,
    date_parts,
    is_ambiguous,
    is_yes,
    map_kind,
    map_status,
    normalise,
    parse_date,
)
from briefings.commitments.services import create_commitment, set_due
from briefings.errors import ValidationError
from briefings.messages import msg
from briefings.models import Commitment
from briefings.permissions import require
from briefings.vocabulary import dutch_date

DATE_FIELDS = ("made_on", "due")
TRACKED = ("kind", "title", "text", "portfolio_holder", "due_text", "progress", "status")


@dataclass
class Row:
    line: int
    values: dict
    made_on: date | None = None
    due_text: str | None = None
    status: str = "openstaand"
    kind: str = "toezegging"
    flags: list[str] = field(default_factory=list)
    action: str = "nieuw"
    changes: list[str] = field(default_factory=list)
    commitment: Commitment | None = None

    @property
    def key(self):
        number = (self.values.get("number") or "").strip().lower()
        if number:
            return ("number", self.kind, number)
        return ("title", normalise(self.values.get("title") or self.values.get("text")),
                self.made_on)


def ambiguous_dates(table, mapping) -> list[str]:
    """Return the date cells this file leaves ambiguous (day or month first?)."""
    if date_order_shown(table, mapping):
        return []
    return list(dict.fromkeys(str(v) for v in _date_cells(table, mapping) if is_ambiguous(v)))


def date_order_shown(table, mapping) -> str | None:
    """Return "dmy" or "mdy" when the file's own dates show it (25/3/2022, 3/25/2022)."""
    shown = set()
    for value in _date_cells(table, mapping):
        parts = date_parts(value)
        if parts and parts[0] > 12 >= parts[1]:
            shown.add("dmy")
        elif parts and parts[1] > 12 >= parts[0]:
            shown.add("mdy")
    return shown.pop() if len(shown) == 1 else None


def _date_cells(table, mapping):
    columns = [i for i, f in enumerate(mapping) if f in DATE_FIELDS]
    return [row[i] for row in table.rows for i in columns if i < len(row) and row[i]]


def read_rows(session, table, mapping, date_order=None) -> list[Row]:
    """Return every row as it would be imported, with what would happen to it (the preview).

    :raises ValidationError: no column for the text, or ambiguous dates without a decision
    """
    if not {"text", "title"} & set(mapping):
        raise ValidationError(msg("commitment.kies_kolomindeling_welke_kolom"))
    shown = date_order_shown(table, mapping)
    order = shown or date_order
    if ambiguous_dates(table, mapping) and order not in ("dmy", "mdy"):
        raise ValidationError(msg("commitment.bestand_heeft_datums_die"))
    rows = [_row(number, cells, mapping, order or "dmy", flag_ambiguous=not shown)
            for number, cells in enumerate(table.rows, start=2)]
    _match(session, rows)
    return rows


def _row(line, cells, mapping, order, *, flag_ambiguous=True) -> Row:
    values = {f: cells[i] for i, f in enumerate(mapping) if f and i < len(cells)
              and cells[i] not in (None, "")}
    values = {f: v if isinstance(v, date) else " ".join(str(v).split())
              for f, v in values.items()}
    row = Row(line, values, kind=map_kind(values.get("kind"), values.get("number")))
    row.made_on = _date(row, "made_on", order, flag_ambiguous)
    due = values.get("due")
    due_date = _date(row, "due", order, flag_ambiguous) if due else None
    row.due_text = dutch_date(due_date) if due_date else (str(due) if due else None)
    row.status = _status(row)
    if not (values.get("text") or values.get("title")):
        row.action, row.flags = "overgeslagen", ["geen tekst"]
    return row


def _date(row, name, order, flag_ambiguous) -> date | None:
    value = row.values.get(name)
    if value is None:
        return None
    parsed = parse_date(value, order)
    if parsed is None and name == "made_on":
        row.flags.append(f"{FIELDS[name]} '{value}' is geen datum")
    elif is_ambiguous(value) and flag_ambiguous:
        row.flags.append(f"{value} gelezen als {dutch_date(parsed)}")
    return parsed


def _status(row) -> str:
    raw = row.values.get("status")
    status = map_status(raw)
    if raw and status is None:
        row.flags.append(f"status '{raw}' onbekend: openstaand")
    if status is None and is_yes(row.values.get("done")):
        status = "voldaan"
    return status or "openstaand"


def _match(session, rows: list[Row]) -> None:
    """Find each row's existing commitment and what would change; a key seen earlier in the
    same file updates that row's commitment rather than adding a second one."""
    existing = _existing(session, rows)
    seen = {}
    for row in rows:
        if row.action == "overgeslagen":
            continue
        row.commitment = existing.get(row.key)
        if row.commitment is not None:
            row.changes = [f for f in TRACKED if _new_value(row, f) != getattr(row.commitment, f)]
            row.action = "bijwerken" if row.changes else "ongewijzigd"
        elif row.key in seen:
            row.action, row.changes = "bijwerken", ["dubbele rij in dit bestand"]
        seen[row.key] = row


def _existing(session, rows) -> dict:
    numbers = {r.key[2] for r in rows if r.key[0] == "number"}
    found = {}
    for c in session.scalars(select(Commitment)):
        if c.number and c.number.strip().lower() in numbers:
            found[("number", c.kind, c.number.strip().lower())] = c
        elif not c.number:
            found[("title", normalise(c.title or c.text), c.made_on)] = c
    return found


def _new_value(row, name):
    if name == "due_text":
        return row.due_text
    if name in ("status", "kind"):
        return getattr(row, name)
    if name == "text":
        return row.values.get("text") or row.values.get("title")
    return row.values.get(name)


@dataclass
class Result:
    added: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    unchanged: list = field(default_factory=list)
    skipped: list = field(default_factory=list)


def import_register(session, table, *, mapping, by, filename, date_order=None,
                    today: date | None = None) -> Result:
    """Add the new rows as commitments and update the ones imported before, with history.

    :raises PermissionDenied, ValidationError:
    """
    require(by, "commitment.edit")
    reason = f"Toezeggingenlijst {filename}"
    result, done = Result(), {}
    for row in read_rows(session, table, mapping, date_order):
        if row.action == "overgeslagen":
            result.skipped.append(row)
            continue
        commitment = row.commitment or done.get(row.key)
        if commitment is None:
            commitment = _add(session, row, by=by, reason=reason, today=today)
            result.added.append(commitment)
        elif _update(session, commitment, row, by=by, reason=reason, today=today):
            result.updated.append(commitment)
        else:
            result.unchanged.append(commitment)
        done[row.key] = commitment
    session.flush()
    return result


def _add(session, row, *, by, reason, today) -> Commitment:
    values = row.values
    commitment = create_commitment(
        session, by=by, text=_new_value(row, "text"), due_text=row.due_text,
        portfolio_holder=values.get("portfolio_holder"), made_to=_body(values.get("made_to")),
        made_on=row.made_on, today=today)
    commitment.kind, commitment.number = row.kind, values.get("number")
    commitment.title, commitment.progress = values.get("title"), values.get("progress")
    if row.status != commitment.status:
        changes.change_status(session, commitment, row.status, by=by, reason=reason)
    return commitment


def _update(session, commitment, row, *, by, reason, today) -> bool:
    changed = False
    for name in TRACKED:
        new, old = _new_value(row, name), getattr(commitment, name)
        if new == old or (name == "text" and not new):
            continue
        changed = True
        if name == "status":
            changes.change_status(session, commitment, new, by=by, reason=reason)
        elif name == "due_text":
            record(session, commitment, "due", old, new, by=by, reason=reason)
            set_due(commitment, new, today)
        else:
            record(session, commitment, name, old, new, by=by, reason=reason)
            setattr(commitment, name, new)
    if changed:
        enqueue_index(session, commitment)
    return changed


def _body(value) -> str | None:
    text = normalise(value)
    if "commissie" in text:
        return "commissie"
    return "raad" if "raad" in text else None
