"""The Woo redactor measured on a labelled set (tests/export/data/woo_labelled.txt):
recall (nothing personal left) and precision (nothing else blacked out), printed, with floors.
"""

import re
from pathlib import Path

from briefings.woo.redactor import Person, PublicRule, Redactor

DATA = Path(__file__).parent / "data" / "woo_labelled.txt"
PUBLIC = PublicRule(names=["Van Buren", "Mangal", "Halsema"])
#: a missed personal datum is a leak: the floor is (nearly) everything
RECALL_FLOOR, PRECISION_FLOOR = 1.0, 0.95


def _cases():
    names = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@"):
            names = [n.strip() for n in line[1:].split(";") if n.strip()]
            continue
        gold, text, position = set(), "", 0
        for match in re.finditer(r"\[\[(.+?)\]\]", line):
            text += line[position:match.start()]
            gold.add((len(text), len(text) + len(match.group(1))))
            text += match.group(1)
            position = match.end()
        text += line[position:]
        yield names, text, gold


def test_redactor_recall_and_precision_on_the_labelled_set():
    found = correct = expected = 0
    misses = []
    for names, text, gold in _cases():
        redactor = Redactor([Person(n) for n in names], public=PUBLIC)
        spans = {(h.start, h.end) for h in redactor.find(text)}
        found += len(spans)
        expected += len(gold)
        correct += len(spans & gold)
        misses += [f"missed {text[a:b]!r} in {text!r}" for a, b in gold - spans]
        misses += [f"extra {text[a:b]!r} in {text!r}" for a, b in spans - gold]
    recall, precision = correct / expected, correct / found
    print(f"\nWoo redactor on {DATA.name}: {expected} labelled, {found} found, "
          f"recall {recall:.3f}, precision {precision:.3f}")
    assert recall >= RECALL_FLOOR and precision >= PRECISION_FLOOR, "\n".join(misses)
