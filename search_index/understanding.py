"""What a query typed as a sentence means: "wat zei de wethouder over het meldpunt", "racisme
in februari 2024".

Two readings, both only for a plain query (no quotes around them, no EN/OF/NIET, no groups,
no prefix*), both shown to the user on the results page:

- a month and year ("maart 2024", "in maart 2024"), "vorig jaar" or "dit jaar" is the period
  of the meeting, a date filter, and the words leave the query; the page says so and links
  to the search without it;
- in a query that reads as a sentence (it starts like a question, or says "over"), words that
  say who spoke, that a question is asked or what kind of text is wanted ("zei", "gezegd",
  "wethouder", "antwoord", "vragen") are optional: documents with them rank higher, but the
  topic words alone decide what matches. Every word required would find only the documents
  that also contain "gezegd". A list of words ("toezegging fietsenstalling") keeps them all
  required, and says so when no document has them all (query.any_of_the_words).
"""

import calendar
import re
from dataclasses import dataclass
from datetime import date

from briefings.vocabulary import DUTCH_MONTHS
from search_index import compounds
from search_index.analysis import DUTCH_STOP_WORDS, OPERATOR_WORDS, fold

#: words that make a sentence a question, whatever it is about: "Hoeveel ...?", "Klopt het
#: dat ...?" (the stop list already has hoe, wat, wie, waar); eerder gezegd leaves them out
QUESTION_WORDS = frozenset(
    "hoeveel wanneer waarom welke welk klopt kloppen kan kunnen gaat gaan wordt worden doet doen "
    "komt komen vindt vinden moet moeten wil willen zal zullen graag nieuwe nieuw".split())

#: words about the text rather than its topic: saying and asking, who speaks for the city,
#: the kinds of text (a reader searching "antwoord over grofvuil" wants the text on grofvuil)
ABOUT_THE_TEXT = frozenset(
    "gezegd zeggen zegt zei zeiden verteld vertelde gesproken geantwoord antwoordde beantwoord "
    "gevraagd vroeg vroegen vraagt eerder eerdere vroeger ooit gedaan "
    "we wij ons onze wethouder burgemeester college gemeente "
    "antwoord antwoorden vraag vragen toezegging toezeggingen toegezegd toezeggen "
    "perslijn perslijnen lijn lijnen "
    "kernboodschap kernboodschappen standpunt reactie".split())

OPTIONAL_WORDS = QUESTION_WORDS | ABOUT_THE_TEXT
#: the first words of a question, or of a sentence about what was said
SENTENCE_STARTS = frozenset(
    "wat wie hoe waar wanneer waarom welke welk hoeveel hebben heeft hadden had is zijn was "
    "waren kan kunnen klopt zei zeiden wordt worden gaat gaan komt komen moet moeten".split())

_MONTHS = {name: n for n, name in enumerate(DUTCH_MONTHS, start=1)}
_MONTHS.update({name[:3]: n for name, n in _MONTHS.items()})
_MONTHS.update(sept=9, mrt=3)
_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
_PERIOD = re.compile(rf"(?:\bin\s+)?\b({_MONTH_NAMES})\.?\s+((?:19|20)\d\d)\b", re.IGNORECASE)
#: a year said relative to today; a bare year ("2024") stays a word: texts say "in 2024 kwamen
#: 96 meldingen" about other years than their meeting's
_RELATIVE_YEAR = re.compile(r"(?:\bin\s+)?\b(vorig|dit)\s+jaar\b", re.IGNORECASE)
_PLAIN_WORD = re.compile(r"^[\w'’.,-]+$")


@dataclass(frozen=True)
class Period:
    #: the words read as the period, as typed: "in maart 2024", "vorig jaar"
    words: str
    #: the period as the page says it: "maart 2024", "2025"
    label: str
    date_from: str  # ISO dates
    date_to: str


def period(text: str, today: date | None = None) -> tuple[str, Period | None]:
    """Return the query without its month and year (or "vorig jaar"), and that period; or the
    query unchanged and None (no period, one in quotes, or nothing else to search)."""
    match = _outside_quotes(_PERIOD, text)
    if match is not None:
        month, year = _MONTHS[match.group(1).lower()], int(match.group(2))
        last = calendar.monthrange(year, month)[1]
        found = Period(match.group(0), f"{DUTCH_MONTHS[month - 1]} {year}",
                       f"{year}-{month:02d}-01",
                       f"{year}-{month:02d}-{last:02d}")
    else:
        match = _outside_quotes(_RELATIVE_YEAR, text)
        if match is None:
            return text, None
        year = (today or date.today()).year - (match.group(1).lower() == "vorig")
        found = Period(match.group(0), str(year), f"{year}-01-01", f"{year}-12-31")
    rest = " ".join((text[:match.start()] + " " + text[match.end():]).split())
    if not [w for w in rest.split() if w.lower() not in DUTCH_STOP_WORDS]:
        return text, None
    return rest, found


def _outside_quotes(pattern, text):
    return next((m for m in pattern.finditer(text) if not text[:m.start()].count('"') % 2),
                None)


def optional_words(text: str) -> tuple[str, list[str]]:
    """Return (the words every match must have, the words that only rank) of a plain query;
    everything stays required when no topic word would be left."""
    words = text.split()
    if len(words) < 2 or not all(_PLAIN_WORD.match(w) for w in words) \
            or any(w in OPERATOR_WORDS for w in words) or not _reads_as_sentence(words):
        return text, []
    optional = [w for w in words if fold(w.lower().strip(".,")) in OPTIONAL_WORDS]
    required = [w for w in words if w not in optional]
    if not [w for w in required if w.lower() not in DUTCH_STOP_WORDS]:
        return text, []
    return " ".join(required), optional


_HYPHENATED = re.compile(r"(?<![\w*-])(\w+)-(\w+)(?![\w*-])")


def joined_hyphens(text: str) -> str:
    """Let a hyphenated word also find the word written whole: "Zuid-Oost" finds Zuidoost,
    "e-mail" email (words in quotes are left as typed)."""
    parts = text.split('"')
    parts[::2] = [_HYPHENATED.sub(r"(\1-\2 OR \1\2)", part) for part in parts[::2]]
    return '"'.join(parts)


#: particles of separable verbs that are not stop words, so "binnen" can be required beside
#: the verb ("op", "uit", "aan" are dropped from the index: "uit voeren" would be any "voeren")
PARTICLES = ("binnen", "terug", "samen", "achter", "boven", "buiten", "tussen", "voorbij",
             "mede", "mee", "neer", "vast", "weg", "toe", "af")
_PARTICLE_VERB = re.compile(rf"(?<![\w*\"-])({'|'.join(PARTICLES)})((?:ge)?\w{{4,}})(?![\w*\"-])",
                            re.IGNORECASE)


def separated_particles(text: str) -> str:
    """Let a separable verb written whole also find its parts apart: "binnengekomen" finds
    "kwamen 24 meldingen binnen gekomen" and "binnenkomen" "komen binnen". The verb part must
    be a known word ("toezeggen": zeggen); an irregular past ("kwamen binnen") is not found.
    Words in quotes are left as typed."""
    parts = text.split('"')
    parts[::2] = [_PARTICLE_VERB.sub(_both_readings, part) for part in parts[::2]]
    return '"'.join(parts)


def _both_readings(match) -> str:
    particle, verb = match.group(1).lower(), match.group(2).lower()
    bare = verb[2:] if verb.startswith("ge") and verb.endswith("en") else None
    forms = [f for f in (verb, bare)
             if f and len(f) >= 4 and compounds.is_word(f)]
    if not forms or not verb.endswith(("en", "d", "t")):
        return match.group(0)
    verbs = forms[0] if len(forms) == 1 else f"({' OR '.join(forms)})"
    return f"({match.group(0)} OR ({particle} {verbs}))"


def _reads_as_sentence(words: list[str]) -> bool:
    return words[0].lower() in SENTENCE_STARTS or "over" in (w.lower() for w in words[1:-1])
