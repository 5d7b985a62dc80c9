"""Counts per filter value from cached per-segment document sets.

Whoosh counts by visiting every match and reading its value: for a common word that is tens of
thousands of steps in Python. Here every set of documents is a bitset (a Python int, one bit
per document of a segment): the documents of each word and of each filter value are read from
the postings once per segment and cached, a query's matches are combined from them with & | ~,
and a count is `(matches & value).bit_count()`, done in C.
"""

import time

from whoosh.query import And, AndNot, Not, NullQuery, Or, Prefix, Require, Term, Wildcard

#: bitsets remembered per segment reader (a new searcher after a change starts afresh)
CACHE_SIZE = 512


class TooSlow(Exception):
    """A query part had to be walked match by match and ran past its time."""


def counts(searcher, query, fields, *, time_limit: float) -> dict[str, dict[str, int]]:
    """Return field -> value -> number of matches of `query`, over all segments.

    :raises TooSlow: a part that has no cached set (a phrase) took longer than `time_limit`.
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

    if isinstance(query, (Filtered, Require)):
        return from_sets(query.a)
    if isinstance(query, (And, Or)):
        return all(from_sets(sub) for sub in query.subqueries)
    if isinstance(query, AndNot):
        return from_sets(query.a) and from_sets(query.b)
    if isinstance(query, Not):
        return from_sets(query.query)
    return isinstance(query, (Term, Prefix, Wildcard)) or query is NullQuery


class _Bits:
    """The documents of a query in one segment, from cached word and filter sets."""

    def __init__(self, searcher, deadline):
        self.searcher, self.reader, self.deadline = searcher, searcher.reader(), deadline

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
        if isinstance(q, AndNot):
            return self.of(q.a) & ~self.of(q.b)
        if isinstance(q, Not):
            return _all_docs(self.reader) & ~self.of(q.query)
        if q is NullQuery:
            return 0
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
        return _cached(self.reader, ("term", fieldname, text),
                       lambda: _term_bits(self.reader, fieldname, text))

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
    if not hasattr(matcher, "_read_ids") or not hasattr(matcher, "_next_block"):
        yield from matcher.all_ids()
        return
    while matcher.is_active():
        if matcher._ids is None:
            matcher._read_ids()
        yield from matcher._ids[matcher._i:]
        matcher._next_block()


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
