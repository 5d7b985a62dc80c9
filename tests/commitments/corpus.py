"""The labelled commitment corpus (corpus.tsv) and the detector's figures on it."""

from pathlib import Path
from typing import NamedTuple

from briefings.commitments.detection import find_commitments

CORPUS = Path(__file__).with_name("corpus.tsv")


class Labelled(NamedTuple):
    split: str
    promises: int
    kind: str
    source: str
    sentence: str


def load(split: str | None = None) -> list[Labelled]:
    """Return the labelled sentences, all of them or those of one split ("dev", "unseen2")."""
    rows = []
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            split_, promises, kind, source, sentence = line.split("\t")
            rows.append(Labelled(split_, int(promises), kind, source, sentence))
    return [row for row in rows if split in (None, row.split)]


def figures(rows: list[Labelled]) -> dict:
    """Recall and precision per sentence (is it a promise?), and how often the count is right."""
    found = [len(find_commitments(row.sentence)) for row in rows]
    hits = sum(1 for row, n in zip(rows, found, strict=True) if row.promises and n)
    predicted = sum(1 for n in found if n)
    actual = sum(1 for row in rows if row.promises)
    exact = sum(1 for row, n in zip(rows, found, strict=True) if row.promises == n)
    return {"sentences": len(rows), "promises": actual,
            "recall": hits / actual if actual else 1.0,
            "precision": hits / predicted if predicted else 1.0,
            "count_exact": exact / len(rows) if rows else 1.0}


def mistakes(rows: list[Labelled]) -> list[tuple[int, int, str]]:
    """Return (expected, found, sentence) for every sentence the detector gets wrong."""
    result = []
    for row in rows:
        n = len(find_commitments(row.sentence))
        if bool(n) != bool(row.promises):
            result.append((row.promises, n, row.sentence))
    return result
