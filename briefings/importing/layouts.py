"""Recognisers for the layouts of other governments' Q&A documents.

Schriftelijke vragen of councils and provinces, Tweede Kamer "lijsten van vragen en antwoorden",
technische vragen: question labels with the number on its own, answer labels that name the
questions they answer, askers that are fracties or committees, and the official furniture
(kamerstuk numbers, "Vastgesteld", signatures, page headers) that is never a question.
"""

import re

from briefings.importing.cleanup import REDACTION
from briefings.vocabulary import DUTCH_MONTHS

_NUMBER = r"\d{1,4}[a-z]?"
_RANGE_SEPARATORS = r"(?:,|en|t/m|tot en met|-|–|&)"
_REFS = rf"{_NUMBER}(?:\s*{_RANGE_SEPARATORS}\s*{_NUMBER})*"

#: a question's own number: "3", "14a", and the "14-2" of lists numbered per fractie
_QUESTION_NUMBER = rf"{_NUMBER}(?:-\d{{1,3}}(?![\d-]))?"
#: "Vraag 1:", "Vraag: 1", "Vraag 1.", "Vraag 1", "Vraag:", "V:" (number and text may follow)
QUESTION_LABEL = re.compile(
    rf"^(?:Vraag|Vr\.|V(?=\s*:))(?:\s+(?P<number>{_QUESTION_NUMBER})\s*[:.)]?"
    rf"|\s*:\s*(?P<number2>{_QUESTION_NUMBER})(?:\s*[:.)]|$)|\s*:)\s*(?P<text>.*)$", re.I)
#: "Vraag 1 (fractie VVD)", "Vraag 3 (GroenLinks):": the asker in brackets behind the number
_LABEL_ASKER = re.compile(r"^\((?:(?i:fractie)\s+)?(?!(?i:pag|blz|bladzijde|p\.|zie|vervolg|"
                          r"programma|hoofdstuk|paragraaf)\b)(?P<party>[A-Z0-9][^()?]{0,50})\)"
                          r"\s*:?\s*")
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
_PARTIES_AFTER = re.compile(
    r"[Vv]ra(?:ag|gen)\s+(?:van\s+)?(?:de\s+|het\s+)?(?:(?:staten|raads)?fracties?\s+(?:van\s+(?:de\s+)?)?)?"
    r"(?P<parties>[A-Z0-9][\w'&-]*(?:\s+(?:voor\s+de\s+|[A-Z0-9][\w'-]*)[\w'-]*)*"
    r"(?:\s*(?:/|,|&|\ben\b)\s*[A-Z0-9][\w'&-]*(?:\s+[A-Z0-9][\w'-]*)*)*)"
    r"(?=\s*(?:$|d\.d\.|van\s+\d|\(|over\b|inzake\b|aan\b|betreffende\b|m\.b\.t\.|:|-|–)"
    r"|[\s-]fractie\b)")
_MEMBER = re.compile(
    r"\b(?i:het\s+)?(?i:raadslid|lid|statenlid|commissielid)\s+(?P<name>(?:[A-ZÀ-ÖØ-Þ]|van |de |"
    r"der |den |ter |te )[^()\[\],:]*?)\s*(?:,?\s*\((?P<party>[^)]+)\)|,\s*(?P<party2>(?i:lijst|"
    r"fractie)\s+[^,:]+?)|(?=\s+(?:van\s+\d|d\.d\.|inzake|over)\b)|$)")
_FRACTIE = re.compile(
    r"^(?i:de\s+)?(?i:leden\s+van\s+de\s+|vragen\s+van\s+de\s+)?(?:(?P<party>[A-Z0-9][\w'&/ -]*?)"
    r"-(?i:fractie)|(?i:staten|raads)?(?i:fractie)\s+(?:van\s+(?:de\s+|het\s+)?)?(?P<party2>[A-Z0-9][\w'&/-]*"
    r"(?:\s+(?:voor de\s+)?[A-Z0-9][\w'&-]*)*))\b")
_MEMBERS_ASK = re.compile(
    r"^De leden van de (?:(?P<party>[\w'&/ -]+?)-fractie|fractie\s+(?:van\s+(?:de\s+)?)?"
    r"(?P<party2>[\w'&/ -]+?))\s+(?:hebben|stellen|hadden)\b.*\bvragen\b.*$", re.I)
#: "het lid Erkens (VVD)", "de leden Bouchallikh, Bromet en Kröger (allen GroenLinks)",
#: "De Statenleden Jansen (PvdA) en De Vries (GroenLinks)": the members who ask
_MEMBERS = re.compile(
    r"\b(?i:de\s+|het\s+)?(?i:raads|staten|commissie|AB-)?(?i:leden|lid)\s+"
    r"(?P<list>(?:[A-ZÀ-ÖØ-Þ]|van |de |der |den |ter |te )[^:;?]*?)"
    r"(?=\s+(?:aan|over|hebben|heeft|inzake|betreffende|met betrekking|d\.d\.|op \d|vragen|"
    r"schriftelijke|technische|mondelinge|nadere)\b"
    r"|\s*\((?:ingezonden|ontvangen)|,\s*(?:ingediend|ingekomen|gesteld)\b|[.:]?$)")
_MEMBER_NAME = re.compile(r"^(?P<name>(?:[A-ZÀ-ÖØ-Þ]|van |de |der |den |ter |te )"
                          r"[\w'À-ÿ. -]{0,40}?)\s*(?:\((?P<party>[^()]+)\))?$")
_ALL_OF = re.compile(r"\s*\((?:allen|beiden|beide)\s+(?P<party>[^()]+)\)\s*$", re.I)
_COMMITTEE = re.compile(
    r"^(?i:de\s+|vragen\s+van\s+de\s+)?(?P<name>(?i:vaste\s+)?(?i:commissie)\s+"
    r"(?:voor\s+(?:de\s+)?)?[A-Z][\w&' -]*?)(?:\d+)?(?:,\s+belast met .*?)?"
    r"(?:\s+heeft\b.*\bvragen\b.*|:)?$")

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
_COMMITTEE_INTRO = re.compile(
    r"^De (?P<name>(?:vaste )?commissie (?:voor (?:de )?)?[A-Z][\w&'-]*"
    r"(?: (?:en |voor |van |de |het )*[A-Z][\w&'-]*)*?)\d*(?:,.*?)? heeft\b.*\bvragen\b.*$")
#: "Op 9 februari hebben de leden X (PvdA) en Y (GL) vragen gesteld", "Vragen van het lid X
#: (VVD) aan de Minister ... (ingezonden 20 december 2024)"
_MEMBERS_ASKED = re.compile(
    r"(?:lid|leden)\b.*\b(?:vragen gesteld|vragen over|schriftelijke vragen|vragen ingediend)\b"
    r"|^Vragen van (?:het|de) (?:\w+)?(?:lid|leden)\b.*\((?:ingezonden|ontvangen)\b", re.I)
_PARTY = r"[A-Z0-9][\w'&-]*(?:\s+(?:voor de\s+)?[A-Z0-9][\w'&-]*)*"
_FRACTIE_ASKED = re.compile(
    rf"\bheeft (?:de )?(?:fractie (?:van (?:de )?)?(?P<p1>{_PARTY})|(?P<p2>{_PARTY})-fractie)"
    r"(?: \w+){0,3}? (?:schriftelijke |technische |aanvullende )?vragen gesteld\b"
    # 'Wij beantwoorden hieronder de vragen die de fractie X op 20 november heeft gesteld.'
    rf"|\bvragen die (?:de )?(?:fractie (?:van (?:de |het )?)?(?P<p3>{_PARTY})|"
    rf"(?P<p4>{_PARTY})-fractie)(?: \w+){{0,5}}? heeft gesteld\b")
#: Tweede Kamer and council furniture: never a question, never answer text
_FURNITURE = _PAGE + [re.compile(p, re.I) for p in (
    r"^(?:Vastgesteld|Ontvangen)\s+\d{1,2}\s+\w+\s+\d{4}\.?$",
    r"^Datum(?:\s+(?:akkoord|publicatie|verzending))?\s*:?\s+\d{1,2}[\s-]\w+[\s-]\d{4}\.?$",
    r"^Publicatiedatum\b.*$",
    r"^(?:Tweede|Eerste) Kamer der Staten-Generaal\s*\d*$",
    r"^(?:Gemeente|Provincie|Waterschap|Hoogheemraadschap|Wetterskip)\s+[A-Z][\w' -]{1,40}$",
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


def block_asker(text: str) -> dict | None:
    """The asker a block heading names: a member, a fractie (or two), or a committee."""
    text = block_name(text)
    members = members_asker(text)
    if members and members["party"]:
        return members
    member = _MEMBER.search(text)
    if member and member["name"].strip():
        party = (member["party"] or member["party2"] or "").strip()
        return {"name": member["name"].strip(), "party": party, "role": "raadslid"}
    if members:
        return members  # 'het lid Van Pijpen, ingediend op ...': the party may follow later
    fractie = _FRACTIE.search(re.sub(r"^.*?vragen\s+(?:van\s+)?", "", text, flags=re.I))
    if fractie:
        return fractie_asker(fractie["party"] or fractie["party2"])
    committee = re.search(r"\bvan de (?P<name>(?:vaste\s+)?commissie\s+[A-Z][\w&' -]*?)"
                          r"(?=\s*(?:$|d\.d\.|van\s+\d|over\b|inzake\b|\())", text, re.I)
    if committee:
        return committee_asker(committee["name"])
    parties = _PARTIES_AFTER.search(text)
    # "Beantwoording informatieve vragen Kaderbrief 2015" names a subject, not a party
    if parties and not re.match(r"(?:van|over|aan|inzake)\b", parties["parties"], re.I) \
            and not re.search(r"\b(?:19|20)\d\d\b", parties["parties"]):
        return fractie_asker(parties["parties"])
    return None


def members_asker(text: str) -> dict | None:
    """The member or members a sentence or title names as askers, with their parties:
    'de leden X (PvdA) en Y (GroenLinks)' -> {'name': 'X en Y', 'party': 'PvdA / GroenLinks'}."""
    match = _MEMBERS.search(text)
    if not match:
        return None
    listed = match["list"].strip(" ,")
    shared = _ALL_OF.search(listed)
    if shared:
        listed = listed[:shared.start()]
    names, parties = [], []
    for item in re.split(r"\s*,\s*(?![^()]*\))|\s+en\s+(?![^()]*\))", listed):
        member = _MEMBER_NAME.match(item.strip())
        if member is None:
            return None
        if names and member["party"] and spelled_out(member["name"], member["party"]):
            pass  # 'Ruud Haaze, Partij voor de Vrijheid (PVV)': the party, written out
        else:
            names.append(member["name"].strip())
        if member["party"] and member["party"].strip() not in parties:
            parties.append(member["party"].strip())
    if shared:
        parties = [shared["party"].strip()]
    name = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} en {names[-1]}"
    return {"name": name, "party": " / ".join(parties), "role": "raadslid"}


_ON_BEHALF = re.compile(
    rf"\bnamens de (?:fractie (?:van (?:de |het )?)?(?P<p1>{_PARTY})|(?P<p2>{_PARTY})-fractie)\b")


def spelled_out(name: str, abbreviation: str) -> bool:
    """'Partij voor de Vrijheid' spells 'PVV': the initials of its words."""
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in ("de", "het", "der")]
    initials = "".join(w[0] for w in words).upper()
    return len(words) >= 2 and initials == re.sub(r"[^A-Za-z]", "", abbreviation).upper()


def asking_party(text: str) -> str | None:
    """'... heeft ondergetekende de eer, namens de fractie van GroenLinks, ... de volgende vragen
    te stellen': the party of the member who asks."""
    if "vragen" not in text.lower():
        return None
    match = _ON_BEHALF.search(text)
    return (match["p1"] or match["p2"]) if match else None


def label_asker(text: str) -> tuple[dict | None, str]:
    """'(fractie VVD) Hoeveel ...?' after a question number -> (the fractie asking, the rest)."""
    match = _LABEL_ASKER.match(text)
    if not match:
        return None, text
    return fractie_asker(match["party"]), text[match.end():]


def group_asker(text: str) -> dict | None:
    """A line naming a fractie or committee as asker, outside a block heading."""
    members = _MEMBERS_ASK.match(text)
    if members:
        return fractie_asker(members["party"] or members["party2"])
    if len(text) > 160 or text.endswith("?"):
        return None
    committee = _COMMITTEE.match(text)
    if committee and (text.endswith(":") or "vragen" in text.lower()):
        return committee_asker(committee["name"])
    fractie = re.match(r"^(?:Vra(?:ag|gen)\s+)?(?:van\s+)?(?:de\s+)?fractie\s+"
                       r"(?:van\s+(?:de\s+|het\s+)?)?"
                       r"(?P<party>[A-Z0-9][^:()]{0,60}?)\s*:?$", text, re.I)
    if fractie:
        return fractie_asker(fractie["party"])
    return None


#: 'De leden van de CDA-fractie vragen ...', 'Deze leden vragen de Minister ...': a question
#: reported in prose (Kamer verslagen, nota's and memories van antwoord), asked by that fractie
_REPORTED = re.compile(
    rf"^(?:De\s+leden\s+van\s+de\s+(?:(?P<p1>{_PARTY})-fractie|fractie\s+(?:van\s+"
    rf"(?:de\s+|het\s+)?)?(?P<p2>{_PARTY}))|Deze\s+leden|De(?:ze)?\s+fractie)\s+"
    r"(?:vragen|vraagt|willen\s+(?:graag\s+)?weten|wensen\s+te\s+vernemen|vernemen\s+graag|"
    r"verzoeken)\b")
#: '... Wat zijn de kosten? (Elly Koning-Bruijn, 27 juli 2023)': who asked, and when, behind
#: the question (water boards' and councils' web pages of written questions)
_SIGNED = re.compile(
    r"\s*\((?P<name>[A-ZÀ-ÖØ-Þ][\w.'À-ÿ -]{1,50}?),\s*\d{1,2}\s+(?:"
    + "|".join(DUTCH_MONTHS) + r")(?:\s+\d{4})?\)\s*$", re.I)
#: a question's end, also with a footnote mark behind it: '...?1', '...? [2]'
_ASKS = re.compile(r"\?(?:\d{1,2}|\s*\[\d{1,2}\])?\s*$")


def asks(text: str) -> bool:
    return bool(_ASKS.search(text))


def reported_question(text: str) -> dict | None:
    """{'party': ...} for a question reported in prose; an empty party for 'Deze leden'."""
    match = _REPORTED.match(text)
    if match is None:
        return None
    return {"party": (match["p1"] or match["p2"] or "").strip()}


def signed_question(text: str) -> tuple[str, dict] | None:
    """(question, asker) of a question followed by '(Name, date)' that has a '?' in it."""
    match = _SIGNED.search(text)
    if match is None or "?" not in text[:match.start()]:
        return None
    return text[:match.start()].rstrip(), {"name": match["name"].strip(), "party": "",
                                          "role": "raadslid"}


def fractie_asker(parties: str) -> dict:
    parties = re.sub(r"\s*(?:/|&|,|\ben\b)\s*", " / ", parties.strip(" .,:-"))
    return {"name": f"Fractie {parties}", "party": parties, "role": "raadslid"}


def committee_asker(name: str) -> dict:
    name = " ".join(name.split()).strip(" ,.:")
    return {"name": name[0].upper() + name[1:], "party": "", "role": "overig"}


def is_page_furniture(text: str) -> bool:
    return len(text) <= 200 and any(p.match(text.strip()) for p in _PAGE)


#: 'In de commissie X van 18 februari zijn vragen gesteld over Y.', 'Met deze brief
#: beantwoorden wij die vragen.': an introduction that names no asker
_QUESTIONS_INTRO = re.compile(
    r"\b(?:zijn|werden|is|werd) (?:er )?(?:\w+ ){0,3}?vra(?:ag|gen) gesteld\b"
    r"|\bbeantwoorden (?:wij|we) (?:de(?:ze)?|die|uw) vragen\b", re.I)
#: 'Eric van der Burg (VVD), Fatimazhra Belhirch (D66), Kati Piri (PvdA)': who ask
_ASKERS_LIST = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\w'À-ÿ. -]{1,40}?\s*\([^()]{1,30}\)\s*"
                          r"(?:,\s*|\s+en\s+|$)){2,}$")


def questions_intro(text: str) -> bool:
    return len(text) <= 400 and bool(_QUESTIONS_INTRO.search(text))


def askers_list(text: str) -> dict | None:
    """A line of members with their parties, and nothing else: the askers of what follows."""
    return members_asker(f"de leden {text}") if _ASKERS_LIST.match(text) else None


def committee_intro(text: str) -> dict | None:
    """The asker an introduction names: 'De vaste commissie voor Financiën heeft een aantal
    vragen voorgelegd aan ...', 'Op 14 april heeft de fractie van X vragen gesteld over ...'."""
    match = _COMMITTEE_INTRO.match(text)
    if match:
        return committee_asker(match["name"])
    match = _FRACTIE_ASKED.search(text)
    if match:
        return fractie_asker(match["p1"] or match["p2"] or match["p3"] or match["p4"])
    if _MEMBERS_ASKED.search(text):
        return members_asker(text)
    return None


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
