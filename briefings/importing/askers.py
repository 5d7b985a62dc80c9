"""Who asks: the members, fracties and committees that Q&A documents name as askers.

In block headings ("Vragen van het lid X (SP) over ..."), question labels ("Vraag 1 (fractie
VVD)"), introductions ("De vaste commissie voor Financiën heeft ... vragen voorgelegd"), prose
("De leden van de CDA-fractie vragen ...") and signatures behind a question ("(Naam, datum)").
"""

import re

from briefings.importing.layouts import block_name
from briefings.vocabulary import DUTCH_MONTHS

#: "Vraag 1 (fractie VVD)", "Vraag 3 (GroenLinks):": the asker in brackets behind the number
_LABEL_ASKER = re.compile(r"^\((?:(?i:fractie)\s+)?(?!(?i:pag|blz|bladzijde|p\.|zie|vervolg|"
                          r"programma|hoofdstuk|paragraaf)\b)(?P<party>[A-Z0-9][^()?]{0,50})\)"
                          r"\s*:?\s*")
_PARTIES_AFTER = re.compile(
    r"[Vv]ra(?:ag|gen)\s+(?:van\s+)?(?:de\s+|het\s+)?(?:(?:staten|raads)?fracties?\s+(?:van\s+(?:de\s+)?)?)?"
    r"(?P<parties>[A-Z0-9][\w'&-]*(?:\s+(?:voor\s+de\s+|[A-Z0-9][\w'-]*)[\w'-]*)*"
    r"(?:\s*(?:/|,|&|\ben\b)\s*[A-Z0-9][\w'&-]*(?:\s+[A-Z0-9][\w'-]*)*)*)"
    r"(?=\s*(?:$|d\.d\.|van\s+\d|\(|over\b|inzake\b|aan\b|betreffende\b|m\.b\.t\.|:|-|–)"
    r"|[\s-]fractie\b)")
_MEMBER = re.compile(
    r"\b(?i:het\s+|de\s+)?(?i:burgerraadslid|burgerlid|raadslid|lid|statenlid|commissielid|"
    r"heer|mevrouw|mw\.|dhr\.)\s+(?P<name>(?:[A-ZÀ-ÖØ-Þ]|van |de |"
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


_ADDRESS = re.compile(r"^(?i:mevrouw|mevr\.?|mw\.?|de heer|dhr\.?|heer)\s+(?=[A-ZÀ-ÖØ-Þ])")


def without_address(name: str) -> str:
    """'mevrouw K. Bos (ChristenUnie)' -> 'K. Bos (ChristenUnie)': the name without its form
    of address, as the asker patterns expect it."""
    return _ADDRESS.sub("", name.strip())


def fractie_and_member(value: str) -> dict | None:
    """'fractie D66, Sanne Brouwer' or 'Sanne Brouwer, D66-fractie': the member and party."""
    parts = [part.strip() for part in value.split(",")]
    if len(parts) != 2:
        return None
    for fractie, name in (parts, parts[::-1]):
        found = _FRACTIE.match(fractie)
        if found and fractie.lower().rstrip(" .") != "fractie" and _MEMBER_NAME.match(name) \
                and not _FRACTIE.match(name):
            party = (found["party"] or found["party2"]).strip()
            return {"name": name, "party": party, "role": "raadslid"}
    return None


def committee_asker(name: str) -> dict:
    name = " ".join(name.split()).strip(" ,.:")
    return {"name": name[0].upper() + name[1:], "party": "", "role": "overig"}
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
