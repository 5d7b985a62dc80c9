"""The proposed redactions of a Woo copy, grouped per person or kind, for the lakken page."""

import re
from dataclasses import dataclass, field

from briefings.woo.patterns import KINDS
from briefings.woo.redactor import Hit, unmark


@dataclass
class Occurrence:
    place: str
    #: the sentence in three parts, the redacted text in the middle
    before: str
    text: str
    after: str
    key: str


@dataclass
class Group:
    title: str
    kind: str
    ground: str
    occurrences: list[Occurrence] = field(default_factory=list)


def group(hits: list[Hit], quiet=lambda text: text) -> list[Group]:
    """Return the hits grouped: each listed person, then each kind of data, in that order.

    `quiet` redacts the place labels (a heading can hold a name too).
    """
    groups: dict[tuple, Group] = {}
    for hit in hits:
        if hit.kind == "naam" and hit.person:
            key = (0, hit.person.lower())
            title = f"Naam: {hit.person}"
        else:
            key = (1, list(KINDS).index(hit.kind))
            title = KINDS[hit.kind][0]
        target = groups.setdefault(key, Group(title, hit.kind, hit.ground))
        if any(o.key == hit.key and o.place == quiet(hit.place) for o in target.occurrences):
            continue
        target.occurrences.append(_occurrence(hit, quiet(hit.place) or "Overige tekst"))
    return [groups[key] for key in sorted(groups)]


def _occurrence(hit: Hit, place: str) -> Occurrence:
    sentence, text = _plain(unmark(hit.sentence)), " ".join(hit.text.split())
    at = sentence.find(text)
    if at < 0:
        return Occurrence(place, "", text, f" — {sentence}", hit.key)
    return Occurrence(place, sentence[:at], text, sentence[at + len(text):], hit.key)


def _plain(sentence: str) -> str:
    """The sentence as a reader sees it: without list marks and emphasis markers, a link as
    its text with the address in brackets."""
    sentence = re.sub(r"^\s*(?:[-*+]|\d+[.)])\s+", "", sentence)
    sentence = re.sub(r"\[([^\]]*)\]\(([^)\s]*)\)", r"\1 (\2)", sentence)
    return re.sub(r"\*\*|__|~~", "", sentence)
