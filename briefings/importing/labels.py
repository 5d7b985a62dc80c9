"""Recognise what a paragraph is: section heading, block, asker, answer label, remark."""

import re
from typing import NamedTuple

from briefings.importing import askers, layouts
from briefings.importing.cleanup import REDACTION, is_redaction

SECTION_HEADINGS = (
    (re.compile(r"^Kernboodschap(?:pen)?\b\s*(?P<rest>.*)$", re.I), "kernboodschap"),
    (re.compile(r"^Handelingsperspectief\b\s*(?P<rest>.*)$", re.I), "handelingsperspectief"),
    (re.compile(r"^(?:Algemene informatie|Achtergrond(?:informatie)?)\b\s*(?P<rest>.*)$", re.I),
     "achtergrond"),
    (re.compile(r"^Overig\s*(?P<rest>)$", re.I), "overig"),
    # the asker's introduction above schriftelijke vragen (Gemeenteblad)
    (re.compile(r"^Inleiding(?: door (?:de )?vragensteller)?\.?\s*(?P<rest>)$", re.I),
     "achtergrond"),
)
BLOCK = re.compile(
    r"^(?:Vragen\b|Q\s*&\s*A\b|Beantwoording\b|Persvragen\b|Mogelijke vragen\b|"
    r"Vragen en antwoorden\b)", re.I)
BLOCK_ASKER = re.compile(r"\b(?:burgerraadslid|burgerlid|raadslid|lid)\s+"
                         r"(?P<name>[^()\[\],]+?)\s*,?\s*\((?P<party>[^)]+)\)", re.I)
ASKER = re.compile(
    r"^(?P<role>Lid|Raadslid|Commissielid|Journalist|Fractie)\s+"
    r"(?P<name>(?:[A-ZÀ-ÖØ-Þ]|van |de |der |den |ter |5\.)[^()?]{0,60}?)\s*,?\s*"
    r"(?:\((?P<party>[^)]+)\)|,\s*(?P<party2>(?:lijst|fractie|namens)\s+[^?]+?)|"
    r"(?P<none>))\s*:?$"
)
ROLES = {"lid": "raadslid", "raadslid": "raadslid", "fractie": "raadslid",
         "commissielid": "commissielid", "journalist": "journalist"}
LABEL = re.compile(
    r"^(?P<label>Alternatief antwoord|Alternatieve aanvulling|Alternatief|Antwoord|A(?=\s*:)|"
    r"Ter toelichting|Toelichting|NB \(intern\)|N\.?B\.?|Noot|Notitie|Interne notitie)"
    r"(?P<sep>\s*:|\s*$|\s+(?=\S))\s*(?P<rest>.*)$", re.I)
LABEL_KINDS = {
    "antwoord": "antwoord", "a": "antwoord", "alternatief antwoord": "alternatief_antwoord",
    "alternatief": "alternatief_antwoord", "alternatieve aanvulling": "alternatieve_aanvulling",
    "toelichting": "explanation", "ter toelichting": "explanation", "nb": "note", "n.b.": "note",
    "n.b": "note", "noot": "note", "notitie": "note", "interne notitie": "note",
    "nb (intern)": "note",
}
SEE_ABOVE = re.compile(r"^zie\s+(?:boven|hierboven|eerder|vorige|antwoord|vraag)\b", re.I)
REMARK = re.compile(
    r"^(?P<name>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?)\s*:\s*(?P<remark>(?:kunnen|kun|kan|graag|moet|"
    r"moeten|mag|klopt|is dit|waarom|check|nog|aanpassen|toevoegen|liever|misschien|svp|"
    r"suggestie|vraag|hier|deze|dit)\b.*)$")
NOT_REVIEWERS = {"Bijvoorbeeld", "Conclusie", "Vraag", "Kortom", "Tip", "Samenvatting", "Doel",
                 "Status", "Actie", "Opmerking", "Let", "Let Op", "Eventueel", "Zie"}
_BOLD = re.compile(r"\*\*|__")
_META = re.compile(r"^\*?\((?:Concept|Ter review|Akkoord|Afgewezen)\b[^()]*\)\*?$")
_NAME_PARTY = re.compile(r"^(?P<name>[^()]+?)\s*(?:\((?P<party>[^)]*)\))?$")


class Label(NamedTuple):
    kind: str  # a variant label code, "explanation" or "note"
    rest: str
    written: str


def plain(text: str) -> str:
    """Return `text` without bold markers and a trailing colon, for matching headings."""
    return _BOLD.sub("", text).strip().rstrip(":").strip()


def section_heading(text: str) -> tuple[str, str] | None:
    """Return (kind, heading) for 'Kernboodschap', 'Kernboodschap OMA:', 'Handelingsperspectief'."""
    text = plain(text)
    if len(text) > 80:
        return None
    for pattern, kind in SECTION_HEADINGS:
        match = pattern.match(text)
        if match:
            return kind, text if match["rest"].strip() else ""
    return None


def is_block(text: str) -> bool:
    text = plain(text)
    if re.match(r"^Beantwoording\s*(?::|$)", text, re.I) or layouts.ANSWERER_LABEL.match(text):
        return False  # 'Beantwoording:', 'Beantwoording D&H:' label an answer
    return ((bool(BLOCK.match(text)) and len(text) <= 150 and not text.endswith("?"))
            or layouts.is_block(text))


def block_asker(text: str) -> dict | None:
    """'Q&A raadslid X (lijst X) [juli 2025]', 'Vragen van de fractie X', 'Technische vragen
    SP / PvdD' name their asker."""
    match = BLOCK_ASKER.search(plain(text))
    if not match:
        return askers.block_asker(plain(text))
    return {"name": match["name"].strip(), "party": match["party"].strip(), "role": "raadslid"}


def asker(text: str) -> dict | None:
    """'Lid Mangal (Denk)', 'Lid van Pijpen, (GroenLinks)', 'Raadslid Jansen, lijst Jansen'."""
    text = plain(text)
    if len(text) > 100 or text.endswith("?"):
        return None
    match = ASKER.match(text)
    if not match:
        return None
    name = match["name"].strip(" ,")
    if match["none"] is not None and (len(name.split()) > 4 or name.endswith(".")):
        return None
    party = (match["party"] or match["party2"] or "").strip()
    if match["role"].lower() == "fractie" and not party:
        return askers.fractie_asker(name)  # 'Fractie D66': the party asks
    return {"name": name, "party": party, "role": ROLES[match["role"].lower()]}


def question_label(text: str) -> tuple[str | None, str] | None:
    """'Vraag: Klopt het?', 'Vraag 3: Klopt het?', 'Vraag: 3' -> (number, question or '')."""
    return layouts.question_label(_BOLD.sub("", text).strip())


def named_asker(text: str, *, role: str) -> dict:
    """A heading 'Naam (medium)' under which questions stand, without 'Lid' or 'Raadslid'."""
    match = _NAME_PARTY.match(plain(text))
    if not match:
        return {"name": plain(text), "party": "", "role": role}
    return {"name": match["name"].strip(), "party": (match["party"] or "").strip(), "role": role}


def label(text: str) -> Label | None:
    """Return the answer label a paragraph starts with ('Antwoord:', 'Toelichting:', 'NB:')."""
    stripped = _BOLD.sub("", text).strip()
    match = LABEL.match(stripped)
    if not match:
        return None
    written = match["label"].lower()
    rest = match["rest"].strip()
    if _META.match(rest):  # our export: "Antwoord (Akkoord, Jan Jansen, gekozen)"
        return Label(LABEL_KINDS[written], "", stripped)
    needs_colon = written not in ("ter toelichting", "antwoord")
    if needs_colon and ":" not in match["sep"] and rest:
        return None
    if written == "antwoord" and ":" not in match["sep"] and rest and not is_redaction(rest):
        return None
    if written == "ter toelichting":
        rest = stripped
    return Label(LABEL_KINDS[written], rest, stripped)


def is_see_above(rest: str) -> bool:
    return bool(SEE_ABOVE.match(rest))


def reviewer_remark(text: str) -> tuple[str, str] | None:
    """'Naam: kunnen we deze zin concreter maken' -> (name, remark); also behind a redaction
    mark ('5.1, 2, e: kunnen we ...'). 'Wmo: kan worden aangevraagd' is a definition."""
    text = _BOLD.sub("", text).strip()
    redacted = layouts.redacted_remark(text)
    if redacted:
        return redacted
    match = REMARK.match(text)
    if not match or match["name"] in NOT_REVIEWERS or REDACTION.search(match["name"]):
        return None
    if match["name"].isupper() or not layouts.looks_like_remark(match["remark"]):
        return None
    return match["name"], match["remark"]
