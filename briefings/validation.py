"""Checks shared by the authoring services; each failure is a Dutch ValidationError."""

from datetime import date

from briefings.errors import Conflict, NotFound, ValidationError

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
            raise ValidationError(f"{label} is verplicht.")
        return None
    if len(value) > max_length:
        raise ValidationError(f"{label} is te lang (maximaal {max_length} tekens).")
    return value


def choice(value, allowed: dict, label: str) -> str:
    """Return `value` if it is one of the keys of `allowed`."""
    if value not in allowed:
        raise ValidationError(f"Onbekende waarde voor {label}: {value!r}.")
    return value


def parse_dates(values) -> list[date]:
    """Return ISO date strings (or dates) as sorted unique dates."""
    result = set()
    for value in values or []:
        if isinstance(value, date):
            result.add(value)
            continue
        value = (value or "").strip()
        if not value:
            continue
        try:
            result.add(date.fromisoformat(value))
        except ValueError:
            raise ValidationError(f"Ongeldige datum: {value!r} (gebruik jjjj-mm-dd).") from None
    return sorted(result)


def check_version(obj, expected_version, *, what: str, submitted=None) -> None:
    """Raise Conflict when `obj` changed since the user loaded it at `expected_version`."""
    if expected_version is not None and int(expected_version) != obj.version:
        raise Conflict(
            f"{what} is intussen door iemand anders gewijzigd. Uw tekst is niet verloren: "
            "vergelijk hieronder en sla opnieuw op.",
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
        raise NotFound(f"{what} bestaat niet (meer).")
    return obj
