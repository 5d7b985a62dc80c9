"""The judged relevance set: queries a civil servant types, with the documents that should come
first, scored as nDCG@10 and MRR; "eerder gezegd" pairs scored as precision@3.

The corpus is what ships with the product (briefings/demo/*.json, the published samples in
../shared/samples) plus tests/bench/judged/annotations.json (made-up annotations in many shapes:
compounds, inflections, accents, statuses), among distractors from the bench corpus. Judgements
are per entity: a question, an answer variant (with its toelichting) or a section.

The distractors are unjudged: they take part in the search (term statistics, competition for
the top places) but are left out of the ranked list before scoring ("condensed lists", the usual
way to score with incomplete judgements), since many of them repeat the samples' own sentences.
"""

import json
import math
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import SimpleNamespace

from whoosh.filedb.filestore import RamStorage

from search_index import documents, earlier, query, schema

JUDGED = Path(__file__).parent / "judged"
DEMO = Path(__file__).resolve().parents[2] / "briefings" / "demo"
DEMO_SLUGS = {"annotatie-raad-2024-02-28": "raad", "fietsparkeren-stationsgebied": "fiets"}
SAMPLE_SLUGS = {"bericht-reactie-ombudsman.txt": "ombudsman-bericht",
                "kernboodschap-ombudsman.txt": "ombudsman-kern"}
#: distractor variants from the bench corpus, with ids far above the judged ones
DISTRACTORS = 1500
_OFFSET = 1_000_000
CUTOFF = 10


def judged_set() -> dict:
    return json.loads((JUDGED / "queries.json").read_text(encoding="utf-8"))


def annotations() -> list[dict]:
    """Return every judged annotation as the demo JSON shape, each with a `slug`."""
    found = []
    for path in sorted(DEMO.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        found.append({**data, "slug": DEMO_SLUGS.get(path.stem, path.stem)})
    found += _samples()
    found += json.loads((JUDGED / "annotations.json").read_text(encoding="utf-8"))
    return found


def _samples() -> list[dict]:
    """Parse the published samples the demo data does not already hold (sections only)."""
    from briefings.importing import parse_document
    from tests.bench.search_corpus import SAMPLE_DIRS

    folder = next((d for d in SAMPLE_DIRS if d.is_dir()), None)
    found = []
    for name, slug in SAMPLE_SLUGS.items():
        if folder is not None and (folder / name).is_file():
            data = parse_document(name, (folder / name).read_bytes())
            sections = [{"kind": s["kind"], "heading": s["heading"], "body": s["markdown"]}
                        for s in data["sections"]]
            found.append({"slug": slug, "title": data["title"] or name, "sections": sections,
                          "questions": [], "portfolio_holder": "burgemeester",
                          "meeting": None})
    return found


def judged_documents() -> tuple[list[dict], dict[str, str]]:
    """Return the index documents of the judged annotations and entity -> judged key.

    The documents come from search_index.documents, as the app indexes them.
    """
    docs, keys, ids = [], {}, iter(range(1, _OFFSET))
    for number, data in enumerate(annotations(), start=1):
        annotation = _annotation(number, data)
        for n, section in enumerate(annotation.sections):
            section.id = next(ids)
            keys[f"section:{section.id}"] = f"{data['slug']}/s{n}"
        for pos, q in enumerate(annotation.questions, start=1):
            q.id = next(ids)
            keys[f"question:{q.id}"] = f"{data['slug']}/q{q.number or pos}"
            for k, v in enumerate(q.variants):
                v.id = next(ids)
                keys[f"variant:{v.id}"] = f"{data['slug']}/q{q.number or pos}/v{k}"
        docs += documents.annotation_documents(annotation)
    return docs, keys


def _annotation(number: int, data: dict):
    meeting = data.get("meeting")
    first = date.fromisoformat(meeting["dates"][0]) if meeting and meeting.get("dates") else None
    annotation = SimpleNamespace(id=number, portfolio_holder=data.get("portfolio_holder"),
                                 meeting=SimpleNamespace(first_date=first) if first else None)
    annotation.sections = [SimpleNamespace(kind=s["kind"], heading=s.get("heading") or "",
                                           body=s["body"], annotation=annotation)
                           for s in data["sections"]]
    annotation.questions = []
    for q in data["questions"]:
        asker = q.get("asker") or {}
        question = SimpleNamespace(
            number=q.get("number"), text=q["text"], annotation=annotation,
            asker=SimpleNamespace(name=asker.get("name", ""), party=asker.get("party") or "")
            if asker else None)
        question.variants = [SimpleNamespace(
            body=v.get("body") or "", explanation=v.get("explanation"),
            status=v.get("status", "concept"), chosen=bool(v.get("chosen")), question=question)
            for v in q.get("variants", [])]
        annotation.questions.append(question)
    return annotation


def distractors(count: int = DISTRACTORS) -> list[dict]:
    """Bench-corpus documents with ids that cannot clash with the judged ones."""
    from tests.bench.search_corpus import Corpus

    docs = []
    for doc in Corpus(seed=11).documents(count):
        kind, number = doc["entity"].split(":")
        entity = f"{kind}:{int(number) + _OFFSET}"
        docs.append({**doc, "entity": entity, "doc_id": entity,
                     "annotation_id": str(int(doc["annotation_id"]) + _OFFSET),
                     "question_id": str(int(doc["question_id"]) + _OFFSET)})
    return docs


def build_index(docs: list[dict], **analysis):
    """Return an index in memory over `docs` (analysis options as in schema.make_schema)."""
    ix = RamStorage().create_index(schema.make_schema(**analysis))
    with ix.writer() as writer:
        for doc in docs:
            writer.add_document(**doc)
    return ix


def ranked_keys(searcher, text: str, keys: dict) -> list[str]:
    """Return the judged keys of the first hits of a search, one per entity, in order."""
    result = query.search(searcher, text, pagelen=200, facets=False)
    ranked = []
    for hit in result.hits:
        key = keys.get(f"{hit.entity_type}:{hit.entity_id}")
        if key is not None and key not in ranked:
            ranked.append(key)
    return ranked[:CUTOFF]


def ndcg(ranked: list[str], grades: dict[str, int]) -> float:
    gains = [(2 ** grades.get(key, 0) - 1) / math.log2(i + 2) for i, key in enumerate(ranked)]
    ideal = sorted(grades.values(), reverse=True)[:CUTOFF]
    best = sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    return sum(gains) / best if best else 0.0


def reciprocal_rank(ranked: list[str], grades: dict[str, int]) -> float:
    return next((1 / (i + 1) for i, key in enumerate(ranked) if grades.get(key)), 0.0)


@dataclass
class Scores:
    ndcg: float
    mrr: float
    queries: int
    #: per query class: (nDCG@10, MRR, number of queries)
    by_class: dict
    #: queries with nDCG@10 below 0.5: (query, nDCG, first keys)
    weak: list


def evaluate(searcher, keys: dict, judged: list[dict] | None = None) -> Scores:
    judged = judged_set()["search"] if judged is None else judged
    per_class: dict[str, list[tuple[float, float]]] = {}
    weak = []
    for item in judged:
        ranked = ranked_keys(searcher, item["q"], keys)
        score = (ndcg(ranked, item["relevant"]), reciprocal_rank(ranked, item["relevant"]))
        per_class.setdefault(item["class"], []).append(score)
        if score[0] < 0.5:
            weak.append((item["q"], round(score[0], 2), ranked[:3]))
    everything = [s for scores in per_class.values() for s in scores]
    return Scores(_mean(s[0] for s in everything), _mean(s[1] for s in everything),
                  len(everything),
                  {name: (_mean(s[0] for s in v), _mean(s[1] for s in v), len(v))
                   for name, v in sorted(per_class.items())}, weak)


@dataclass
class EarlierScores:
    #: relevant offers among the (at most 3) offered, averaged over questions with offers
    precision_at_3: float
    #: questions with an earlier counterpart that got at least one relevant offer
    found: float
    #: questions without a counterpart that were offered something anyway
    wrong_offers: int
    unrelated: int


def evaluate_earlier(searcher, keys: dict, pairs: list[dict] | None = None) -> EarlierScores:
    pairs = judged_set()["earlier"] if pairs is None else pairs
    precisions, found, wrong = [], [], 0
    for item in pairs:
        found_ids = earlier.similar_question_ids(searcher, item["q"], exclude_annotation="-1",
                                                 limit=12)
        offered = [keys[f"question:{qid}"] for qid, _ in found_ids
                   if f"question:{qid}" in keys][:3]
        relevant = set(item["relevant"])
        if offered:
            precisions.append(len([k for k in offered if k in relevant]) / len(offered))
        if relevant:
            found.append(1.0 if relevant & set(offered) else 0.0)
        elif offered:
            wrong += 1
    return EarlierScores(_mean(precisions), _mean(found), wrong,
                         len([p for p in pairs if not p["relevant"]]))


def _mean(values) -> float:
    values = list(values)
    return sum(values) / len(values) if values else 0.0
