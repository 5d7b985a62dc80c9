"""What the columns, statuses, kinds and dates of an exported toezeggingenlijst mean.

Column names differ per council information system and griffie ("Omschrijving", "Toezegging",
"Actie - toezegging"; "Termijn", "Datum afdoening", "Deadline"), so a header is matched on its
words; the user can correct the mapping in the preview.
"""

import re
from datetime import date, datetime

from briefings.vocabulary import DUTCH_MONTHS

#: field → how the preview names it
FIELDS = {
    "number": "Nummer", "kind": "Soort (toezegging of motie)", "agenda_item": "Agendapunt",
    "title": "Titel", "text": "Toezegging (omschrijving)", "portfolio_holder": "Portefeuillehouder",
    "made_on": "Datum toezegging", "made_to": "Gedaan in (raad of commissie)",
    "due": "Termijn of datum afdoening", "progress": "Stand van zaken", "status": "Status",
    "done": "Afgehandeld (ja/nee)",
}
IGNORE = ""

#: checked in this order: "Datum afdoening" is a due date before it is a date
_HEADERS = [
    ("due", r"termijn|datum afdoening|afdoeningsdatum|deadline|streefdatum|uiterste datum"
            r"|planning|gepland|verwachte afdoening|afdoen voor|datum gereed"),
    ("made_on", r"datum toezegging|datum vergadering|vergaderdatum|datum raad|datum commissie"
                r"|gedaan op|datum aangenomen|datum motie|datum"),
    ("number", r"nr|nummer|no|kenmerk|id|volgnummer|registratienummer|toezeggingsnummer"
               r"|toezeggingnummer|motienummer"),
    ("status", r"status|stand"),
    ("done", r"afgehandeld|afgedaan|voldaan|gereed|afgerond"),
    ("kind", r"soort|type|soort item"),
    ("agenda_item", r"agendapunt|agenda punt|agendanummer"),
    ("title", r"titel|onderwerp|naam"),
    ("portfolio_holder", r"portefeuillehouder|wethouder|bestuurder|verantwoordelijke"
                         r"|verantwoordelijke n|verantwoordelijk|burgemeester|bewindspersoon|pfh"),
    ("progress", r"stand van zaken|voortgang|toelichting|opmerking|opmerkingen|afdoening"
                 r"|wijze van afdoening|afdoeningsvoorstel|reactie college"),
    ("made_to", r"commissie|vergadering|gremium|orgaan|gedaan in|gedaan aan"),
    ("text", r"omschrijving|toezegging|toezeggingen|tekst|inhoud|actie toezegging|actie"
             r"|motie|beschrijving|dictum|toezegging omschrijving|korte omschrijving"),
]

STATUS_WORDS = {
    "openstaand": "openstaand", "open": "openstaand", "nog niet afgedaan": "openstaand",
    "niet afgedaan": "openstaand", "nieuw": "openstaand", "lopend": "in_behandeling",
    "in behandeling": "in_behandeling", "in uitvoering": "in_behandeling",
    "loopt": "in_behandeling", "in voorbereiding": "in_behandeling",
    "deels voldaan": "deels_voldaan", "gedeeltelijk voldaan": "deels_voldaan",
    "deels afgedaan": "deels_voldaan", "deels afgehandeld": "deels_voldaan",
    "voldaan": "voldaan", "afgedaan": "voldaan", "afgehandeld": "voldaan",
    "afgerond": "voldaan", "gereed": "voldaan", "uitgevoerd": "voldaan", "nagekomen": "voldaan",
    "vervallen": "vervallen", "ingetrokken": "vervallen", "niet meer van toepassing": "vervallen",
}
_YES = {"ja", "j", "x", "yes", "y", "1", "true", "waar", "afgehandeld", "afgedaan", "voldaan"}
_ABBREVIATIONS = {"jan": 1, "feb": 2, "mrt": 3, "maa": 3, "apr": 4, "jun": 6, "jul": 7,
                  "aug": 8, "sep": 9, "sept": 9, "okt": 10, "oct": 10, "nov": 11, "dec": 12}
DATE_WORDS = list(DUTCH_MONTHS) + list(_ABBREVIATIONS)


def normalise(header) -> str:
    return " ".join(re.sub(r"[^a-zà-ÿ]+", " ", str(header or "").lower()).split())


def guess_field(header, *, strict: bool = False) -> str | None:
    """Return the field a column header names, or None. `strict`: the whole label, nothing
    more ("Status", not "Status deels"), for labels at the start of a line of text."""
    name = normalise(header)
    if not name or len(name) > 40 or (strict and re.search(r"\d", str(header))):
        return None
    for field, pattern in _HEADERS:
        if re.fullmatch(rf"(?:{pattern})" + ("" if strict else r"(?: \w+)?"), name):
            return field
    return None


def guess_mapping(headers: list[str]) -> list[str]:
    """Return one field per column (IGNORE when unknown); a field goes to its first column."""
    used, mapping = set(), []
    for header in headers:
        field = guess_field(header)
        mapping.append(field if field and field not in used else IGNORE)
        used.add(field)
    return mapping


def is_header_row(row) -> bool:
    """A header names at least two different fields, one of them what the commitment is."""
    fields = {guess_field(cell) for cell in row if isinstance(cell, str)} - {None}
    return len(fields) >= 2 and bool(fields & {"text", "title", "number"})


def map_status(value) -> str | None:
    """Return the status code for a status as registers write it, or None when unknown."""
    text = normalise(value)
    if not text:
        return None
    if text in STATUS_WORDS:
        return STATUS_WORDS[text]
    found = [code for word, code in sorted(STATUS_WORDS.items(), key=lambda i: -len(i[0]))
             if re.search(rf"\b{word}\b", text)]
    return found[0] if found else None


def is_yes(value) -> bool:
    return normalise(value) in _YES


def map_kind(value, number) -> str:
    """A motie when its kind or number says so ("Motie", "M-81"); a toezegging otherwise."""
    if re.search(r"\bmotie|\bamendement", normalise(value)):
        return "motie"
    return "motie" if re.match(r"^\s*M\s*-?\s*\d", str(number or "")) else "toezegging"


_NUMERIC = re.compile(r"^\s*(\d{1,4})[-/.](\d{1,2})[-/.](\d{2,4})\s*$")
_WORDS = re.compile(rf"^\s*(?:\w+dag\s+)?(\d{{1,2}})\s+({'|'.join(DATE_WORDS)})\.?\s+(\d{{4}})\s*$",
                    re.I)


def date_parts(value) -> tuple[int, int, int] | None:
    """Return (first, second, year) of a numeric date like 5/3/2022, else None."""
    match = _NUMERIC.match(str(value or ""))
    if not match or len(match[1]) == 4:
        return None
    year = int(match[3])
    return int(match[1]), int(match[2]), year + 2000 if year < 100 else year


def is_ambiguous(value) -> bool:
    """5/3/2022 can be 5 March or 3 May; 25/3/2022 and 2022-03-05 cannot."""
    parts = date_parts(value)
    return bool(parts) and parts[0] <= 12 and parts[1] <= 12 and parts[0] != parts[1]


def parse_date(value, order: str = "dmy") -> date | None:
    """Return the date in a cell: an Excel date, 2022-03-05, 5-3-2022 (`order` "dmy" or "mdy"
    for day and month), 5 maart 2022, vrijdag 3 maart 2023; None when it is no date."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value or "").strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return date.fromisoformat(text)
        if parts := date_parts(text):
            first, second, year = parts
            if first > 12 or (second <= 12 and order == "dmy"):
                return date(year, second, first)
            return date(year, first, second)
        if match := _WORDS.match(text):
            month = match[2].lower()
            number = (DUTCH_MONTHS.index(month) + 1 if month in DUTCH_MONTHS
                      else _ABBREVIATIONS[month[:4] if month[:4] in _ABBREVIATIONS else month[:3]])
            return date(int(match[3]), number, int(match[1]))
    except (ValueError, KeyError):
        return None
    return None
