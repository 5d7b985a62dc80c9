"""Search relevance: nDCG@10 and MRR on the judged queries, precision@3 for eerder gezegd

The judged set is tests/bench/judged/ (see tests/bench/relevance.py). Each row is one way of
analysing Dutch text, the one the app uses last; the others show what each choice adds.
"unseen" is a split written later, by someone who had not seen the search code or the first
split, and labelled before it was run: questions, months as words, partial names, typos. Its
figures are printed apart, so tuning on the first split does not hide what a new user meets.
"unseen2" is a second such split (plurals, diminutives, compounds with inflected parts, one
and two slips, hyphens, accents), labelled before its first run (0.797/0.863).
"""

import os
import time
from pathlib import Path

from tests.bench import relevance

#: (label, options of schema.make_schema); the last one is what the app uses
VARIANTS = [
    ("before issue 12: Whoosh dutch_porter, no compounds",
     {"stemmer": "whoosh", "compound_parts": False}),
    ("PyStemmer dutch_porter", {"stemmer": "dutch_porter", "compound_parts": False}),
    ("PyStemmer dutch", {"stemmer": "dutch", "compound_parts": False}),
    ("PyStemmer dutch_porter + compound parts", {"stemmer": "dutch_porter"}),
    ("PyStemmer dutch + compound parts (the app)", {}),
]


def run(workdir: Path) -> list[dict]:
    docs, keys = relevance.judged_documents()
    docs += relevance.distractors()
    judged = relevance.judged_set()
    rows = []
    for label, options in VARIANTS:
        started = time.perf_counter()
        ix = relevance.build_index(docs, **options)
        with ix.searcher() as searcher:
            scores = relevance.evaluate(searcher, keys, judged["search"])
            found = relevance.evaluate_earlier(searcher, keys, judged["earlier"])
            unseen = relevance.evaluate(searcher, keys, judged["unseen"])
            unseen2 = relevance.evaluate(searcher, keys, judged["unseen2"])
        row = {"analysis": label, "nDCG@10": f"{scores.ndcg:.3f}", "MRR": f"{scores.mrr:.3f}"}
        row.update({name: f"{v[0]:.2f}/{v[1]:.2f}" for name, v in scores.by_class.items()})
        row["unseen"] = f"{unseen.ndcg:.3f}/{unseen.mrr:.3f}"
        row["unseen2"] = f"{unseen2.ndcg:.3f}/{unseen2.mrr:.3f}"
        row["eerder gezegd P@3"] = f"{found.precision_at_3:.2f}"
        row["found"] = f"{found.found:.2f}"
        row["wrong offers"] = f"{found.wrong_offers}/{found.unrelated}"
        row["s"] = f"{time.perf_counter() - started:.1f}"
        rows.append(row)
    rows.append({"analysis": f"unseen split, the app, {unseen.queries} queries (per class: "
                             "nDCG@10/MRR)",
                 **{name: f"{v[0]:.2f}/{v[1]:.2f}" for name, v in unseen.by_class.items()}})
    rows.append({"analysis": "unseen, weakest (nDCG@10 < 0.5): " + "; ".join(
        f"{q} {score:.2f}" for q, score, _ in unseen.weak)})
    rows.append({"analysis": f"unseen2 split, the app, {unseen2.queries} queries (per class: "
                             "nDCG@10/MRR)",
                 **{name: f"{v[0]:.2f}/{v[1]:.2f}" for name, v in unseen2.by_class.items()}})
    rows.append({"analysis": "unseen2, weakest (nDCG@10 < 0.5): " + "; ".join(
        f"{q} {score:.2f}" for q, score, _ in unseen2.weak)})
    rows.append({"analysis": f"{scores.queries} queries (per class: nDCG@10/MRR), "
                             f"{len(judged['earlier'])} eerder-gezegd questions, "
                             f"{len(docs)} documents; load average "
                             + " / ".join(f"{v:.1f}" for v in os.getloadavg())})
    return rows
