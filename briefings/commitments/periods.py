"""Dutch due phrases ("voor de zomer", "eind 2024", "uiterlijk 1 januari 2026") resolved to dates.

A commitment keeps its due phrase as written and gets a date for sorting and for "te laat".

Reference date rule: a phrase is read relative to a *reference date* — the date of the meeting
in which the commitment was made, or today when there is none. A phrase without a year means
the first such period whose deadline is on or after the reference date ("voor de zomer" said on
28 februari 2024 is 30 juni 2024; said on 1 augustus 2024 it is 30 juni 2025). "volgend jaar",
"dit jaar" and "volgend voorjaar" count from the reference date's calendar year.

The resolved date is the *last day that still keeps the promise*:

- a period P (year, half year, quarter, season, month) ends on its last day: "in het voorjaar",
  "eind 2024", "Q3 2025", "in maart", "uiterlijk het derde kwartaal";
- "voor P" / "vóór P" is the day before P starts: "voor de zomer" = 30 juni;
- "begin P" is the end of P's first quarter (year: 31 maart, month: the 10th, season: the end of
  its first month); "medio P" / "half P" / "halverwege P" is the middle of P (year: 30 juni);
- "na P" is the last day of the month after P ends: "na de zomer" = 30 september;
- a day: "uiterlijk 1 januari 2026" / "op 1 maart" / "1-3-2026" is that day, "voor 1 maart"
  the day before ("na 1 maart" sets no deadline: unknown);
- "binnen 6 weken" / "over 3 maanden" counts from the reference date.

Seasons: voorjaar (lente) = maart-mei, zomer (zomerreces) = juli-augustus, najaar (herfst) =
september-november. Anything else ("zo snel mogelijk", "binnenkort", "in de winter") is not
resolved: the phrase is kept, `unknown` is set and the UI says "datum onbekend" — never a guess.
"""

import calendar
import re
from datetime import date, timedelta
from typing import NamedTuple

from briefings.commitments import cycle
from briefings.validation import MONTHS
from briefings.vocabulary import DUTCH_MONTHS

UNKNOWN_LABEL = "datum onbekend"


class Due(NamedTuple):
    text: str | None
    date: date | None
    unknown: bool


_MONTH = "|".join(DUTCH_MONTHS)
#: a day date may abbreviate its month as people type it: "5 mrt 2026", "5 sept. 2026"
_MONTH_ABBREVIATED = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = r"(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+)?"
_SEASONS = {"voorjaar": (3, 5), "lente": (3, 5), "zomer": (7, 8), "zomerreces": (7, 8),
            "najaar": (9, 11), "herfst": (9, 11)}
_ORDINALS = {"eerste": 1, "1e": 1, "tweede": 2, "2e": 2, "derde": 3, "3e": 3, "vierde": 4, "4e": 4}
_ORD = "|".join(_ORDINALS)
_MOD = (r"(?:(?P<mod>uiterlijk|vóór|voor|na|in|tijdens|rond|omstreeks|eind|einde|begin|medio|half"
        r"|halverwege)\s+)?(?:(?:aan\s+)?(?:het|de)\s+(?P<mod2>eind|einde|begin|helft)\s+van\s+)?")
_YEAR = r"(?:\s+(?:van\s+)?(?:(?P<year>20\d\d)\b|(?P<yrel>dit|volgend|komend)\s+jaar))?"
_PERIOD = (rf"(?:(?:de|het)\s+)?(?:(?P<rel>deze|dit|komend|komende|volgend|volgende)\s+)?"
           rf"(?P<period>voorjaar|lente|zomerreces|zomer|najaar|herfst|{_MONTH}"
           rf"|(?P<qord>{_ORD})\s+kwartaal|q(?P<qnum>[1-4])|(?P<hord>eerste|tweede)\s+helft)")

PATTERNS = {
    "day": re.compile(
        rf"(?:(?P<mod>uiterlijk|vóór|voor|op|per|tot|na)\s+)?{_WEEKDAY}(?P<day>\d{{1,2}})\s+"
        rf"(?P<month>{_MONTH_ABBREVIATED})\b\.?(?:\s+(?P<year>20\d\d))?\b", re.I),
    "iso": re.compile(r"(?:(?P<mod>uiterlijk|vóór|voor|op|per|tot)\s+)?"
                      r"\b(?P<year>20\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b", re.I),
    "numeric": re.compile(r"(?:(?P<mod>uiterlijk|vóór|voor|op|per|tot)\s+)?\b(?P<day>\d{1,2})"
                          r"[-/](?P<month>\d{1,2})[-/](?P<year>20\d\d)\b", re.I),
    "period": re.compile(rf"\b{_MOD}{_PERIOD}\b{_YEAR}", re.I),
    "year": re.compile(rf"\b{_MOD}(?:(?P<year>20\d\d)\b|(?:van\s+)?(?:het\s+)?"
                       rf"(?P<yrel>dit|deze|volgend|komend|het)\s+jaar\b)", re.I),
    "cycle": re.compile(rf"\b(?:(?P<mod>uiterlijk|vóór|voor|bij|met|na|in|tijdens|rond)\s+)?"
                        rf"(?:de\s+|het\s+)?(?P<doc>{cycle.DOCUMENTS})(?:\s+(?P<year>20\d\d))?\b",
                        re.I),
    #: "zodra het gereed is": a real due phrase, but no date can be given (datum onbekend)
    "when_ready": re.compile(r"\b(?:zodra|wanneer|als)\s+(?:het|de|dit|die|deze|dat|er)\b[^,.;]*"
                             r"\b(?:gereed|klaar|bekend|beschikbaar|afgerond|binnen|er)\s+(?:is|zijn)\b"
                             r"|\bzo\s+(?:snel|spoedig)\s+mogelijk\b|\bop\s+korte\s+termijn\b"
                             r"|\bbinnenkort\b", re.I),
    "within": re.compile(r"\b(?:binnen|over)\s+(?:\d+\s*[-–]\s*)?(?P<n>\d+|een|twee|drie|vier|zes"
                         r"|acht)\s+"
                         r"(?P<unit>weken|week|maanden|maand|jaar|jaren)\b", re.I),
}
_NUMBERS = {"een": 1, "twee": 2, "drie": 3, "vier": 4, "zes": 6, "acht": 8}


#: a period right after these words says when something was said, not when it is due
_SAID_IN = re.compile(r"\b((raad|commissie|vergadering|brief)\s+van|sinds|afgelopen|vorige?)"
                      r"\s+(de\s+|het\s+)?$", re.I)


def find_due_text(text: str) -> str | None:
    """Return the first due phrase in `text` as written, or None.

    "zoals toegezegd in de raad van december" names when a promise was made: skipped.
    """
    text = text or ""
    matches = sorted((m.start(), -len(m.group(0)), m.group(0))
                     for pattern in PATTERNS.values() for m in pattern.finditer(text)
                     if not _SAID_IN.search(text[:m.start()]))
    return matches[0][2].strip() if matches else None


def resolve_due(text: str | None, reference: date) -> Due:
    """Return the due phrase kept as written, with its date or `unknown` (see module docstring)."""
    text = " ".join((text or "").split()) or None
    if text is None:
        return Due(None, None, False)
    match = _first_match(text)
    resolved = _RESOLVERS[match[0]](match[1], reference) if match else None
    return Due(text, resolved, resolved is None)


def _first_match(text):
    """Return (kind, match) of the earliest, then longest, pattern match in `text`."""
    found = [(m.start(), -len(m.group(0)), kind, m)
             for kind, pattern in PATTERNS.items() if (m := pattern.search(text))]
    if not found:
        return None
    _, _, kind, match = min(found, key=lambda item: item[:2])
    return kind, match


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(value: date, months: int) -> date:
    index = value.month - 1 + months
    year, month = value.year + index // 12, index % 12 + 1
    return date(year, month, min(value.day, calendar.monthrange(year, month)[1]))


def _resolve_day(match, reference: date) -> date | None:
    return _day(match, reference, MONTHS[match["month"].lower()])


def _resolve_iso(match, reference: date) -> date | None:
    """Resolve "2025-03-01" and "1-3-2025" (day-month-year, as the Dutch write it)."""
    return _day(match, reference, int(match["month"]))


def _day(match, reference, month) -> date | None:
    year = int(match["year"]) if match["year"] else reference.year
    try:
        value = date(year, month, int(match["day"]))
        if not match["year"] and value < reference:
            value = date(year + 1, month, int(match["day"]))
    except ValueError:
        return None
    mod = (match["mod"] or "").lower()
    if mod == "na":
        return None  # "na 1 maart" sets no deadline
    return value - timedelta(days=1) if mod in ("voor", "vóór") else value


def _period_months(match) -> tuple[int, int]:
    """Return the first and last month of the named period."""
    word = match["period"].lower()
    if word in _SEASONS:
        return _SEASONS[word]
    if word in DUTCH_MONTHS:
        month = DUTCH_MONTHS.index(word) + 1
        return month, month
    if match["qord"] or match["qnum"]:
        quarter = _ORDINALS[match["qord"].lower()] if match["qord"] else int(match["qnum"])
        return 3 * quarter - 2, 3 * quarter
    half = 1 if match["hord"].lower() == "eerste" else 2
    return 6 * half - 5, 6 * half


def _resolve_period(match, reference: date) -> date | None:
    first, last = _period_months(match)
    rel = (match["rel"] or "").lower()
    year = _explicit_year(match, reference)
    if year is None and rel.startswith(("volgend", "komend")):
        year = reference.year + 1
    if year is None:
        year = reference.year
        if _deadline(match, year, first, last) < reference:
            year += 1
    return _deadline(match, year, first, last)


def _resolve_year(match, reference: date) -> date | None:
    year = _explicit_year(match, reference) or reference.year
    return _deadline(match, year, 1, 12)


def _explicit_year(match, reference: date) -> int | None:
    if match["year"]:
        return int(match["year"])
    yrel = (match["yrel"] or "").lower()
    if yrel in ("volgend", "komend"):
        return reference.year + 1
    return reference.year if yrel in ("dit", "deze", "het") else None


def _deadline(match, year: int, first: int, last: int) -> date:
    """Apply the modifier (voor, begin, medio, na, eind, ...) to a period of whole months."""
    mod = (match["mod2"] or match["mod"] or "").lower()
    start, end = date(year, first, 1), _month_end(year, last)
    months = last - first + 1
    if mod in ("voor", "vóór"):
        return start - timedelta(days=1)
    if mod == "na":
        return _month_end(*_roll(year, last + 1))
    if mod == "begin":
        return start + timedelta(days=9) if months == 1 else _month_end(
            year, first + max(months // 4, 1) - 1)
    if mod in ("medio", "half", "halverwege", "helft"):
        return start + timedelta(days=14) if months == 1 else _month_end(
            year, first + months // 2 - 1)
    return end


def _roll(year: int, month: int) -> tuple[int, int]:
    """Return (year, month) for a month number that may run past december."""
    return year + (month - 1) // 12, (month - 1) % 12 + 1


def _resolve_within(match, reference: date) -> date:
    raw = match["n"].lower()
    count = _NUMBERS.get(raw) or int(raw)
    unit = match["unit"].lower()
    if unit.startswith("we"):
        return reference + timedelta(weeks=count)
    return _add_months(reference, count * (12 if unit.startswith("ja") else 1))


def _resolve_cycle(match, reference: date) -> date | None:
    """"voor de begroting" is the day before the council deals with it, "bij" that day."""
    month, day = cycle.meeting_date(match["doc"])
    doc = " ".join(match["doc"].lower().split())
    mod = (match["mod"] or "").lower()
    if mod == "na":
        return None  # after the begroting sets no deadline
    if match["year"]:
        year = int(match["year"]) + cycle.YEAR_SHIFT.get(doc, 0)
    else:
        year = reference.year + (date(reference.year, month, day) < reference)
    value = date(year, month, day)
    return value - timedelta(days=1) if mod in ("voor", "vóór") else value


_RESOLVERS = {"day": _resolve_day, "iso": _resolve_iso, "numeric": _resolve_iso,
              "cycle": _resolve_cycle, "when_ready": lambda match, reference: None,
              "period": _resolve_period, "year": _resolve_year, "within": _resolve_within}
