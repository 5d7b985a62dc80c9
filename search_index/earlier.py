""""Eerder gezegd": similar questions from other annotations, with their approved answers,
and the consistency warnings of a draft that follow from them."""

import logging
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload
from whoosh.collectors import TimeLimit, TimeLimitCollector
from whoosh.query import AndNot, Or, Term

from briefings.models import Annotation, Meeting, Question
from briefings.vocabulary import dutch_dates
from search_index import consistency, counting, topk
from search_index.understanding import QUESTION_WORDS

log = logging.getLogger(__name__)

#: key terms taken from a question: bounded, since more_like with many terms takes seconds
NUMTERMS = 8
TIME_LIMIT = 0.2


@dataclass
class Earlier:
    question: Question
    answers: list
    score: float


def meeting_label(annotation) -> str:
    """Return 'Raad 28 februari 2024' for an annotation's meeting (or its title without one)."""
    meeting = annotation.meeting
    if meeting is None:
        return annotation.title
    return f"{meeting.name} {dutch_dates([d.date for d in meeting.dates])}".strip()


def question_label(question) -> str:
    """Return where a question stands: 'Raad 28 februari 2024, vraag 11'."""
    number = f", vraag {question.number}" if question.number else ""
    return meeting_label(question.annotation) + number


def source_label(variant) -> str:
    return question_label(variant.question)


def similar_question_ids(searcher, text, *, exclude_annotation, limit,
                         floor: float | None = None) -> list[tuple[int, float]]:
    """Return (question id, score) of the questions most like `text` in other annotations,
    best first; only those that share at least `floor` of the question's weight."""
    weights = question_weights(searcher, text)
    terms = sorted((t for t in weights if searcher.doc_frequency("question", t)),
                   key=lambda t: -weights[t])[:NUMTERMS]
    if not terms:
        return []
    query = AndNot(Or([Term("question", t, boost=weights[t]) for t in terms]),
                   Term("annotation_id", str(exclude_annotation)))
    hits = _best(searcher, query, limit)
    shared = _shared_terms(searcher, [docnum for docnum, _ in hits], terms)
    floor = SIMILARITY_FLOOR if floor is None else floor
    total = sum(weights.values())
    found = []
    for docnum, score in hits:
        if sum(weights[t] for t in shared[docnum]) / total >= floor:
            found.append((int(searcher.stored_fields(docnum)["entity"].split(":")[1]), score))
    return found


def _best(searcher, query, limit) -> list[tuple[int, float]]:
    """Return (document number, score) of the best matches: from the cached word sets
    (topk), which score as Whoosh does without visiting every match; else through Whoosh."""
    fast = topk.search(searcher, query, limit)
    if fast is not None:
        return [(hit.docnum, hit.score) for hit in fast[0]]
    collector = TimeLimitCollector(searcher.collector(limit=limit), timelimit=TIME_LIMIT,
                                   use_alarm=False)
    try:
        searcher.search_with_collector(query, collector)
    except TimeLimit:
        log.info("eerder-gezegd lookup hit its time limit; partial results")
    return [(hit.docnum, hit.score) for hit in collector.results()]


def _shared_terms(searcher, docnums, terms) -> dict[int, set[str]]:
    """Return which of `terms` each document's question holds, from the cached word sets.

    Whoosh's `terms=True` would record the matched words of every match, not only of the
    few best, and most of a lookup's time went there.
    """
    found: dict[int, set[str]] = {docnum: set() for docnum in docnums}
    for leaf, offset in searcher.leaf_searchers():
        reader = leaf.reader()
        mine = [d - offset for d in docnums if offset <= d < offset + reader.doc_count_all()]
        for term in terms if mine else ():
            every = 0
            for docs in counting.weight_sets(reader, "question", term).values():
                every |= docs
            for d in mine:
                if every >> d & 1:
                    found[d + offset].add(term)
    return found


#: the share of a question's weight (its words by rarity in the index) another question must
#: also hold to be offered; a word the index has never seen weighs most, so a question about
#: something never discussed before ("zwembad") gets nothing instead of a near miss
SIMILARITY_FLOOR = 0.4


def question_weights(searcher, text) -> dict[str, float]:
    """Return the question's distinct stems (compound parts too, at their lower weight), each
    weighed by its rarity among questions."""
    analyzer = searcher.schema["question"].analyzer
    words = " ".join(w for w in (text or "").split()
                     if w.lower().strip("?,.!:;") not in QUESTION_WORDS)
    weights: dict[str, float] = {}
    for token in analyzer(words, mode="index", boosts=True):
        weight = searcher.idf("question", token.text) * token.boost
        weights[token.text] = max(weight, weights.get(token.text, 0.0))
    return weights


def approved_answers(question) -> list:
    """Return the chosen answer, else the approved ones."""
    chosen = [v for v in question.variants if v.chosen]
    return chosen or [v for v in question.variants if v.status == "akkoord"]


def earlier_answers(session, searcher, question, *, limit=3) -> list[Earlier]:
    """Return the most similar earlier questions that have a chosen or approved answer."""
    found = similar_question_ids(searcher, question.text,
                                 exclude_annotation=question.annotation_id, limit=limit * 4)
    if not found:
        return []
    questions = {q.id: q for q in session.scalars(
        select(Question).where(Question.id.in_([qid for qid, _ in found])).options(
            selectinload(Question.variants), selectinload(Question.asker),
            selectinload(Question.annotation).selectinload(Annotation.meeting)
            .selectinload(Meeting.dates),
        ))}
    items = []
    for qid, score in found:
        q = questions.get(qid)
        if q is not None and approved_answers(q):
            items.append(Earlier(q, approved_answers(q), score))
    return items[:limit]


#: warnings shown on one variant at most: the first few make the point
MAX_WARNINGS = 3


def variant_warnings(session, searcher, variant, cache=None) -> list[dict]:
    """Return the figures in a draft that differ from those in similar approved answers.

    `cache` (question id -> earlier answers) spares the lookup for a question's other variants.
    """
    if not consistency.extract(variant.body):
        return []
    cache = {} if cache is None else cache
    if variant.question_id not in cache:
        cache[variant.question_id] = earlier_answers(session, searcher, variant.question, limit=3)
    warnings, seen = [], set()
    for item in cache[variant.question_id]:
        for answer in item.answers:
            for mine, theirs in consistency.contradictions(variant.body, answer.body):
                if (mine.key, theirs.text) in seen:
                    continue
                seen.add((mine.key, theirs.text))
                warnings.append({
                    "mine": mine.text, "earlier": theirs.text, "where": source_label(answer),
                    "annotation_id": item.question.annotation_id, "variant_id": answer.id,
                })
    return warnings[:MAX_WARNINGS]


def copy_answer(session, question, source, *, by):
    """Add a new variant to `question` with the text of an earlier approved or chosen answer.

    :raises PermissionDenied, ValidationError:
    """
    from briefings.authoring import add_variant
    from briefings.errors import ValidationError

    if not (source.chosen or source.status == "akkoord"):
        raise ValidationError("Alleen een goedgekeurd of gekozen antwoord kan worden overgenomen.")
    if source.question_id == question.id:
        raise ValidationError("Dit antwoord staat al bij deze vraag.")
    label = "alternatief_antwoord" if question.variants else "antwoord"
    return add_variant(session, question, by=by, label=label, body=source.body,
                       explanation=source.explanation, source_variant=source)
