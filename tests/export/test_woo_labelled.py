"""The Woo redactor measured on a labelled set (tests/export/data/woo_labelled.txt):
recall (nothing personal left) and precision (nothing else blacked out), printed, with floors.
"""

import pytest

from tests.export.woo_labelled import DATA, figures, load

#: a missed personal datum is a leak: the floor is (nearly) everything
RECALL_FLOOR, PRECISION_FLOOR = 1.0, 0.95


@pytest.mark.parametrize("split", ["dev", "unseen", "unseen2", "unseen3", "unseen4", "unseen5",
                                   "unseen6"])
def test_redactor_recall_and_precision_on_the_labelled_set(split):
    result = figures(load(split))
    print(f"\nWoo redactor on {DATA.name} ({split}): {result['labelled']} labelled, "
          f"{result['found']} found, recall {result['recall']:.3f}, "
          f"precision {result['precision']:.3f}")
    assert result["recall"] >= RECALL_FLOOR and result["precision"] >= PRECISION_FLOOR, \
        "\n".join(result["mistakes"])


def test_the_labelled_set_has_enough_lines_and_redactions():
    assert len(load("unseen")) >= 40
    assert sum(len(case.gold) for case in load()) >= 100
