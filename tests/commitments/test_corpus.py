"""Commitment detection measured on the labelled corpus (tests/commitments/corpus.tsv)."""

import pytest

from tests.commitments.corpus import figures, load, mistakes

FLOOR = 0.90


@pytest.mark.parametrize("split", ["dev", "heldout", "unseen", "unseen2", "unseen3", "unseen4",
                                   "unseen5", "unseen6"])
def test_detection_finds_nine_in_ten_promises_and_nine_in_ten_offers_are_promises(split):
    rows = load(split)
    result = figures(rows)
    assert result["recall"] >= FLOOR, mistakes(rows)
    assert result["precision"] >= FLOOR, mistakes(rows)


def test_the_corpus_has_enough_promises_and_look_alikes_from_public_sources():
    rows = load()
    assert len(rows) >= 150
    assert sum(1 for row in rows if row.promises) >= 60
    assert sum(1 for row in rows if not row.promises) >= 60
    assert all(row.source and row.kind in ("quoted", "adapted") for row in rows)
