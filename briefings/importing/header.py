"""The header lines of an annotation: portfolio holder, meeting, number, title, decision."""

import re
from datetime import date

from briefings.vocabulary import DUTCH_MONTHS

_MONTH = "(?:" + "|".join(DUTCH_MONTHS) + ")"
_DAYS = r"\d{1,2}(?:\s*(?:,|en|&|t/m|-)\s*\d{1,2})*"

PORTFOLIO = re.compile(
    r"^(?:Annotatie|Persvragen|Q&A)\s+(?:voor|t\.?b\.?v\.?)\s+(?P<holder>.+?)\.?$", re.IGNORECASE)
#: 'Ruben Brekelmans (minister defensie) (VVD)': who answers, on a page of Kamervragen
PORTFOLIO_LINE = re.compile(
    r"^(?P<holder>[A-ZÀ-ÖØ-Þ][\w'. -]{2,40}?\s*\((?:minister|staatssecretaris|wethouder|"
    r"gedeputeerde|burgemeester)\b[^()]{0,60}\))(?:\s*\([^()]{1,30}\))?$", re.IGNORECASE)
PORTFOLIO_FIELD = re.compile(r"^(?:Portefeuillehouder|Bestuurder)\s*:\s*(?P<holder>.+)$",
                             re.IGNORECASE)
#: a committee's name, also of more words: 'FKD', 'Bestuur en Middelen', 'Zorg & Welzijn'
_COMMITTEE_NAME = r"(?:\s+[A-Z][\w&-]*(?:\s+(?:en|voor|van|&)\s+[A-Z][\w&-]*|\s+[A-Z][\w&-]*)*)?"
MEETING = re.compile(
    r"^(?:Vergadering\s*:\s*)?(?P<name>Raad(?:svergadering)?|Gemeenteraad|Vragenuur|"
    rf"Stadsdeelcommissie{_COMMITTEE_NAME}|Commissie(?:vergadering)?{_COMMITTEE_NAME})"
    rf"(?:\s+van|\s*:)?\s+(?P<dates>{_DAYS}\s+{_MONTH}\s+\d{{4}})\.?$",
    re.IGNORECASE,
)
#: the meeting a heading names in passing: 'Vragen van X voor de commissie Ruimte van 4 juni
#: 2025', 'Vragenuur 30 mei 2024'; the committee's name in capitals, so 'van' ends it
_MEETING_IN_TEXT = re.compile(
    r"(?:^|\b(?i:voor|in|tijdens)\s+(?i:de|het)\s+)(?P<name>(?i:vragenuur|raadsvergadering|"
    r"gemeenteraad|raad)|(?i:commissie)(?:\s+(?:en\s+|voor\s+|&\s+)?[A-Z][\w&-]*)+)"
    rf"(?:\s+(?i:van)|\s*:)?\s+(?:(?i:maan|dins|woens|donder|vrij|zater|zon)dag\s+)?"
    rf"(?P<dates>{_DAYS}\s+(?i:{_MONTH})\s+\d{{4}})\b")
#: 'Datum: donderdag 30 mei 2024' under a title that names the meeting ('Verslag vragenuur')
DATE_FIELD = re.compile(
    r"^Datum(?:\s+vergadering)?\s*:\s*(?:(?:maan|dins|woens|donder|vrij|zater|zon)dag\s+)?"
    rf"(?P<dates>(?:{_DAYS}\s+)?{_MONTH}\s+\d{{4}})\.?$", re.IGNORECASE)
_MEETING_WORD = re.compile(r"\b(?P<name>vragenuur|raadsvergadering|commissievergadering)\b",
                           re.IGNORECASE)
REGISTRATION = re.compile(r"\(?\b(?P<number>[A-Z]{2,4}\d{4}-\d{3,})\b\)?")
NUMBERED_TITLE = re.compile(
    r"^Annotatie\s+(?:Nr\.?|nummer)\s*(?P<item>\d+[a-z]?)\s*[:.]?\s+(?P<title>.+?)\.?$",
    re.IGNORECASE,
)
AGENDA_ITEM = re.compile(r"^Agendapunt\s*:?\s*(?P<item>\[?\d+[a-z]?\]?)\s*[:.]?\s*(?P<title>.*)$",
                         re.IGNORECASE)
TITLE_FIELD = re.compile(r"^(?:Titel|Onderwerp)\s*:\s*(?P<title>.+)$", re.IGNORECASE)
REGISTRATION_FIELD = re.compile(r"^Registratienummer\s*:?\s*(?P<number>\S+)$", re.IGNORECASE)
DECISION = re.compile(r"^(?:Aan de (?:raad|commissie) )?gevraagd besluit\s*:?\s*(?P<value>.*)$",
                      re.IGNORECASE)
OFFICIALS = re.compile(r"^Behandelend(?:e)? ambtena(?:ar|ren)\s*:?\s*(?P<value>.*)$",
                       re.IGNORECASE)
OVERVIEW = re.compile(r"^De annotatie bestaat uit (?:de volgende onderdelen|het volgende)\s*:?$",
                      re.IGNORECASE)
CONDITIONAL = re.compile(r"^(?:Mocht|Als|Indien|Wanneer) (?:iemand|een raadslid|men|de raad)\b"
                         r".*\b(?:begint|beginnen|vraagt|vragen|over)\b.*$", re.IGNORECASE)
_ARTICLE = (r"\s+(?:ex|conform)?\s*(?:art\.|artikel)\s*\d+[a-z]?"
            r"(?:\s+(?:RvO|\(RvO\)|van het Reglement van Orde(?: voor de raad)?))?")
#: our own export's header rows the structure has no field for, and its "incomplete" banner
IGNORED = re.compile(r"^(?:(?:Status|Interne deadline)\s*:|ONVOLLEDIG: deze versie bevat"
                     # the kind of letter on its first line: the subject names it
                     r"|(?:Raadsinformatiebrief|Raadsbrief|Collegebrief|Statenbrief|"
                     r"Informatiebrief|Memo)$"
                     # 'Statenvragen ex art. 41 RvO', 'Raadsvragen': the kind of questions
                     rf"|(?:(?:Schriftelijke|Mondelinge)\s+)?(?:(?:Raads|Staten|Commissie)vragen"
                     rf"(?:{_ARTICLE})?|vragen{_ARTICLE})$"
                     # a date that is no meeting ('Datum: maart 2021'); who chairs
                     r"|Datum\s*:\s*(?:\w+dag\s+)?(?:\d{1,2}\s+)?[a-z]+\s+\d{4}\.?$"
                     r"|(?:Voorzitter|Griffier|Notulist)\s*:)", re.IGNORECASE)
#: fields written as 'Name: value', which a letter may put below its title
ASKER_FIELD = re.compile(r"^(?:Indiener|Vragensteller|Vraagsteller|Ingediend door|Van)\s*:\s*"
                         r"(?P<asker>\S.{0,100})$", re.IGNORECASE)
FIELDS = (PORTFOLIO_FIELD, TITLE_FIELD, REGISTRATION_FIELD, OFFICIALS, ASKER_FIELD, AGENDA_ITEM)
BODIES = (("stadsdeelcommissie", "stadsdeelcommissie"), ("commissie", "commissie"),
          ("raad", "raad"), ("gemeenteraad", "raad"), ("vragenuur", "raad"))


def meeting_from(match: re.Match) -> dict:
    """Return {body, name, dates} from a MEETING match; dates as ISO strings."""
    name = " ".join(match["name"].split())
    lowered = name.lower()
    body = next(b for prefix, b in BODIES if lowered.startswith(prefix))
    name = name[0].upper() + name[1:]
    return {"body": body, "name": name, "dates": parse_dutch_dates(match["dates"])}


def meeting_in(text: str) -> dict | None:
    """The meeting a heading or a sentence names, with its date; None when it names none."""
    match = _MEETING_IN_TEXT.search(text)
    if not match:
        return None
    name = " ".join(match["name"].split())
    body = "commissie" if name.lower().startswith("commissie") else "raad"
    dates = parse_dutch_dates(match["dates"])
    return {"body": body, "name": name[0].upper() + name[1:], "dates": dates} if dates else None


def meeting_of_title(title: str | None, date_field: str) -> dict | None:
    """'Verslag vragenuur gemeenteraad X' with 'Datum: 30 mei 2024': the vragenuur of that day.
    """
    match = DATE_FIELD.match(date_field)
    word = _MEETING_WORD.search(title or "")
    if not (match and word):
        return None
    dates = parse_dutch_dates(match["dates"])
    name = word["name"].lower()
    body = "commissie" if name.startswith("commissie") else "raad"
    return {"body": body, "name": name[0].upper() + name[1:], "dates": dates} if dates else None


def parse_dutch_dates(text: str) -> list[str]:
    """'9 en 10 juli 2025' -> ['2025-07-09', '2025-07-10'] (invalid days are left out)."""
    match = re.search(rf"(?P<days>{_DAYS})\s+(?P<month>{_MONTH})\s+(?P<year>\d{{4}})", text,
                      re.IGNORECASE)
    if not match:
        return []
    month = DUTCH_MONTHS.index(match["month"].lower()) + 1
    days = [int(d) for d in re.findall(r"\d{1,2}", match["days"])]
    if "t/m" in match["days"] or "-" in match["days"]:
        days = list(range(days[0], days[-1] + 1)) if len(days) == 2 else days
    result = []
    for day in days:
        try:
            result.append(date(int(match["year"]), month, day).isoformat())
        except ValueError:
            continue
    return result
