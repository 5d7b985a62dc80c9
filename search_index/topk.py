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

A phrase scores as the sum of its words' scores (Whoosh's phrase matcher adds up its words'
term scores, in a binary tree), so its documents are grouped the same way from the documents
with all its words; positions are then read only for the documents of the best groups, lowest
number first, until enough hold the phrase (phrases.py).

Queries of words and phrases (AND, OR, NOT, prefix*) over one field, with filters; a phrase
under an OR, or a word under an OR next to an AND, goes through Whoosh.
"""

import time
from itertools import islice

from whoosh.query import And, AndMaybe, AndNot, Not, Or, Phrase, Prefix, Require, Term, Wildcard
from whoosh.searching import Results

from search_index import counting, phrases

#: a query whose words have more weight combinations than this goes through Whoosh
MAX_GROUPS = 20_000


class _Unsupported(Exception):
    pass


def search(searcher, query, limit: int, *, exact: bool = True):
    """Return (whoosh Results with the `limit` best hits, number of matches), or None when
    the query has a shape this does not handle (the caller asks Whoosh).

    The number is exact, unless `exact` is off and a phrase's positions were not all read:
    then it counts the documents with all the phrase's words (an upper bound).
    """
    try:
        words = _scored_words(searcher.reader(), query)
    except _Unsupported:
        return None
    fieldnames = {w.fieldname for w in words} - {None}
    if len(fieldnames) != 1:
        return None  # the score would need the lengths of two fields per document
    needed = phrases.phrases_in(query)  # None: a phrase under a NOT, read whole
    found, total, unchecked = [], 0, []
    deadline = time.perf_counter() + 10  # the filter sets are cached: no walking expected
    for leaf, offset in searcher.leaf_searchers():
        reader = leaf.reader()
        states = [counting.phrase_state(leaf, p) for p in needed or ()]
        lazy = not all(state.complete for state in states)
        try:
            matches = counting.matches(leaf, query, deadline, phrase_candidates=lazy)
        except counting.TooSlow:
            return None
        if lazy:
            unchecked.append((leaf, matches))
        else:
            total += matches.bit_count()
        if matches:
            groups = _groups(leaf, reader, next(iter(fieldnames)),
                             words, matches)
            if groups is None:
                return None
            found += [(score, offset + docnum)
                      for score, docnum in _best(groups, limit, states if lazy else [])]
    for leaf, candidates in unchecked:
        if exact:
            total += counting.matches(leaf, query, deadline).bit_count()
        else:
            total += candidates.bit_count()
    found.sort(key=lambda item: (-item[0], item[1]))
    return Results(searcher, query, found[:limit]), total


class _Word:
    """A scored word of the query (`text`), or a prefix whose matches all score the same."""

    def __init__(self, fieldname, text, boost, constant=False, phrase=None):
        self.fieldname, self.text, self.boost, self.constant = fieldname, text, boost, constant
        #: the words of one phrase are added up as Whoosh adds them (see _total)
        self.phrase = phrase


def _scored_words(reader, q, under_or=False) -> list[_Word]:
    """Return the words whose scores add up to a match's score.

    Sound when the score of a match is the sum over the words it contains: true for ANDs of
    words and of ORs of words; an AND under an OR scores only when all its words are there.
    """
    if isinstance(q, Term):
        return [_Word(q.fieldname, q.text, q.boost)]
    if isinstance(q, Phrase):
        if under_or or not phrases.supported(q):
            raise _Unsupported(q)  # under an OR it scores only where its positions hold
        return [_Word(q.fieldname, word, 1.0, phrase=q) for word in q.words]
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
    layout = _layout(words)
    groups = []
    for length, docs in counting.length_sets(reader, fieldname).items():
        docs &= matches
        if docs:
            _combine(parts, 0, docs, [], length, groups, layout)
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


def _combine(parts, i, docs, scores, length, groups, layout):
    if i == len(parts):
        groups.append((_total(scores, layout), docs))
        return
    fn, by_weight, every = parts[i]
    for weight, with_weight in by_weight:
        both = docs & with_weight
        if both:
            _combine(parts, i + 1, both, scores + [fn(weight, length)], length, groups, layout)
    without = docs & ~every
    if without:
        _combine(parts, i + 1, without, scores + [0.0], length, groups, layout)


def _layout(words) -> list[tuple[int, int]]:
    """Return the (start, end) runs of `words` that score as one: a phrase's words, or a
    single word."""
    runs, start = [], 0
    while start < len(words):
        end = start + 1
        phrase = words[start].phrase
        while phrase is not None and end < len(words) and words[end].phrase is phrase:
            end += 1
        runs.append((start, end))
        start = end
    return runs


def _total(scores, layout) -> float:
    """Add up the words' scores in Whoosh's order: the runs one after the other, the words of
    a phrase as its binary tree of matchers adds them (whoosh.util.make_binary_tree)."""
    total = 0.0
    for start, end in layout:
        total += _tree_sum(scores[start:end])
    return total


def _tree_sum(scores) -> float:
    if len(scores) == 1:
        return scores[0]
    half = len(scores) // 2
    return _tree_sum(scores[:half]) + _tree_sum(scores[half:])


def _best(groups, limit, states):
    """Yield (score, docnum) of the best `limit` documents, ties to the lowest number; with
    `states`, only documents that hold those phrases."""
    groups.sort(key=lambda g: -g[0])
    found, i = [], 0
    while i < len(groups) and len(found) < limit:
        score = groups[i][0]
        tied = 0
        while i < len(groups) and groups[i][0] == score:
            tied |= groups[i][1]
            i += 1
        wanted = limit - len(found)
        if states:
            lowest = phrases.first(states, tied, wanted)
        else:
            lowest = islice(phrases.lowest(tied), wanted)
        found += [(score, docnum) for docnum in lowest]
    return found
