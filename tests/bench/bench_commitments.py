"""Commitment detection: recall and precision on the labelled corpus, per split."""

import time
from pathlib import Path

from tests.commitments.corpus import figures, load


def run(workdir: Path) -> list[dict]:
    rows = []
    for split in ("dev", "heldout", "unseen", "unseen2", "unseen3", "unseen4", "unseen5",
                  "unseen6", None):
        sentences = load(split)
        started = time.perf_counter()
        result = figures(sentences)
        elapsed = (time.perf_counter() - started) * 1000 / max(len(sentences), 1)
        rows.append({"split": split or "all", "sentences": result["sentences"],
                     "promises": result["promises"], "recall": f"{result['recall']:.0%}",
                     "precision": f"{result['precision']:.0%}",
                     "count_exact": f"{result['count_exact']:.0%}",
                     "ms_per_sentence": round(elapsed, 2), "floor": ">= 90%"})
    return rows
