"""Counts per filter value from cached per-segment document sets.

Whoosh counts by visiting every match and reading its value: for a common word that is tens of
thousands of steps in Python. Here every set of documents is a bitset (a Python int, one bit
per document of a segment): the documents of each word and of each filter value are read from
the postings once per segment and cached, a query's matches are combined from them with & | ~,
and a count is `(matches & value).bit_count()`, done in C.
"""

import pickle
import time
import zlib
from array import array
from collections import defaultdict, deque
from itertools import accumulate, repeat

from whoosh.query import (
    And,
    AndMaybe,
    AndNot,
    Not,
    NullQuery,
    Or,
    Prefix,
    Require,
    Term,
    Wildcard,
)

from search_index import phrases
from search_index.phrases import TooSlow

#: bitsets remembered per segment reader (a new searcher after a change starts afresh)
CACHE_SIZE = 512


def counts(searcher, query, fields, *, time_limit: float) -> dict[str, dict[str, int]]:
    """Return field -> value -> number of matches of `query`, over all segments.

    :raises TooSlow: reading a phrase's positions or walking a part that has no cached set
        took longer than `time_limit`.
    """
    deadline = time.perf_counter() + time_limit
    found: dict[str, dict[str, int]] = {name: {} for name in fields}
    for leaf, _offset in searcher.leaf_searchers():
        matches = _Bits(leaf, deadline).of(query) & _live(leaf.reader())
        if not matches:
            continue
        for name in fields:
            tally = found[name]
            for value, docs in value_sets(leaf.reader(), name).items():
                n = (matches & docs).bit_count()
                if n:
                    tally[value] = tally.get(value, 0) + n
    return found


def matches(searcher, query, deadline, *, phrase_candidates=False) -> int:
    """Return the segment's live documents matching `query` (searcher: a leaf searcher);
    with `phrase_candidates`, a phrase stands for the documents with all its words.

    :raises TooSlow: a phrase's positions or a part without a cached set ran past `deadline`.
    """
    deadline = time.perf_counter() + 10 if deadline is None else deadline
    bits = _Bits(searcher, deadline, phrase_candidates=phrase_candidates)
    return bits.of(query) & _live(searcher.reader())


def phrase_state(searcher, phrase) -> phrases.State:
    """Return the segment's phrases.State of `phrase` (a supported one); cached per reader."""
    reader = searcher.reader()

    def build():
        candidates = _Bits(searcher, None)._all(
            [Term(phrase.fieldname, word) for word in phrase.words])
        return phrases.State(reader, phrase, candidates)
    return _cached(reader, ("phrase", phrase.fieldname, tuple(phrase.words)), build)


def weight_sets(reader, fieldname, text) -> dict[float, int]:
    """Return weight -> documents of the segment with the word at that weight; cached."""
    def build():
        if (fieldname, text) not in reader:
            return {}
        matcher = reader.postings(fieldname, text)
        matcher = getattr(matcher, "child", matcher)  # deleted documents: see _live
        found: dict[float, list] = defaultdict(list)
        for ids, weights in _blocks(matcher):
            if weights.count(weights[0]) == len(weights):  # most blocks: one weight
                found[weights[0]].extend(ids)
                continue
            for weight, docnum in zip(weights, ids, strict=True):
                found[weight].append(docnum)
        size = reader.doc_count_all()
        return {weight: _bits(docs, size) for weight, docs in found.items()}
    return _cached(reader, ("weights", fieldname, text), build)


def length_sets(reader, fieldname) -> dict:
    """Return field length (as Whoosh's scorer reads it) -> documents of the segment; cached."""
    def build():
        from search_index.whoosh_patches import LENGTHS, length_bytes

        raw = length_bytes(reader._perdoc, fieldname) or b""
        found = {}
        for byte in set(raw) - {0}:  # 0: no length, the field is empty
            table = bytes(49 if b == byte else 48 for b in range(256))  # "1" and "0"
            found[LENGTHS[byte]] = int(raw.translate(table)[::-1] or b"0", 2)
        return found
    return _cached(reader, ("lengths", fieldname), build)


def _bits(docnums, size) -> int:
    """Return a bitset of document numbers, built in C: a "0"/"1" string read in base 2."""
    chars = bytearray(b"0") * size
    deque(map(chars.__setitem__, docnums, repeat(49)), maxlen=0)
    return int(chars[::-1] or b"0", 2)


def value_sets(reader, fieldname) -> dict[str, int]:
    """Return value -> documents of the segment that have it; cached per reader."""
    def build():
        if fieldname not in reader.indexed_field_names():
            return {}
        return {_text(value): _term_bits(reader, fieldname, value)
                for value in reader.lexicon(fieldname) if value}  # "" is no value
    return _cached(reader, ("values", fieldname), build)


def from_sets(query) -> bool:
    """Whether the query's own words combine from cached sets (no phrase to walk); its filters
    are walked at most once per segment and then cached."""
    from search_index.query import Filtered

    if isinstance(query, (Filtered, Require, AndMaybe)):  # the second only ranks or filters
        return from_sets(query.a)
    if isinstance(query, (And, Or)):
        return all(from_sets(sub) for sub in query.subqueries)
    if isinstance(query, AndNot):
        return from_sets(query.a) and from_sets(query.b)
    if isinstance(query, Not):
        return from_sets(query.query)
    return (isinstance(query, (Term, Prefix, Wildcard)) or query is NullQuery
            or phrases.supported(query))


class _Bits:
    """The documents of a query in one segment, from cached word and filter sets."""

    def __init__(self, searcher, deadline, *, phrase_candidates=False):
        self.searcher, self.reader, self.deadline = searcher, searcher.reader(), deadline
        self.phrase_candidates = phrase_candidates

    def of(self, q) -> int:
        from search_index.query import Filtered

        if isinstance(q, Term):
            return self._term(q.fieldname, q.text)
        if isinstance(q, (Prefix, Wildcard)):
            return self._any(q.fieldname, list(q._btexts(self.reader)))
        if isinstance(q, And):
            return self._all(q.subqueries)
        if isinstance(q, Or):
            result = 0
            for sub in q.subqueries:
                result |= self.of(sub)
            return result
        if isinstance(q, (Filtered, Require)):
            return self.of(q.a) & self._cached_query(q.b)
        if isinstance(q, AndMaybe):
            return self.of(q.a)
        if isinstance(q, AndNot):
            return self.of(q.a) & ~self.of(q.b)
        if isinstance(q, Not):
            return _all_docs(self.reader) & ~self.of(q.query)
        if q is NullQuery:
            return 0
        if phrases.supported(q):
            state = phrase_state(self.searcher, q)
            if self.phrase_candidates:
                return state.candidates
            return state.check(state.candidates, self.deadline)
        return self._walk(q)

    def _all(self, subqueries) -> int:
        result = None
        for sub in subqueries:
            bits = self.of(sub)
            result = bits if result is None else result & bits
            if not result:
                return 0
        return result or 0

    def _term(self, fieldname, text) -> int:
        def build():  # from the sets per weight, which the best hits need too: one read
            bits = 0
            for docs in weight_sets(self.reader, fieldname, text).values():
                bits |= docs
            return bits
        return _cached(self.reader, ("term", fieldname, text), build)

    def _any(self, fieldname, words) -> int:
        result = 0
        for word in words:
            result |= self._term(fieldname, word)
        return result

    def _cached_query(self, q) -> int:
        """A filter: the same few recur on every search, so its set is kept whole."""
        return _cached(self.reader, ("query", repr(q)), lambda: self.of(q))

    def _walk(self, q) -> int:
        """A phrase or range: walk its matches (time-limited: this is the slow way)."""
        docs = bytearray(self.reader.doc_count_all() // 8 + 1)
        matcher = q.matcher(self.searcher)
        for n, docnum in enumerate(matcher.all_ids()):
            docs[docnum >> 3] |= 1 << (docnum & 7)
            if n % 2048 == 0 and time.perf_counter() > self.deadline:
                raise TooSlow()
        return int.from_bytes(docs, "little")


def _term_bits(reader, fieldname, text) -> int:
    """Return the documents with a word, read block by block from its postings."""
    if (fieldname, text) not in reader:  # a word unknown to this segment
        return 0
    matcher = reader.postings(fieldname, text)
    matcher = getattr(matcher, "child", matcher)  # deleted documents: see _live
    docs = bytearray(reader.doc_count_all() // 8 + 1)
    for docnum in _ids(matcher):
        docs[docnum >> 3] |= 1 << (docnum & 7)
    return int.from_bytes(docs, "little")


def _ids(matcher):
    """Yield the ids of a fresh postings matcher; a whole block at a time where Whoosh's
    block matcher allows, since its id() per posting is a Python call each."""
    if not _raw_blocks_readable(matcher):
        yield from matcher.all_ids()
        return
    while matcher.is_active():
        yield from _ids_and_weights(matcher)[0]
        matcher._next_block()


def _blocks(matcher):
    """Yield (ids, weights) of a fresh postings matcher, a block at a time where Whoosh's
    block matcher allows."""
    if not _raw_blocks_readable(matcher):
        found = []
        while matcher.is_active():
            found.append((matcher.id(), matcher.weight()))
            matcher.next()
        if found:
            yield tuple(i for i, _ in found), [w for _, w in found]
        return
    while matcher.is_active():
        yield _ids_and_weights(matcher)
        matcher._next_block()


#: where the positions start in a block of Whoosh 3 postings, a pickle (protocol 2) of
#: (ids, weights, values): the values are bytes, which protocol 2 writes as _codecs.encode calls
_VALUES_START = b"(c_codecs\nencode\n"


def _raw_blocks_readable(matcher) -> bool:
    return all(hasattr(matcher, name) for name in (
        "_postfile", "_dataoffset", "_nextoffset", "_compression", "_blocklength", "_byteids",
        "_next_block"))


def _ids_and_weights(matcher):
    """Return the ids and weights of the matcher's current block as Whoosh's block matcher
    reads them, without unpickling the positions: they are two thirds of the work of reading
    a block, and counting and scoring need none."""
    raw = matcher._postfile.get(matcher._dataoffset, matcher._nextoffset - matcher._dataoffset)
    if matcher._compression:
        raw = zlib.decompress(raw)
    size = matcher._blocklength
    data = None
    cut = raw.find(_VALUES_START)
    if cut > 0:
        try:  # the pickle up to the values, closed as a pair: (ids, weights)
            data = pickle.loads(raw[:cut] + b"\x86.")
        except Exception:  # noqa: BLE001 - an unexpected layout: read the whole block below
            data = None
    if not (isinstance(data, tuple) and len(data) == 2 and len(data[0]) == size
            and (data[1] is None or isinstance(data[1], (float, tuple)))):
        data = pickle.loads(raw)
    ids, weights = data[0], data[1]
    if not matcher._byteids:
        ids = tuple(accumulate(ids))
    if weights is None:
        weights = array("f", [1.0]) * size
    elif isinstance(weights, float):
        weights = array("f", [weights]) * size  # as Whoosh: a float32
    return ids, weights


def _all_docs(reader) -> int:
    return (1 << reader.doc_count_all()) - 1


def _live(reader) -> int:
    """Every document of the segment that is not deleted."""
    def build():
        bits = _all_docs(reader)
        for docnum in reader.deleted_docs_set if reader.has_deletions() else ():
            bits &= ~(1 << docnum)
        return bits
    return _cached(reader, ("live",), build)


def _text(value) -> str:
    return value.decode("utf-8") if isinstance(value, bytes) else str(value)


def _cached(reader, key, build):
    cache = reader.__dict__.setdefault("_bits_cache", {})
    found = cache.get(key)
    if found is None:
        found = build()
        if len(cache) >= CACHE_SIZE:
            cache.pop(next(iter(cache)))
        cache[key] = found
    return found
