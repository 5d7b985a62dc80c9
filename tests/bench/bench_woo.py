"""Woo redaction: recall and precision on the labelled set, per split."""

import time
from pathlib import Path

from tests.export.woo_labelled import figures, load


def run(workdir: Path) -> list[dict]:
    rows = []
    for split in ("dev", "unseen", "unseen2", "unseen3", "unseen4", None):
        cases = load(split)
        started = time.perf_counter()
        result = figures(cases)
        elapsed = (time.perf_counter() - started) * 1000 / max(len(cases), 1)
        rows.append({"split": split or "all", "lines": result["lines"],
                     "labelled": result["labelled"], "found": result["found"],
                     "recall": f"{result['recall']:.1%}",
                     "precision": f"{result['precision']:.1%}",
                     "ms_per_line": round(elapsed, 2), "floor": "recall 100%, precision >= 95%"})
    return rows
