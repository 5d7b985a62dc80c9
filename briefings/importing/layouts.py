"""Recognisers for the layouts of other governments' Q&A documents.

Schriftelijke vragen of councils and provinces, Tweede Kamer "lijsten van vragen en antwoorden",
technische vragen: question labels with the number on its own, answer labels that name the
questions they answer, blocks, and the official furniture
(kamerstuk numbers, "Vastgesteld", signatures, page headers) that is never a question.
"""

import re

from briefings.importing.cleanup import REDACTION

_NUMBER = r"\d{1,4}[a-z]?"
_RANGE_SEPARATORS = r"(?:,|en|t/m|tot en met|-|–|&)"
_REFS = rf"{_NUMBER}(?:\s*{_RANGE_SEPARATORS}\s*{_NUMBER})*"

#: a question's own number: "3", "14a", and the "14-2" of lists numbered per fractie
_QUESTION_NUMBER = rf"{_NUMBER}(?:-\d{{1,3}}(?![\d-]))?"
#: "Vraag 1:", "Vraag: 1", "Vraag 1.", "Vraag 1", "Vraag:", "V:" (number and text may follow)
QUESTION_LABEL = re.compile(
    rf"^(?:Vraag|Vr\.|V(?=\s*:))(?:\s+(?P<number>{_QUESTION_NUMBER})\s*[:.)]?"
    rf"|\s*:\s*(?P<number2>{_QUESTION_NUMBER})(?:\s*[:.)]|$)|\s*:)\s*(?P<text>.*)$", re.I)
#: "1", "1." or "1)" alone on a line: the number of the question that follows (not a year)
BARE_NUMBER = re.compile(r"^(?P<number>\d{1,3}[a-z]?)[.)]?$")
#: "Antwoord op vraag 1:", "Antwoord vragen 4 en 5", "Antwoord op de vragen 6 t/m 8",
#: "Beantwoording:", "Reactie college:", "Antwoord (vervolg)"
#: who answers, named in the label: "Antwoord college:", "Antwoord DB:", "Antwoord van GS:"
_ANSWERER = (r"(?:van\s+)?(?:het\s+|de\s+)?(?:college(?:\s+van\s+B\s*(?:&|en)\s*W)?"
             r"|B\s*(?:&|en)\s*W|DB|GS|D\s*&\s*H|dagelijks\s+bestuur|Gedeputeerde\s+Staten"
             r"|(?:college\s+van\s+)?dijkgraaf\s+en\s+(?:hoog)?heemraden|burgemeester|wethouder"
             r"|minister)")
#: "Beantwoording D&H", "Reactie college": a label naming who answers, never a block
ANSWERER_LABEL = re.compile(rf"^(?:Beantwoording|Reactie)\s+{_ANSWERER}$", re.I)
ANSWER_LABEL = re.compile(
    rf"^(?:(?P<answer>Antwoorden|Antwoord)(?:\s+(?P<by>{_ANSWERER}))?"
    rf"(?:\s+(?:op\s+)?(?:de\s+)?(?:vra(?:ag|gen)\s+)?(?P<refs>{_REFS})(?![\d]|[.,]\s*\d))?"
    r"|Beantwoording(?:\s+(?:van\s+(?:de\s+)?)?vra(?:ag|gen)(?P<refs2>\s+" + _REFS + r")?"
    rf"|\s+{_ANSWERER})?"
    rf"|Reactie(?:\s+{_ANSWERER})?(?:\s+op\s+vra(?:ag|gen)\s+(?P<refs3>"
    + _REFS + r"))?"
    # 'Ad 1.', 'Ad 2 en 3:': the answers below a list of questions, by number
    r"|Ad\s+(?P<refs4>" + _REFS + r")\.?)"
    r"(?P<continued>\s*\((?:vervolg|vervolgd)\))?(?P<sep>\s*:|\s*$|(?<=\.)\s+)\s*(?P<rest>.*)$",
    re.I)

#: blocks of other layouts: "Schriftelijke vragen van ...", "Technische vragen SP / PvdD",
#: "B. Schriftelijke vragen PvdA d.d. 3 maart 2021", "Raadsvragen", "Vragen van de fractie X"
BLOCK = re.compile(
    r"^(?:[A-Z]\.\s+|[IVX]+\.\s+)?(?:(?:Schriftelijke|Technische|Mondelinge|Aanvullende|"
    r"Feitelijke|Informatieve|Politieke)\s+vra(?:ag|gen)|Raadsvragen|Artikel\s+\d+[- ]vragen|"
    r"Vragen\s+van\b|Vragen\s+(?:fractie|commissie)\b|Beantwoording\s+(?:van\s+)?\w"
    # the Kamer's "Antwoord op vragen van het lid X over ...", "Antwoorden op de technische
    # vragen over ...": the title of the answers (not 'Antwoord op de vragen 6 t/m 8')
    r"|Antwoord(?:en)?\s+op\s+(?:de\s+)?(?:[a-z]+\s+)?vragen\s+"
    r"(?:van|over|inzake|bij|betreffende|uit)\b"
    # "B. Vragen Senioren Partij Maastricht d.d. 2 juni 2015": a party and a date
    r"|Vra(?:ag|gen)\s+[A-Z0-9][^?]{0,80}?\s+d\.d\.\s)", re.I)
_LETTER = re.compile(r"^(?:[A-Z]|[IVX]+)\.\s+")

#: what a page break leaves in the text: page numbers and running headers (the reader drops
#: them before it joins a sentence split by the break)
_PAGE = [re.compile(p, re.I) for p in (
    r"^(?:Tweede|Eerste) Kamer(?: der Staten-Generaal)?,? vergaderjaar\b.*$",
    r"^(?:Pagina|Blad)\s+\d+(?:\s+(?:van|/)\s+\d+)?$",
    # a running footer: the document's short title and the page
    r"^.{1,80}?\s(?:Pagina|Blad)\s+\d+\s+(?:van|/)\s+\d+$",
    r"^\d{1,3}\s+van\s+\d{1,3}$",
    r"^[-–]\s*\d{1,3}\s*[-–]$",
    r"^\d{1,3}\s*/\s*\d{1,3}$",
)]
#: Tweede Kamer and council furniture: never a question, never answer text
_FURNITURE = _PAGE + [re.compile(p, re.I) for p in (
    r"^(?:Vastgesteld|Ontvangen)\s+\d{1,2}\s+\w+\s+\d{4}\.?$",
    r"^Datum(?:\s+(?:akkoord|publicatie|verzending))?\s*:?\s+\d{1,2}[\s-]\w+[\s-]\d{4}\.?$",
    r"^Publicatiedatum\b.*$",
    r"^(?:Tweede|Eerste) Kamer der Staten-Generaal\s*\d*$",
    r"^(?:Gemeente|Provincie|Waterschap|Hoogheemraadschap|Wetterskip)\s+[A-Z][\w' -]{1,40}$",
    r"^(?:Provinciale Staten|(?:De )?[Gg]emeenteraad) van [A-Z][\w' -]{1,40}$",
    # the functions under a signature: 'voorzitter,', 'secretaris,'
    r"^(?:de\s+)?(?:voorzitter|secretaris|griffier),?$",
    r"^Aan (?:de (?:gemeente)?raad|Provinciale Staten|het algemeen bestuur|"
    r"(?:het college van )?Gedeputeerde Staten)(?: van \w[\w -]*)?\.?$",
    r"^Geacht(?:e)? college,?$",
    # an address: '4331 BK MIDDELBURG'
    r"^\d{4}\s?[A-Z]{2}\s+[A-Z][A-Z' -]+$",
    r"^Geachte (?:leden van de )?(?:gemeente)?raad,?$",
    r"^Geachte (?:Statenleden|leden van (?:Provinciale Staten|het algemeen bestuur)),?$",
    # a letter's place and date: "Middelburg, 12 maart 2024"
    r"^(?:'s-)?[A-Z][\w' -]{1,60},\s+(?:d\.d\.\s+)?\d{1,2}[\s-]\w+[\s-]\d{4}\.?,?$",
    # who answers the Kamer's questions, and when (the Aanhangsel's standard sentence)
    r"^Antwoord van (?:de )?(?:Minister|Staatssecretaris)\b.*\bontvangen\b.*$",
    # a footnote under the text: a number and a source
    r"^\d{1,2}\s+(?:https?://|www\.)\S+$",
    r"^\d{1,2}\s+(?:Aanhangsel Handelingen|Handelingen II|Kamerstuk(?:ken)?(?: II)?)\b.{0,120}$",
    r"^(?:Gedeputeerde Staten|(?:Het )?dagelijks bestuur|(?:Het )?college van dijkgraaf en "
    r"heemraden)(?: van [\w -]+)?,?$",
    r"^Geachte voorzitter(?:, geachte leden)?,?$",
    r"^De (?:voorzitter|griffier|secretaris|burgemeester)(?: van de (?:commissie|raad))?,"
    r"(?:\s+\S.*)?$",
    r"^(?:Het college van )?[Bb]urgemeester en wethouders(?: van \w[\w -]*)?,?$",
    r"^(?:de\s+)?secretaris,\s+de\s+burgemeester,?$",
    r"^namens dezen?,?$",
    # the closing line of a letter of questions, and the title under its signature
    r"^(?:Ik|Wij|We) verzoek(?:en)? u\b.{0,80}\bvragen\b.{0,60}\bbeantwoorden\.?$",
    r"^(?:Lid|Statenlid|Raadslid) (?:van )?(?:Provinciale Staten|de (?:gemeente)?raad|het "
    r"algemeen bestuur)(?: van [\w -]+)?$",
    r"^Met vriendelijke groet,?$",
    r"^Hoogachtend,?$",
    r".*\bheeft deze vragen beantwoord bij brief\b.*$",
    r"^(?:Vragen en antwoorden|De vragen en antwoorden) zijn hierna afgedrukt\.?$",
    r"^De vragen zijn op \d.*(?:voorgelegd|beantwoord)\b.*$",
    r"^Met de vaststelling van het verslag\b.*$",
    r"^(?:LIJST VAN VRAGEN EN ANTWOORDEN|VERSLAG HOUDENDE EEN LIJST VAN VRAGEN EN ANTWOORDEN)$",
)]
#: the greeting that closes a letter: the short lines below it are its signature
#: the one who answers, signing below the last answer: 'Wethouder Van Loon'
SIGNED_BY = re.compile(r"^(?:De\s+)?(?:[Ww]ethouder|[Gg]edeputeerde|[Bb]urgemeester|[Dd]ijkgraaf)"
                       r"\s+(?:[A-Z]|van |de |der |den )[\w'À-ÿ. -]{1,40},?$")
#: a turn in a verslag: 'De heer Mevissen: Klopt het ...?', 'Wethouder Pelzer: Dat klopt.'
_SPEAKER = re.compile(
    r"^(?:(?:De heer|Mevrouw|Mw\.|Dhr\.)\s+(?P<name>(?:[A-ZÀ-ÖØ-Þ]|van |de |der |den |ter )"
    r"[\w'À-ÿ. -]{1,40}?)|(?P<answerer>(?:De\s+)?(?:[Ww]ethouder|[Bb]urgemeester|[Gg]edeputeerde|"
    r"[Mm]inister|[Ss]taatssecretaris|[Dd]ijkgraaf)(?:\s+[A-Z][\w'À-ÿ. -]{1,40}?)?))"
    r"(?:\s*\((?P<party>[^()]{1,40})\))?\s*:\s+(?P<text>\S.*)$")
CLOSING = re.compile(r"^(?:Hoogachtend|Met (?:vriendelijke )?groet(?:en)?|Met hoogachting),?$",
                     re.I)
#: a signature that ends in a comma, with the name on the next line
SIGNATURE_OPENS = re.compile(r"^De (?:voorzitter|griffier|secretaris|burgemeester)"
                             r"(?: van de (?:commissie|raad))?,$"
                             r"|^De (?:Minister|Staatssecretaris)"
                             r"(?: (?:van|voor) [\w ,'-]{3,80})?,$",
                             re.I)
KAMERSTUK = re.compile(r"^(?P<dossier>\d{2}\s?\d{3}(?:[- ][A-Z]{1,5})?)\s+(?P<title>[A-Z].{3,})$")
#: "Nr. 214 LIJST VAN VRAGEN EN ANTWOORDEN", or "Nr. 4" with the kind on the next line
KAMERSTUK_NUMBER = re.compile(r"^Nr\.\s*(?P<number>\d{1,4})(?:\s+(?P<kind>[A-Z][A-Z ]{5,}))?$")
LIST_TITLE = re.compile(
    r"^(?:Verslag houdende een )?lijst van vragen en antwoorden\b\s*:?\s*(?P<title>.*)$", re.I)
REGISTRATION = re.compile(
    r"^(?:Registratienummer|Kenmerk|Ons kenmerk|Zaaknummer|Documentnummer|Corsanummer|"
    r"Raadsvraagnummer|Nummer)\s*:?\s+(?P<number>\S.{0,60}?)\.?$", re.I)
SUBJECT = re.compile(r"^(?:Onderwerp|Betreft)\s*:?\s+(?P<title>\S.*)$", re.I)
#: "[[kunnen we deze zin concreter maken]]": a remark for colleagues, never answer text
REMARK_MARKS = re.compile(r"\[\[(?P<remark>.*?)\]\]")
#: "5.1, 2, e: kunnen we ..." a remark by a colleague whose name was redacted
REDACTED_REMARK = re.compile(r"^(?P<name>" + REDACTION.pattern + r")\s*:\s*(?P<remark>.+)$")


def question_label(text: str) -> tuple[str | None, str] | None:
    """'Vraag 1: Klopt het?', 'Vraag: 1', 'Vraag 1.' -> (number or None, text or '')."""
    match = QUESTION_LABEL.match(text)
    if not match:
        return None
    number = match["number"] or match["number2"]
    rest = match["text"].strip()
    if number is None and not rest and not text.rstrip().endswith(":"):
        return None
    return number, rest


_TRAILING_ANSWER_LABEL = re.compile(r"\s+\**(?:Antwoord|Beantwoording)\s*:\**$", re.I)


def trailing_answer_label(text: str) -> tuple[str, bool]:
    """'Wat betekent dat ? Antwoord:' -> ('Wat betekent dat ?', True): an answer label at the
    end of a question's line, as PDF text puts a label that stood in the next column."""
    match = _TRAILING_ANSWER_LABEL.search(text)
    if match is None or not text[:match.start()].strip():
        return text, False
    return text[:match.start()].rstrip(), True


def bare_number(text: str) -> str | None:
    match = BARE_NUMBER.match(text.strip())
    return match["number"] if match else None


def answer_label(text: str) -> tuple[list[str], str, bool] | None:
    """'Antwoord op de vragen 6 t/m 8: tekst' -> (['6', '7', '8'], 'tekst', continued)."""
    match = ANSWER_LABEL.match(text)
    if not match:
        return None
    refs = match["refs"] or match["refs2"] or match["refs3"] or match["refs4"]
    written = match["answer"]
    if written and not refs and not match["continued"] and not match["sep"].strip() and \
            match["rest"]:
        return None
    if not (refs or match["continued"]) and written and written.lower() == "antwoord" and \
            not match["by"]:
        return None  # plain 'Antwoord:' is the classic label (labels.py)
    return expand_refs(refs or ""), match["rest"].strip(), bool(match["continued"])


def expand_refs(refs: str) -> list[str]:
    """'4 en 5' -> ['4', '5']; '6 t/m 8' -> ['6', '7', '8']."""
    numbers: list[str] = []
    parts = re.split(r"\s*(t/m|tot en met|-|–)\s*|\s*(?:,|\ben\b|&)\s*", refs.strip())
    pending_range = False
    for part in parts:
        if part is None or not part.strip():
            continue
        if part in ("t/m", "tot en met", "-", "–"):
            pending_range = True
            continue
        if pending_range and numbers and numbers[-1].isdigit() and part.isdigit():
            numbers += [str(n) for n in range(int(numbers[-1]) + 1, int(part) + 1)]
        else:
            numbers.append(part)
        pending_range = False
    return numbers


def is_block(text: str) -> bool:
    return bool(BLOCK.match(text)) and len(text) <= 200 and not text.endswith("?")


def block_name(text: str) -> str:
    """The block as the source names it, without a list letter ('B. ')."""
    return _LETTER.sub("", text).strip()
#: a question's end, also with a footnote mark behind it: '...?1', '...? [2]'
_ASKS = re.compile(r"\?(?:\d{1,2}|\s*\[\d{1,2}\])?\s*$")


def asks(text: str) -> bool:
    return bool(_ASKS.search(text))


def is_page_furniture(text: str) -> bool:
    return len(text) <= 200 and any(p.match(text.strip()) for p in _PAGE)


def official_field(text: str) -> tuple[str, str] | None:
    """('title' | 'registration_number' | 'kamerstuk' | 'number', value) of an official
    header line: 'Onderwerp: ...', 'Ons kenmerk: ...', '31 865 Titel', 'Nr. 214 LIJST ...'."""
    for name, pattern, group in (("title", SUBJECT, "title"), ("title", LIST_TITLE, "title"),
                                 ("registration_number", REGISTRATION, "number"),
                                 ("number", KAMERSTUK_NUMBER, "number")):
        match = pattern.match(text)
        if match and match[group].strip():
            return name, match[group].strip()
    match = KAMERSTUK.match(text)
    if match and not text.endswith((".", "?", ":")):
        return "kamerstuk", f"{match['dossier']}|{match['title'].strip()}"
    return None


def spoken_turn(text: str) -> tuple[str | None, str, str] | None:
    """(the member who speaks, or None for who answers; party; what is said) of a turn."""
    match = _SPEAKER.match(text)
    if not match:
        return None
    return match["name"], (match["party"] or "").strip(), match["text"]


def is_furniture(text: str) -> bool:
    """Page headers, signatures and the Kamer's standard sentences: dropped, never content."""
    return len(text) <= 600 and any(p.match(text) for p in _FURNITURE)


def split_remarks(text: str) -> tuple[str, list[str]]:
    """Take '[[remarks]]' out of a paragraph: (text without them, remarks)."""
    if "[[" not in text:
        return text, []
    remarks = [m["remark"].strip() for m in REMARK_MARKS.finditer(text) if m["remark"].strip()]
    rest = " ".join(REMARK_MARKS.sub(" ", text).split())
    return rest, remarks


def redacted_remark(text: str) -> tuple[str, str] | None:
    """'5.1, 2, e: kunnen we deze zin concreter maken' -> (mark, remark)."""
    match = REDACTED_REMARK.match(text)
    if not match or not looks_like_remark(match["remark"]):
        return None
    return match["name"], match["remark"]


_TO_COLLEAGUES = re.compile(r"\b(?:we|wij|je|jij|jullie|ik)\b|\?$", re.I)
_IMPERATIVE = re.compile(r"^(?:graag|check|checken|svp|aanpassen|toevoegen|suggestie|liever|"
                         r"misschien|opmerking|aanvullen|navragen)\b", re.I)


def looks_like_remark(remark: str) -> bool:
    """A remark asks a colleague something; a definition ('Wmo: kan worden aangevraagd') not."""
    return bool(_IMPERATIVE.match(remark) or _TO_COLLEAGUES.search(remark))
