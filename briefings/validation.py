"""Checks shared by the authoring services; each failure is a Dutch ValidationError."""

import re
from datetime import date

from briefings.errors import Conflict, NotFound, ValidationError
from briefings.messages import msg

MAX_SHORT = 200
MAX_TITLE = 1000
MAX_TEXT = 50_000
#: the largest id any supported database holds in an Integer column (PostgreSQL's `integer`);
#: a larger number cannot name a row, and the drivers fail on it instead of finding nothing
MAX_ID = 2**31 - 1


def clean_text(value, label: str, *, required=False, max_length=MAX_TEXT) -> str | None:
    """Return `value` stripped (None when empty), or raise for a missing or oversized value."""
    value = (value or "").strip()
    if not value:
        if required:
            raise ValidationError(msg("form.label_verplicht", label=label))
        return None
    if len(value) > max_length:
        raise ValidationError(msg("form.label_lang_maximaal_limit", label=label, limit=max_length))
    return value


def choice(value, allowed: dict, label: str) -> str:
    """Return `value` if it is one of the keys of `allowed`."""
    if value not in allowed:
        raise ValidationError(msg("form.onbekende_waarde_voor_label", label=label, value=value))
    return value


#: month names and the abbreviations people type ("mrt", "sept"), lower case
MONTHS = {name: n for n, names in enumerate((
    ("januari", "jan"), ("februari", "feb"), ("maart", "mrt", "mar"), ("april", "apr"),
    ("mei",), ("juni", "jun"), ("juli", "jul"), ("augustus", "aug"),
    ("september", "sep", "sept"), ("oktober", "okt", "oct"), ("november", "nov"),
    ("december", "dec")), start=1) for name in names}
WEEKDAYS = r"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo)"
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_NUMERIC = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_WRITTEN = re.compile(rf"^(?:{WEEKDAYS}\.?,?\s+)?(\d{{1,2}})\s+([a-z]+)\.?\s+(\d{{4}})$")
DATE_HINT = "Schrijf bijvoorbeeld 5 maart 2026, 5-3-2026, 05/03/2026 of 2026-03-05."


def parse_date(value) -> date:
    """Return the date in `value` as people write it: "5 maart 2026", "5-3-2026",
    "05/03/2026", "2026-03-05" (also with a weekday: "donderdag 5 maart 2026").

    :raises ValidationError: for anything else, or a day that does not exist.
    """
    if isinstance(value, date):
        return value
    text = " ".join(str(value or "").lower().split())
    parts = None
    if match := _ISO.match(text):
        parts = int(match[1]), int(match[2]), int(match[3])
    elif match := _NUMERIC.match(text):
        parts = int(match[3]), int(match[2]), int(match[1])
    elif (match := _WRITTEN.match(text)) and match[2] in MONTHS:
        parts = int(match[3]), MONTHS[match[2]], int(match[1])
    try:
        if parts:
            return date(*parts)
    except ValueError:
        pass
    raise ValidationError(msg("form.ongeldige_datum_value_schrijf", value=str(value).strip()))


def parse_date_list(text) -> list[date]:
    """Return the dates in a list as typed: "9 juli 2025, 10 juli 2025", "9 en 10 juli 2025"
    (a bare day takes the month and year of the date after it), "2025-07-09; 2025-07-10".

    :raises ValidationError: naming the first part that is not a date.
    """
    parts = [p.strip() for p in re.split(r"[,;]|\s+en\s+", str(text or "")) if p.strip()]
    dates, pending_days = [], []
    for part in parts:
        if part.isdigit() and len(part) <= 2:
            pending_days.append(part)
            continue
        parsed = parse_date(part)
        dates += [_same_month(day, parsed) for day in pending_days] + [parsed]
        pending_days = []
    if pending_days:
        raise ValidationError(msg("form.ongeldige_datum_value_schrijf", value=pending_days[-1]))
    return dates


def _same_month(day: str, other: date) -> date:
    try:
        return other.replace(day=int(day))
    except ValueError:
        raise ValidationError(msg("form.ongeldige_datum_day_schrijf", day=day)) from None


def parse_dates(values) -> list[date]:
    """Return dates (or texts each holding one or more dates) as sorted unique dates."""
    result = set()
    for value in values or []:
        result.update([value] if isinstance(value, date) else parse_date_list(value))
    return sorted(result)


def check_version(obj, expected_version, *, what: str, submitted=None) -> None:
    """Raise Conflict when `obj` changed since the user loaded it at `expected_version`."""
    if expected_version is not None and int(expected_version) != obj.version:
        raise Conflict(
            msg("form.what_intussen_door_iemand", what=what),
            current=obj, submitted=submitted,
        )


def parse_id(value) -> int | None:
    """Return `value` as a row id, or None when it is not a number any row could have."""
    text = str(value or "").strip()
    if not text.isascii() or not text.isdigit() or not 0 < int(text) <= MAX_ID:
        return None
    return int(text)


def found(obj, what: str):
    """Return `obj`, or raise NotFound with a Dutch message when it is None."""
    if obj is None:
        raise NotFound(msg("form.what_bestaat_niet_meer", what=what))
    return obj
