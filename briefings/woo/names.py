"""Every written form of a person's name, as regular expressions.

"Petra de Wit" is also written "Petra", "De Wit", "de Wit", "Wit", "P. de Wit", "P.de Wit",
"Petra's", "De Wits", "PETRA DE WIT", and inverted as lists and mail headers write it:
"Wit, P. de", "De Wit, Petra", "Wit, Petra de". A name listed by its initials ("P. de Wit") is
also found written out ("Petra de Wit"), the first letter fixed. A form is matched in any
capitalisation, except a single word that is also an ordinary Dutch word ("Wit", "Bakker",
"Roos"): that one only with a capital (or in capitals), so "de witte muur" and "een bakker"
stay while "mevrouw Bakker" goes.
"""

import re
from dataclasses import dataclass

#: words that sit between first name and surname (and in front of a second surname)
TUSSENVOEGSELS = frozenset("""
    van de der den het 't 's te ter ten op in aan bij uit onder over voor tot vd v/d
    la le du des da di del della dos d' l' el al von zu vom zum zur am auf
""".split())
#: titles and forms of address written in front of a name
TITLES = frozenset("""
    mr mr. dr dr. drs drs. ir ir. ing ing. prof prof. dhr dhr. mevr mevr. mw mw. mevrouw
    meneer heer de_heer
""".split())
#: surnames and first names that are also ordinary Dutch words: matched only capitalised
COMMON_WORDS = frozenset("""
    aarde appel baan bakker bank beek beer berg blauw blom bloem boer boom bos bosch bouw
    brand brink broek brouwer bruin burg daal dam dekker dijk dik doorn dorp eik engel es
    fleur goud graaf groen groot haan hage hagen ham hart haven heer heuvel hoek hof hoog
    hoorn horst hout huis iris jong kamp kok koning koster kraan kroon kruis laan lam lang
    leeuw linde maan man mark meer meijer mulder noord oost pauw pool raaf ram roos rood
    rots schaap schipper schoen schouten slot smid smit snel spijker staal steen ster stern
    storm straat stroom timmer toren valk veen veld visser vink vis vogel vos wagenaar water
    weg wei west wever wiel wijn wit wolf zee zilver zon zuid zwart max job frank wil lieve
    ben bas hoop guus mees pim roel kat dirk wouter sterre jade hazel noor rik vera
""".split())
_INITIALS = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]?$|^[A-Z]$")
#: initials in front of a surname: "P.", "P.J.", "P. J.", "PJ", "P"
INITIALS_RE = r"(?-i:(?:[A-Z]\.[ \t]*){1,5}|[A-Z]{1,3}[ \t]+)"
#: possessive or genitive after a name: Petra's, De Wits, Klaas'
POSSESSIVE_RE = r"(?:['’`]s|s|['’`])?"
#: a soft line break inside a paragraph separates words like a space
_SPACE = r"\s+"
#: between two parts of a double surname
_HYPHEN = r"(?:[ \t]*[-‐–][ \t]*|[ \t]+)"


@dataclass(frozen=True)
class ParsedName:
    """A name in its parts: "Anne-Marie van den Berg-de Vries" -> given ["Anne-Marie"],
    prefix ["van", "den"], surname parts ["Berg", "de Vries"]."""

    given: tuple[str, ...]
    prefix: tuple[str, ...]
    surnames: tuple[str, ...]

    @property
    def initials_only(self) -> bool:
        return all(_INITIALS.match(word) for word in self.given)


def parse(name: str) -> ParsedName | None:
    """Split a written name into given names, tussenvoegsel and surname(s)."""
    words = [w for w in _uninverted(name).split() if w.lower() not in TITLES]
    # "P.de Wit": an initial glued to the next word
    words = [part for w in words for part in _unglue(w)]
    if not words:
        return None
    split = next((i for i, w in enumerate(words) if i and w.lower() in TUSSENVOEGSELS), None)
    if split is None:
        given, rest = words[:-1], words[-1:]
        prefix = []
    else:
        given, rest = words[:split], words[split:]
        prefix = []
        while len(rest) > 1 and rest[0].lower() in TUSSENVOEGSELS:
            prefix.append(rest.pop(0))
    surnames = tuple(p.strip() for p in re.split(r"[-‐–]", " ".join(rest)) if p.strip())
    return ParsedName(tuple(given), tuple(prefix), surnames)


def _uninverted(name: str) -> str:
    """"Wit, P. de" -> "P. de Wit"; "De Wit, Petra" -> "Petra De Wit"."""
    surname, comma, rest = name.partition(",")
    if not comma or not rest.strip():
        return name.replace(",", " ")
    words = rest.replace(",", " ").split()
    tail = []
    while words and words[-1].lower() in TUSSENVOEGSELS:
        tail.insert(0, words.pop())
    return " ".join([*words, *tail, surname])


def _unglue(word: str) -> list[str]:
    match = re.match(r"^((?:[A-Z]\.)+)([A-Z][a-z'’].*|[a-z'’].*)$", word)
    return [match.group(1), match.group(2)] if match else [word]


@dataclass(frozen=True)
class Form:
    """One written form of a name as a regular expression."""

    pattern: str
    #: True: only with a capital; the form is also an ordinary word
    capital_only: bool


def forms(name: str, *, partial: bool = True) -> list[Form]:
    """Return the forms of `name`, longest first.

    `partial` adds the forms that stand for the person only in context: a first name alone and
    a surname without its tussenvoegsel. Without it: the full name, the surname with its
    tussenvoegsel, initials plus surname, and a surname that is not an ordinary word.
    """
    parsed = parse(name)
    if parsed is None or not partial and not parsed.given and not parsed.prefix:
        # a one-word name of someone not involved would hit that word everywhere
        return []
    surname = _surname(parsed)
    result = []
    if parsed.given and not parsed.initials_only:
        given = _words(parsed.given)
        result.append(Form(given + r"[\s._-]+" + surname, False))
    result.append(Form(INITIALS_RE + surname, False))
    if parsed.given and not parsed.initials_only:  # "Petra J. de Wit"
        result.append(Form(_words(parsed.given) + r"\s+" + INITIALS_RE + surname, False))
    if parsed.given and parsed.initials_only:  # listed "P. de Wit", written "Petra de Wit"
        result.append(Form(rf"(?-i:{parsed.given[0][0].upper()}[a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ]+)?)"
                           + r"[\s]+" + surname, False))
    result += _inverted(parsed)
    if parsed.prefix:
        result.append(_single(parsed.prefix, parsed.surnames, joined=surname))
        if len(parsed.surnames) > 1:  # "van der Berg" of "van der Berg-de Vries"
            result.append(_single(parsed.prefix, parsed.surnames[:1]))
    if len(parsed.surnames) > 1:  # "Berg-de Vries" without its tussenvoegsel
        result.append(Form(_HYPHEN.join(_words(p.split()) for p in parsed.surnames), False))
    for part in parsed.surnames:
        sub = parse("x " + part)  # "de Vries" inside "Berg-de Vries"
        core = sub.surnames[0] if sub and sub.surnames else part
        if sub and sub.prefix:
            result.append(_single(sub.prefix, (core,)))
        if partial or not _is_common(core) and len(parsed.surnames) == 1 and not parsed.prefix:
            result.append(_single((), (core,)))
    if partial and parsed.given and not parsed.initials_only:
        result.append(_single((), (" ".join(parsed.given),)))
        for word in parsed.given:
            for piece in [word, *re.split(r"[-‐–]", word)]:
                if len(piece) > 1 and not _INITIALS.match(piece):
                    result.append(_single((), (piece,)))
    unique = {form.pattern: form for form in result}
    return sorted(unique.values(), key=lambda f: len(f.pattern), reverse=True)


def _inverted(parsed: ParsedName) -> list[Form]:
    """"De Wit, Petra", "De Wit, P.", "Wit, P. de", "Ouali, Karim": the surname first."""
    if not parsed.given:
        return []
    initials = rf"(?-i:{re.escape(parsed.given[0][0].upper())}\.(?:[ \t]?[A-Z]\.){{0,4}})"
    given = initials if parsed.initials_only else rf"(?:{_words(parsed.given)}|{initials})"
    # "De muur is wit, P. de Vries ...": a surname that is also a word only capitalised
    common = len(parsed.surnames) == 1 and _is_common(parsed.surnames[0])
    core = _capitalised(parsed.surnames[0]) if common else \
        _HYPHEN.join(_words(p.split()) for p in parsed.surnames)
    result = [Form(rf"{core}[ \t]*,[ \t]*{given}", False)]
    if parsed.prefix:
        result.append(Form(rf"{core}[ \t]*,[ \t]*{given}[ \t]+{_words(parsed.prefix)}", False))
        result.append(Form(rf"{_surname(parsed)}[ \t]*,[ \t]*{given}", False))
    return result


def _surname(parsed: ParsedName) -> str:
    parts = _HYPHEN.join(_words(p.split()) for p in parsed.surnames)
    if parsed.prefix:
        return _words(parsed.prefix) + _SPACE + parts
    return parts


def _single(prefix, surnames, joined=None) -> Form:
    """A form whose last word may be an ordinary word: then only capitalised."""
    words = " ".join(surnames).split()
    common = len(words) == 1 and _is_common(words[0])
    if joined is not None and not common:
        return Form(joined, False)
    body = _HYPHEN.join(_words(s.split()) for s in surnames) if not common else \
        _capitalised(words[0])
    if prefix:
        body = _words(prefix) + _SPACE + body
    return Form(body, common)


def _is_common(word: str) -> bool:
    return word.lower() in COMMON_WORDS or len(word) <= 2


def _words(words) -> str:
    return _SPACE.join(_word(w) for w in words)


def _word(word: str) -> str:
    """A word, with the apostrophes of 't and 's in any shape."""
    return re.escape(word).replace("'", "['’`]")


def _capitalised(word: str) -> str:
    """Case-sensitive: Wit or WIT, not wit."""
    title = word[:1].upper() + word[1:]
    return rf"(?-i:{_word(title)}|{_word(word.upper())})"
