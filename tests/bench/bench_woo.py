"""Woo redaction: recall and precision on the labelled set, per split."""

import time
from pathlib import Path

from briefings.woo.redactor import Redactor
from tests.export.woo_labelled import figures, load

#: a long annotation: every hit's context is cut from its own sentence, not from the text's start
LONG_LINE = ("Mevrouw P. Jansen belde op 3 maart met de heer De Vries over het meldpunt; zij woont "
             "op Dorpsstraat 12, 1234 AB Utrecht en is bereikbaar op 06-12345678. ")


def run(workdir: Path) -> list[dict]:
    rows = []
    for split in ("dev", "unseen", "unseen2", "unseen3", "unseen4", "unseen5", "unseen6", None):
        cases = load(split)
        started = time.perf_counter()
        result = figures(cases)
        elapsed = (time.perf_counter() - started) * 1000 / max(len(cases), 1)
        rows.append({"split": split or "all", "lines": result["lines"],
                     "labelled": result["labelled"], "found": result["found"],
                     "recall": f"{result['recall']:.1%}",
                     "precision": f"{result['precision']:.1%}",
                     "ms_per_line": round(elapsed, 2), "floor": "recall 100%, precision >= 95%"})
    text = LONG_LINE * 1000
    started = time.perf_counter()
    hits = Redactor(["Piet de Vries"]).find(text)
    rows.append({"split": f"one text of {len(text):,} characters", "found": len(hits),
                 "ms_per_line": f"{(time.perf_counter() - started) * 1000:.0f} ms in all"})
    return rows
