"""The labelled Woo set (data/woo_labelled.txt) and the redactor's figures on it.

One sentence a line, what must be redacted in [[...]]. A line "@ name; name" sets the listed
names for the lines after it; a line "% split" starts a split ("dev" until the first one), so
sentences added later are measured on their own before anything is tuned on them.
"""

import re
from pathlib import Path
from typing import NamedTuple

from briefings.woo.redactor import Person, PublicRule, Redactor

DATA = Path(__file__).parent / "data" / "woo_labelled.txt"
#: the office holders an annotation of the set would name (portfolio holder, askers)
PUBLIC = PublicRule(names=["Van Buren", "Mangal", "Halsema"])


class Case(NamedTuple):
    split: str
    names: list[str]
    text: str
    gold: set[tuple[int, int]]


def load(split: str | None = None) -> list[Case]:
    """Return the labelled lines, all of them or those of one split."""
    cases, names, current = [], [], "dev"
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("%"):
            current = line[1:].strip()
        elif line.startswith("@"):
            names = [n.strip() for n in line[1:].split(";") if n.strip()]
        else:
            cases.append(Case(current, names, *_unmark(line)))
    return [case for case in cases if split in (None, case.split)]


def _unmark(line: str) -> tuple[str, set[tuple[int, int]]]:
    gold, text, position = set(), "", 0
    for match in re.finditer(r"\[\[(.+?)\]\]", line):
        text += line[position:match.start()]
        gold.add((len(text), len(text) + len(match.group(1))))
        text += match.group(1)
        position = match.end()
    return text + line[position:], gold


def figures(cases: list[Case]) -> dict:
    """Recall (nothing personal left) and precision (nothing else blacked out) over spans,
    with every miss and every extra redaction spelled out."""
    found = correct = expected = 0
    mistakes = []
    for case in cases:
        redactor = Redactor([Person(n) for n in case.names], public=PUBLIC)
        spans = {(h.start, h.end) for h in redactor.find(case.text)}
        found, expected = found + len(spans), expected + len(case.gold)
        correct += len(spans & case.gold)
        mistakes += [f"missed {case.text[a:b]!r} in {case.text!r}" for a, b in case.gold - spans]
        mistakes += [f"extra {case.text[a:b]!r} in {case.text!r}" for a, b in spans - case.gold]
    return {"lines": len(cases), "labelled": expected, "found": found,
            "recall": correct / expected if expected else 1.0,
            "precision": correct / found if found else 1.0, "mistakes": mistakes}
