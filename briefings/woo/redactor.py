"""Find and replace personal data in a text; remember every replacement for the inventory."""

import hashlib
import re
from dataclasses import dataclass

from briefings.woo.names import POSSESSIVE_RE, TUSSENVOEGSELS, forms
from briefings.woo.patterns import KINDS, find_data

#: a redaction inside exported text: the ground between two private-use characters, so the
#: Word writer can draw it as a black box (and nothing else in a text can look like one)
MARK_OPEN, MARK_CLOSE = "\ue000", "\ue001"
MARK_RE = re.compile(f"{MARK_OPEN}([^{MARK_CLOSE}]*){MARK_CLOSE}")

#: the public offices whose holders stay named in a Woo copy, by default
DEFAULT_PUBLIC_ROLES = ("wethouder", "burgemeester", "raadslid", "commissielid")
#: role -> the words written in front of such a person's name
PUBLIC_TITLES = {
    "wethouder": ("wethouder", "wethouders", "loco-burgemeester", "portefeuillehouder"),
    "burgemeester": ("burgemeester", "loco-burgemeester"),
    "raadslid": ("raadslid", "raadsleden", "gemeenteraadslid", "lid", "fractievoorzitter",
                 "fractieleider"),
    "commissielid": ("commissielid", "commissieleden", "lid", "commissievoorzitter"),
    "journalist": ("journalist", "verslaggever"),
}


_TV = "|".join(re.escape(t) for t in sorted(TUSSENVOEGSELS, key=len, reverse=True))
#: a capital letter, accented ones included ("Öztürk", "Élise")
_UP = "A-ZÀ-ÖØ-Þ"
#: a name after a form of address is a person's name even when nobody listed it:
#: "mevrouw Jansen", "de heer P. van Dam", "dhr. El Amrani", "mw. drs. A. Bakker-Smit"
ADDRESSED = re.compile(
    r"(?<!\w)(?i:mevrouw|mevr\.|mw\.|meneer|de\s+heer|dhr\.|mr\.)\s+"
    r"(?:(?i:mr|dr|drs|ir|ing|prof)\.?\s+)*"
    rf"(?P<name>(?:(?:[A-Z]\.\s*)+)?(?:(?i:{_TV})\s+)*[{_UP}][\w'’-]+"
    rf"(?:[ \t]+(?:(?i:{_TV})[ \t]+)*[{_UP}][\w'’-]+)?)"
)
#: words that open a sentence: after a lone capital and a full stop they are no surname
#: ("tabel B. De cijfers", "vitamine A. Daarna")
_OPENERS = (r"De|Het|Een|Dit|Deze|Die|Dat|Daar\w*|Hier\w*|Zie|In|Op|Voor|Na|Er|Wij|We|Ik|Zij"
            r"|Hij|Ze|U|Ook|Als|Om|Bij|Met|Van|Wat|Hoe|Waar\w*|Wanneer|Dan|Toen|Nu|Maar|En|Of"
            r"|Tot|Uit|Over|Door|Verder|Volgens|Zo|Graag|Per|Aan|Vanaf|Sinds|Tijdens|Omdat")
#: initials and a surname in running text are a person's name, listed or not: "P. Jansen",
#: "A.B. Visser", "J. van der Linden", "M. El Idrissi"
INITIALLED = re.compile(
    rf"(?<![\w.])(?-i:[A-Z]\.[ \t]?){{1,5}}(?:(?i:{_TV})[ \t]+)*"
    rf"(?!(?:{_OPENERS}|(?i:{_TV}))\b)[{_UP}][\w'’]+(?:-[\w'’]+)*")
#: "bijlage B. Planning", "fase 2, optie C. Kosten": a lettered part of a document, no initial
_LETTERED_PART = re.compile(
    r"(?i:bijlage|bijl\.|tabel|figuur|hoofdstuk|paragraaf|fase|optie|variant|scenario|categorie"
    r"|type|punt|onderdeel|stap|model|deel|versie|kolom|rij|blok|gebied|zone|klasse|niveau"
    r"|programma|project|thema|spoor|pakket|lijn|locatie|kavel|perceel)"
    r"[ \t]*$")

#: a mail header as Woo documents print it: "Van: Jansen, P. Verzonden: ... Aan: Vries, K. de;
#: P.J. van Dijk <...>"; the field runs to the next field or the end of the line
_FIELD = re.compile(r"(?<!\w)(?:Van|Aan|CC|Cc|cc|Bcc|BCC|bcc)[ \t]*:[ \t]*(?P<value>.*?)"
                    r"(?=[ \t]+(?:Van|Aan|CC|Cc|cc|Bcc|BCC|bcc|Verzonden|Onderwerp|Datum|Bijlagen)"
                    r"[ \t]*:"
                    r"|\n|$)")
#: in a header a name with initials is a person's, listed or not ("Gemeente Amsterdam" is not)
_HEADER_NAME = re.compile(
    rf"(?:[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?[ \t]*,[ \t]*[A-Z]\.(?:[ \t]?[A-Z]\.){{0,4}}"
    rf"(?:[ \t]+(?i:{_TV}))*"
    rf"|[A-Z]\.(?:[ \t]?[A-Z]\.){{0,4}}[ \t]*(?:(?i:{_TV})[ \t]+)*[A-Z][\w'’-]+"
    # "Vries, Anouk de": inverted with the first name written out; organisations take no comma
    rf"|[{_UP}][\w'’-]+[ \t]*,[ \t]*[{_UP}][a-zà-ÿ][\w'’-]*(?:[ \t]+(?i:{_TV}))*)"
    r"(?=[ \t]*(?:<|\(|$))")

#: a written-out name: "Sanne Verhoeven", "Jeroen van der Wal", "Lotte van 't Veer"
#: a job title may follow a name without a separator ("Mark Jansen Beleidsadviseur Wonen")
_JOB = (r"(?!\w*(?i:adviseur|medewerker|leider|manager|co[öo]rdinator|secretaris|jurist|directeur"
        r"|specialist|officier|ambtenaar|assistent|consulent|regisseur|griffier|controller"
        r"|planner|hoofd|voorzitter)\b)")
_FULL_NAME = (rf"[{_UP}][\w'’-]+(?:[ \t]+(?:(?i:{_TV})[ \t]+)*{_JOB}[{_UP}][\w'’-]+){{1,3}}")
#: who signs a mail ("Met vriendelijke groet, Sanne Verhoeven"), a signature line ("Karin de
#: Groot | Juridisch adviseur") and who is greeted ("Beste Anouk,"): a person, listed or not
_SIGNED = re.compile(
    r"(?<!\w)(?i:(?:met\s+)?(?:vriendelijke|hartelijke|collegiale)\s+groet(?:en)?|groet(?:en)?)"
    rf"[ \t]*,?\s+(?P<name>{_FULL_NAME})(?![\w'’-])"
    rf"|^[ \t]*(?P<line>{_FULL_NAME})(?=[ \t]*\|)"
    # "Beste Amsterdammers,", "Beste Raadsleden," greet a group, not a person
    rf"|(?<!\w)(?:Beste|Hoi|Hallo|Lieve)[ \t]+(?!\w+(?:ers|enaren|naren|leden)\b"
    r"|(?:Allen|Iedereen|Team|Collega['’]?s?|Dames|Heren)\b)"
    rf"(?P<greeted>[{_UP}][\w'’-]+"
    rf"(?:[ \t]+(?:(?i:{_TV})[ \t]+)*[{_UP}][\w'’-]+)?)(?=[ \t]*,)", re.M)
#: a list of who attended or sent apologies: each written-out name in it is a person's
_ATTENDANCE = re.compile(
    r"^[ \t]*(?i:aanwezig(?:en)?|afwezig(?:[ \t]+met[ \t]+kennisgeving)?|afgemeld|verhinderd"
    r"|deelnemers|genodigden"
    r"|(?:met\s+)?bericht\s+van\s+verhindering)[ \t]*:[ \t]*(?P<value>[^\n]*)", re.M)
_ENTRY_SPLIT = re.compile(r"[,;]|\s+(?:en|&)\s+")
_FULL_NAME_RE = re.compile(_FULL_NAME)
#: list entries that are organisations or offices, not people
_BODY = re.compile(r"(?i:gemeente|provincie|stichting|vereniging|team|afdeling|raad|college"
                   r"|politie|brandweer|ggd|ministerie|waterschap|woningcorporatie|bureau)\b")


def _signed_names(text: str):
    """Yield (start, end) of names in signatures, greetings and attendance lists."""
    for match in _SIGNED.finditer(text):
        group = next(g for g in ("name", "line", "greeted") if match.group(g))
        if not _BODY.match(match.group(group)):
            yield match.span(group)
    for field in _ATTENDANCE.finditer(text):
        position, value = field.start("value"), field.group("value")
        last = 0
        for separator in [*_ENTRY_SPLIT.finditer(value), None]:
            stop = separator.start() if separator else len(value)
            entry = value[last:stop].rstrip(" \t.")
            lead = len(entry) - len(entry.lstrip())
            if _FULL_NAME_RE.fullmatch(entry.strip()) and not _BODY.match(entry.strip()):
                yield position + last + lead, position + last + len(entry)
            last = separator.end() if separator else stop


def _header_names(text: str):
    """Yield (start, end) of each name with initials in the sender and recipient fields."""
    for field in _FIELD.finditer(text):
        position = field.start("value")
        for entry in field.group("value").split(";"):
            lead = len(entry) - len(entry.lstrip())
            name = _HEADER_NAME.match(entry.strip())
            if name:
                yield position + lead, position + lead + name.end()
            position += len(entry) + 1


@dataclass(frozen=True)
class Person:
    """A person whose name a Woo copy must not contain."""

    name: str
    #: also the first name alone and the surname without tussenvoegsel (people involved in
    #: the annotation); without it only the forms that name the person unmistakably
    partial: bool = True


@dataclass(frozen=True)
class Hit:
    """One proposed or applied redaction."""

    start: int
    end: int
    text: str
    kind: str
    #: the listed name it is a form of (for names), for grouping on the lakken page
    person: str | None
    sentence: str
    place: str = ""

    @property
    def ground(self) -> str:
        return KINDS[self.kind][1]

    @property
    def key(self) -> str:
        """Stable identity of this occurrence: what a dismissal is saved under."""
        return decision_key(self.kind, self.text, self.sentence)


def decision_key(kind: str, text: str, sentence: str) -> str:
    """Words only: the same sentence as Markdown source and as a Word paragraph (without
    bullet marks, emphasis or link targets) gives the same key."""
    sentence = re.sub(r"\]\([^)]*\)", " ", sentence)
    words = " ".join(re.sub(r"\W+", " ", sentence).lower().split())
    normal = f"{kind}|{' '.join(text.lower().split())}|{words}"
    return hashlib.sha256(normal.encode()).hexdigest()[:20]


#: a name followed by its party is a council member's: "De heer Hendriks (CDA)"
PARTIES = (r"VVD|CDA|PvdA|D66|GroenLinks(?:[-/ ]PvdA)?|GL(?:[-/]PvdA)?|SP|ChristenUnie|CU|SGP|PVV"
           r"|PvdD|Partij\s+voor\s+de\s+Dieren|DENK|Denk|JA21|FvD|Forum\s+voor\s+Democratie|BBB"
           r"|Volt|50PLUS|BIJ1|NSC|CU-SGP|CU/SGP"
           r"|(?:Lijst|Leefbaar|Lokaal|Stadspartij|Gemeentebelangen|Burgerbelang|Partij)\s[^()\n]{1,30}")
_PARTY = re.compile(rf"\((?:{PARTIES})\)")


class PublicRule:
    """The names that stay: office holders named with their title ("wethouder Van Buren",
    "Lid Mangal") or with their party ("de heer Hendriks (CDA)"), and the names of the
    portfolio holder and of askers in a public role."""

    def __init__(self, roles=DEFAULT_PUBLIC_ROLES, names=()):
        titles = sorted({t for role in roles for t in PUBLIC_TITLES.get(role, (role,))},
                        key=len, reverse=True)
        tv = "|".join(re.escape(t) for t in sorted(TUSSENVOEGSELS, key=len, reverse=True))
        word = r"(?:[A-Z][\w’'.-]*)"
        name = rf"(?:(?i:{tv})[ \t]+)*{word}(?:[ \t]+(?:(?i:{tv})[ \t]+)*{word})*"
        parts = [rf"(?<!\w)(?i:{'|'.join(map(re.escape, titles))})[ \t]+{name}"] if titles \
            else []
        # asked only where a party stands in brackets: a name pattern at every capital is slow
        self.party = re.compile(rf"(?<!\w){name}[ \t]*\((?:{PARTIES})\)") \
            if "raadslid" in roles or "commissielid" in roles else None
        patterns = [f.pattern for n in names for f in forms(n)]
        if patterns:
            parts.append(rf"(?<!\w)(?:{'|'.join(patterns)}){POSSESSIVE_RE}(?!\w)")
        self.pattern = re.compile("|".join(parts)) if parts else None

    def spans(self, text: str) -> list[tuple[int, int]]:
        spans = [m.span() for m in self.pattern.finditer(text)] if self.pattern else []
        if self.party is not None and _PARTY.search(text):
            spans += [m.span() for m in self.party.finditer(text)]
        return spans


class Redactor:
    """Replaces personal data by its Woo ground; `hits` lists what it replaced, where.

    `dismissed` holds the occurrences a user judged not to be personal data, as saved by
    briefings.woo.decisions: dicts with "key", "kind" and "text".
    """

    def __init__(self, persons, *, public: PublicRule | None = None, dismissed=()):
        self.public = public or PublicRule(())
        dismissed = [d for d in dismissed if isinstance(d, dict) and d.get("key")]
        self.dismissed = {d["key"] for d in dismissed}
        #: (kind, lowercase text) of the dismissed occurrences
        self.dismissed_texts = {(d.get("kind"), (d.get("text") or "").lower())
                                for d in dismissed}
        self.hits: list[Hit] = []
        self.place = ""
        alternatives, self._people = [], []
        every = sorted(((f.pattern, p.name) for p in _unique(persons)
                        for f in forms(p.name, partial=p.partial)),
                       key=lambda item: len(item[0]), reverse=True)
        for number, (pattern, name) in enumerate(every):
            alternatives.append(f"(?P<f{number}>{pattern})")
            self._people.append(name)
        self.names = re.compile(
            rf"(?<!\w)(?:{'|'.join(alternatives)}){POSSESSIVE_RE}(?!\w)", re.IGNORECASE,
        ) if alternatives else None

    def at(self, place: str) -> None:
        """Record the next replacements under `place` ("Vraag 3", "Paginakop")."""
        self.place = place

    def find(self, text: str, *, include_dismissed=False) -> list[Hit]:
        """Return the redactions `text` needs, in order, without overlaps."""
        if not text:
            return []
        candidates = [(f.start, f.end, f.kind, None) for f in find_data(text)]
        if self.names is not None:
            candidates += [(m.start(), m.end(), "naam",
                            self._people[int(m.lastgroup[1:])])
                           for m in self.names.finditer(text)]
        candidates += [(m.start("name"), m.end("name"), "naam", _addressed(m.group("name")))
                       for m in ADDRESSED.finditer(text)]
        candidates += [(m.start(), m.end(), "naam", _addressed(m.group()))
                       for m in INITIALLED.finditer(text) if _is_initialled_name(text, m.start())]
        headers = list(_header_names(text)) if ":" in text else []
        candidates += [(a, b, "naam", _addressed(text[a:b])) for a, b in _signed_names(text)]
        candidates += [(a, b, "naam", _addressed(text[a:b])) for a, b in headers]
        # the public rule is the slow part: only asked when a name was found
        protected = self.public.spans(text) if any(c[2] == "naam" for c in candidates) else []
        # an unlisted header name holding an office holder's ("Halsema, F.") is theirs
        public_headers = {(a, b) for a, b in headers if any(p < b and a < q for p, q in protected)}
        hits, end = [], -1
        for start, stop, kind, person in sorted(candidates, key=lambda c: (c[0], c[0] - c[1])):
            if start < end:
                continue
            if kind == "naam" and ((start, stop) in public_headers
                                   or any(a <= start and stop <= b for a, b in protected)):
                continue
            hit = Hit(start, stop, text[start:stop], kind, person,
                      sentence_around(text, start, stop), self.place)
            if include_dismissed or hit.key not in self.dismissed:
                hits.append(hit)
                end = stop
        return hits

    def __call__(self, text: str | None) -> str:
        """Return `text` with each redaction replaced by its ground, marked for a black box."""
        return self._replace(text, lambda ground: f"{MARK_OPEN}{ground}{MARK_CLOSE}")

    def plain(self, text: str | None) -> str:
        """Return `text` with each redaction replaced by its ground (document properties)."""
        return self._replace(text, lambda ground: ground)

    def quiet(self, text: str | None) -> str:
        """Like `plain`, without recording: for labels made from already counted text."""
        return self._replace(text, lambda ground: ground, record=False)

    def _replace(self, text, mark, record=True) -> str:
        if not text:
            return text or ""
        hits = self.find(text)
        if record:
            self.hits.extend(hits)
        pieces, position = [], 0
        for hit in hits:
            pieces += [text[position:hit.start], mark(hit.ground)]
            position = hit.end
        pieces.append(text[position:])
        return "".join(pieces)


def _is_initialled_name(text: str, start: int) -> bool:
    """Whether the initial at `start` begins a name, not a lettered part ("bijlage B.")."""
    return not _LETTERED_PART.search(text, max(0, start - 20), start)


def _addressed(name: str) -> str:
    """The group title of an unlisted name: "Jansen", "P. van Dam"."""
    return " ".join(name.split())


def unmark(text: str) -> str:
    """Return exported text with the black-box marks reduced to the bare ground."""
    return MARK_RE.sub(r"\1", text)


#: a full stop after an initial ("P. de Wit") or a short abbreviation does not end a sentence
_SENTENCE_END = re.compile(r"(?<!\b[A-Za-z])(?<!\bmr)(?<!\bdr)(?<!\bnr)(?<!\bca)(?<!\bdrs)"
                           r"(?<!\bdhr)(?<!\bmevr)(?<!\bbijv)(?<!\bo\.a)[.!?](?=\s|$)|\n")


def sentence_around(text: str, start: int, end: int, limit: int = 240) -> str:
    """Return the sentence (or line) of `text` that holds text[start:end], at most `limit`
    characters around it."""
    # only the window is searched: from the text's start on, every name made a long text
    # quadratic (a 186,000-character annotation took 34 s)
    lo, hi = max(0, start - limit // 2), min(len(text), end + limit // 2)
    left = max((m.end() for m in _SENTENCE_END.finditer(text, lo, start)), default=lo)
    right_match = _SENTENCE_END.search(text, end, hi + 1)
    right = min(right_match.end(), hi) if right_match else hi
    return " ".join(text[left:right].split())


def _unique(persons):
    seen = {}
    for person in persons:
        person = Person(person) if isinstance(person, str) else person
        name = " ".join(person.name.split())
        if not name or name in {g for _, g in KINDS.values()}:
            continue
        key = name.lower()
        if key not in seen or person.partial:
            seen[key] = Person(name, person.partial or seen.get(key, person).partial)
    return list(seen.values())
