"""The best hits of a word query from cached per-segment document sets, without scoring
every match.

Whoosh scores a query match by match in Python (BM25F: the word's weight in the document and
the document's field length), about 5 us each: a word in every second document of 100,000
costs a quarter of a second. But a word's score takes few distinct values: BM25F depends only
on the weight (a few values: 1, 1.5, 2, ...) and the field length, which Whoosh stores as one
byte. So the documents are grouped once per segment, as bitsets (see counting.py): per word,
the documents with each weight; per field, the documents with each length. A query's score
is then computed once per group, the groups are taken best first, and only the documents of
the best groups are looked at. The scores are Whoosh's own (its scorer is called per group)
and ties go to the lower document number, as in Whoosh; the number of matches comes exact.

Queries of words (AND, OR, NOT, prefix*) over one field, with filters; a phrase, or a word
under an OR next to an AND, goes through Whoosh.
"""

import time

from whoosh.query import And, AndMaybe, AndNot, Not, Or, Prefix, Require, Term, Wildcard
from whoosh.searching import Results

from search_index import counting

#: a query whose words have more weight combinations than this goes through Whoosh
MAX_GROUPS = 20_000


class _Unsupported(Exception):
    pass


def search(searcher, query, limit: int):
    """Return (whoosh Results with the `limit` best hits, exact number of matches), or None
    when the query has a shape this does not handle (the caller asks Whoosh)."""
    try:
        words = _scored_words(searcher.reader(), query)
    except _Unsupported:
        return None
    fieldnames = {w.fieldname for w in words} - {None}
    if len(fieldnames) != 1:
        return None  # the score would need the lengths of two fields per document
    found, total = [], 0
    deadline = time.perf_counter() + 10  # the filter sets are cached: no walking expected
    for leaf, offset in searcher.leaf_searchers():
        reader = leaf.reader()
        try:
            matches = counting.matches(leaf, query, deadline)
        except counting.TooSlow:
            return None
        total += matches.bit_count()
        if matches:
            groups = _groups(leaf, reader, next(iter(fieldnames)),
                             words, matches)
            if groups is None:
                return None
            found += [(score, offset + docnum) for score, docnum in _best(groups, limit)]
    found.sort(key=lambda item: (-item[0], item[1]))
    return Results(searcher, query, found[:limit]), total


class _Word:
    """A scored word of the query (`text`), or a prefix whose matches all score the same."""

    def __init__(self, fieldname, text, boost, constant=False):
        self.fieldname, self.text, self.boost, self.constant = fieldname, text, boost, constant


def _scored_words(reader, q, under_or=False) -> list[_Word]:
    """Return the words whose scores add up to a match's score.

    Sound when the score of a match is the sum over the words it contains: true for ANDs of
    words and of ORs of words; an AND under an OR scores only when all its words are there.
    """
    if isinstance(q, Term):
        return [_Word(q.fieldname, q.text, q.boost)]
    if isinstance(q, (Prefix, Wildcard)):
        if q.constantscore:  # every match scores the boost
            return [_Word(q.fieldname, q, q.boost, constant=True)]
        # scored like Whoosh's OR of the words it expands to
        return [_Word(q.fieldname, text, q.boost) for text in q._btexts(reader)]
    if isinstance(q, (Require, AndNot)):  # includes query.Filtered: scored by the first
        return _scored_words(reader, q.a, under_or)
    if isinstance(q, AndMaybe) and not under_or:  # the second adds its score where it matches
        return _scored_words(reader, q.a) + _scored_words(reader, q.b, under_or=True)
    if type(q) is And and not under_or and q.boost == 1.0:
        return [w for sub in q.subqueries for w in _scored_words(reader, sub)]
    if isinstance(q, Not) and not under_or:  # Whoosh's inverse matcher scores 1 per match
        return [_Word(None, q, 1.0, constant=True)]
    if type(q) is Or and q.boost == 1.0:
        return [w for sub in q.subqueries for w in _scored_words(reader, sub, under_or=True)]
    raise _Unsupported(q)


def _groups(leaf, reader, fieldname, words, matches):
    """Return [(score, documents)] for the matches, one entry per combination of the
    words' weights and the field length."""
    parts = [_word_part(leaf, reader, w) for w in words]
    groups = []
    for length, docs in counting.length_sets(reader, fieldname).items():
        docs &= matches
        if docs:
            _combine(parts, 0, docs, 0.0, length, groups)
            if len(groups) > MAX_GROUPS:
                return None
    return groups


def _word_part(leaf, reader, word):
    """Return (score function, [(weight, documents)], documents with the word)."""
    if word.constant:
        docs = counting.matches(leaf, word.text, None)
        return (lambda weight, length, b=word.boost: b), [(1.0, docs)], docs
    by_weight = counting.weight_sets(reader, word.fieldname, word.text)
    if not by_weight:
        return (lambda weight, length: 0.0), [], 0
    scorer = leaf.weighting.scorer(leaf, word.fieldname, word.text)
    boost = word.boost
    if boost == 1.0:
        score = scorer._score
    else:
        def score(weight, length):
            return scorer._score(weight, length) * boost
    every = 0
    for docs in by_weight.values():
        every |= docs
    return score, list(by_weight.items()), every


def _combine(parts, i, docs, score, length, groups):
    if i == len(parts):
        groups.append((score, docs))
        return
    fn, by_weight, every = parts[i]
    for weight, with_weight in by_weight:
        both = docs & with_weight
        if both:
            _combine(parts, i + 1, both, score + fn(weight, length), length, groups)
    without = docs & ~every
    if without:
        _combine(parts, i + 1, without, score, length, groups)


def _best(groups, limit):
    """Yield (score, docnum) of the best `limit` documents, ties to the lowest number."""
    groups.sort(key=lambda g: -g[0])
    found, i = [], 0
    while i < len(groups) and len(found) < limit:
        score = groups[i][0]
        tied = 0
        while i < len(groups) and groups[i][0] == score:
            tied |= groups[i][1]
            i += 1
        for docnum in _lowest(tied, limit - len(found)):
            found.append((score, docnum))
    return found


def _lowest(bits, n):
    """Yield the `n` lowest document numbers in a bitset."""
    while bits and n:
        low = bits & -bits
        yield low.bit_length() - 1
        bits ^= low
        n -= 1
