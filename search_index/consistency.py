"""Figures in answers: extract counts, amounts, percentages and dates, and compare them.

"24 meldingen", "€ 2,5 miljoen", "12%", "van 1,5 naar 4 fte", "uiterlijk 1 januari 2026".
A fact is (key, value): the key says what is counted (the stemmed noun, "euro", "%", or the
word before a date), the value is the figure as normalised text. Two texts contradict each other
where they share a key but the earlier text never gives the draft's value for it.
"""

import re
from dataclasses import dataclass

from briefings.markdown import plain_text
from briefings.vocabulary import DUTCH_MONTHS
from search_index.analysis import DUTCH_STOP_WORDS, index_term

#: the index's own stems, so "24 meldingen" here is the word `melding` finds in a search
_stem = index_term

_MONTHS = "|".join(DUTCH_MONTHS)
_NUMBER = r"\d+(?:[.,]\d+)*"
_DATE = re.compile(rf"\b(\d{{1,2}})\s+({_MONTHS})(?:\s+(\d{{4}}))?\b", re.IGNORECASE)
_AMOUNT = re.compile(
    rf"(?:€\s*({_NUMBER})(?:\s+(miljoen|miljard|duizend))?)"
    rf"|(?:\b({_NUMBER})(?:\s+(miljoen|miljard|duizend))?\s+euro\b)", re.IGNORECASE)
_PERCENT = re.compile(rf"\b({_NUMBER})\s*(?:%|procent\b)(?:\s+(?:van\s+)?(?:de\s+|het\s+)?(\w+))?",
                      re.IGNORECASE)
_COUNT = re.compile(rf"\b({_NUMBER})\s+([^\W\d]\w*)", re.IGNORECASE)
_SCALES = {"duizend": 1e3, "miljoen": 1e6, "miljard": 1e9}
_NUMBER_WORDS = {"keer", "maal", "jaar", "jaren", "uur", "uren", "dag", "dagen", "week", "weken",
                 "maand", "maanden", "minuten"}


@dataclass(frozen=True)
class Fact:
    key: str
    value: str
    #: as written in the text, for the message: "24 meldingen"
    text: str


def number(text: str) -> float:
    """Return '1.500' -> 1500, '1,5' -> 1.5 (Dutch: dot groups thousands, comma is decimal)."""
    text = text.replace(".", "") if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", text) else text
    return float(text.replace(".", "").replace(",", ".") if "," in text else text)


def _value(figure: str, scale: str | None = None) -> str:
    return f"{number(figure) * _SCALES.get((scale or '').lower(), 1):g}"


def extract(text: str) -> list[Fact]:
    """Return the facts in a text (Markdown read as plain text), in order of appearance."""
    text = plain_text(text)
    facts, taken = [], []
    for kind, pattern in (("date", _DATE), ("amount", _AMOUNT), ("percent", _PERCENT),
                          ("count", _COUNT)):
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            fact = _fact(kind, match, text)
            if fact is not None:
                facts.append((match.start(), fact))
                taken.append(match.span())
    return [fact for _, fact in sorted(facts, key=lambda item: item[0])]


def _fact(kind: str, match, text: str) -> Fact | None:
    written = match.group(0).strip()
    if kind == "date":
        day, month, year = match.groups()
        before = re.findall(r"(\w+)\s*$", text[:match.start()])
        key = "datum:" + (_stem(before[0].lower()) if before else "")
        return Fact(key, f"{year or ''}-{DUTCH_MONTHS.index(month.lower()) + 1}-{day}", written)
    if kind == "amount":
        figure, scale = (match.group(1), match.group(2)) if match.group(1) else match.group(3, 4)
        return Fact("euro", _value(figure, scale), written)
    if kind == "percent":
        noun = match.group(2)
        key = "%" + (":" + _stem(noun.lower()) if noun and noun.lower() not in DUTCH_STOP_WORDS
                     else "")
        return Fact(key, _value(match.group(1)), written.split(" van ")[0] if noun else written)
    figure, noun = match.group(1), match.group(2).lower()
    if noun in DUTCH_STOP_WORDS or noun.isdigit() or re.fullmatch(r"(19|20)\d\d", figure):
        return None
    if noun in _NUMBER_WORDS:
        return None
    return Fact(_stem(noun), _value(figure), f"{figure} {match.group(2)}")


def contradictions(draft: str, earlier: str) -> list[tuple[Fact, Fact]]:
    """Return (draft fact, earlier fact) pairs where both name the same thing with other values.

    Per key the values are compared as sets: "24 meldingen, waarvan 3 meldingen anoniem" agrees
    with an earlier "24 meldingen", since one of its values for `melding` is the earlier one.
    """
    earlier_by_key = _by_key(extract(earlier))
    pairs = []
    for key, mine in _by_key(extract(draft)).items():
        theirs = earlier_by_key.get(key, [])
        if theirs and not {f.value for f in mine} & {f.value for f in theirs}:
            pairs.append((mine[0], theirs[0]))
    return pairs


def _by_key(facts) -> dict[str, list[Fact]]:
    grouped: dict[str, list[Fact]] = {}
    for fact in facts:
        grouped.setdefault(fact.key, []).append(fact)
    return grouped
