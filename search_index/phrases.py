"""Which documents of a segment hold a phrase, reading word positions only where asked.

Whoosh finds a phrase by walking the intersection of its words' postings in Python and reading
the positions of every document that has all the words: for two common words, tens of
thousands of documents per search. Here the documents with all the words come from the cached
word sets (counting.py), and positions are read only for the documents a caller asks about:
the best-scoring ones for the 10 best hits (a phrase hit scores as the sum of its words'
scores, which the word sets give without positions), every one for the counts per filter
value. What was checked is remembered per segment (segments do not change), so the counts and
the hits of one search page read each position once.

A match is what Whoosh's phrase matcher (SpanNear2, ordered, slop 1, mindist 1) accepts: the
words at consecutive positions, in order.
"""

import pickle
import threading
import time
from bisect import bisect_left
from itertools import accumulate, islice

from whoosh.formats import Positions
from whoosh.query import Phrase
from whoosh.system import _INT_SIZE

#: documents checked between two looks at the clock
_CHECK_BATCH = 512


class TooSlow(Exception):
    """Reading a phrase's positions, or walking a query part that has no cached set, ran past
    its time (the positions checked so far stay checked)."""


def supported(q) -> bool:
    """Whether `q` is a phrase this module checks exactly as Whoosh does."""
    return (isinstance(q, Phrase) and q.slop == 1 and q.boost == 1.0 and len(q.words) > 1
            and all(isinstance(w, str) for w in q.words))


class State:
    """One phrase in one segment: its candidates (all words present), and of those, which
    were checked and which hold the phrase. Bitsets over the segment's document numbers."""

    def __init__(self, reader, phrase, candidates: int):
        self.reader, self.fieldname, self.words = reader, phrase.fieldname, list(phrase.words)
        self.candidates, self.checked, self.found = candidates, 0, 0
        self._lock = threading.Lock()  # searches in threads may share a segment reader

    @property
    def complete(self) -> bool:
        return not (self.candidates & ~self.checked)

    def check(self, docs: int, deadline: float | None = None) -> int:
        """Return those of `docs` (a bitset) that hold the phrase; raise TooSlow past
        `deadline` (the documents checked so far stay checked)."""
        todo = docs & self.candidates & ~self.checked
        if todo:
            numbers = _numbers(todo)
            for start in range(0, len(numbers), _CHECK_BATCH):
                self._check_sorted(numbers[start:start + _CHECK_BATCH])
                if deadline is not None and time.perf_counter() > deadline:
                    raise TooSlow()
        return docs & self.found

    def holding(self, docnums: list[int]) -> list[int]:
        """Return those of the sorted `docnums` (all candidates) that hold the phrase."""
        checked = self.checked
        self._check_sorted([d for d in docnums if not (checked >> d) & 1])
        found = self.found
        return [d for d in docnums if (found >> d) & 1]

    def _check_sorted(self, docnums: list[int]):
        if not docnums:
            return
        found = [positions(self.reader, self.fieldname, word, docnums)
                 for word in self.words]
        checked = found_bits = 0
        for docnum in docnums:
            checked |= 1 << docnum
            starts = found[0].get(docnum)
            if not starts:
                continue
            following = [f.get(docnum, ()) for f in found[1:]]
            if any(all(p + i in later for i, later in enumerate(following, 1))
                   for p in starts):
                found_bits |= 1 << docnum
        with self._lock:  # found before checked: a reader never sees checked-but-not-found
            self.found |= found_bits
            self.checked |= checked


def positions(reader, fieldname, word, docnums: list[int]) -> dict[int, set[int]]:
    """Return docnum -> positions of `word` for those of the sorted `docnums` that have it,
    reading only the posting blocks that hold them."""
    blocks = _directory(reader, fieldname, word)
    if blocks is None:
        return {}
    matcher = _raw_postings(reader, fieldname, word)
    decode = _positions_decoder(matcher.format)
    maxids = blocks[0]
    found: dict[int, set[int]] = {}
    i = 0
    while i < len(docnums):
        b = bisect_left(maxids, docnums[i])
        if b == len(maxids):
            break
        _goto(matcher, blocks[1][b])
        if matcher._ids is None:
            matcher._read_ids()
        ids = matcher._ids
        values = None
        where = {docnum: n for n, docnum in enumerate(ids)}
        last = maxids[b]
        while i < len(docnums) and docnums[i] <= last:
            n = where.get(docnums[i])
            if n is not None:
                if values is None:
                    if matcher._values is None:
                        matcher._read_values()
                    values = matcher._values
                found[docnums[i]] = decode(values[n])
            i += 1
    return found


def first(states: list[State], docs: int, n: int) -> list[int]:
    """Return the `n` lowest document numbers of `docs` (candidates of every phrase) that
    hold all the phrases, checking positions for as few as possible."""
    hits: list[int] = []
    numbers = lowest(docs)
    step = max(16, 2 * n)
    while len(hits) < n:
        chunk = list(islice(numbers, step))
        if not chunk:
            break
        for state in states:
            chunk = state.holding(chunk)
        hits += chunk
    return hits[:n]


def lowest(bits: int):
    """Yield the document numbers of a bitset, lowest first."""
    while bits:
        low = bits & -bits
        yield low.bit_length() - 1
        bits ^= low


def _raw_postings(reader, fieldname, word):
    matcher = reader.postings(fieldname, word)
    return getattr(matcher, "child", matcher)  # deleted documents: the caller's live set


def _positions_decoder(fmt):
    """Return value -> set of positions; for Whoosh's Positions format (a count, then a
    pickled list of gaps) without its Python loop."""
    if type(fmt) is not Positions:
        decode = fmt.decoder("positions")
        return lambda value: set(decode(value))

    def decode_positions(value):
        if not value.endswith(b"."):  # as Positions.decode_positions
            value += b"."
        return set(accumulate(pickle.loads(value[_INT_SIZE:])))
    return decode_positions


def _directory(reader, fieldname, word):
    """Return ([block max id], [block offset]) of the word's postings in the segment, cached;
    None when the segment lacks the word."""
    from search_index.counting import _cached

    def build():
        if (fieldname, word) not in reader:
            return None
        matcher = _raw_postings(reader, fieldname, word)
        maxids, offsets = [], []
        position = matcher._baseoffset
        while True:
            _goto(matcher, position)
            maxids.append(matcher._maxid)
            offsets.append(position)
            if matcher._lastblock:
                break
            position = matcher._nextoffset
        return maxids, offsets
    return _cached(reader, ("blocks", fieldname, word), build)


def _goto(matcher, position):
    matcher._lastblock = matcher._atend = False
    matcher._goto(position)


def _numbers(bits: int) -> list[int]:
    """The set bits of a bitset, ascending."""
    found = []
    base = 0
    raw = bits.to_bytes((bits.bit_length() + 7) // 8, "little")
    for byte in raw:
        if byte:
            found += [base + k for k in range(8) if byte >> k & 1]
        base += 8
    return found


def phrases_in(q) -> list:
    """The phrases a match of `q` must hold (under AND, filters and the kept side of a NOT),
    or None when a phrase sits elsewhere (under OR or NOT)."""
    from whoosh.query import And, AndMaybe, AndNot, Not, Or, Require

    if isinstance(q, Phrase):
        return [q] if supported(q) else None
    if isinstance(q, (Require, AndNot, AndMaybe)):
        first = phrases_in(q.a)
        return None if first is None or _has_phrase(q.b) else first
    if type(q) is And:
        found = []
        for sub in q.subqueries:
            inner = phrases_in(sub)
            if inner is None:
                return None
            found += inner
        return found
    if isinstance(q, (Or, Not)):
        return None if _has_phrase(q) else []
    return []


def _has_phrase(q) -> bool:
    return isinstance(q, Phrase) or any(_has_phrase(c) for c in q.children())
