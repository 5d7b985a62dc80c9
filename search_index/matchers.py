"""Matchers that let a top-10 search skip work: filters as cached document sets, and phrases
that skip whole blocks which cannot reach the top hits.

Whoosh checks a filter by walking its posting lists next to the words' on every search, and
checks the word positions of every document that has all words of a phrase, even those whose
score could never reach the top hits. Results are the same: the same documents, the same scores.
"""

from bisect import bisect_left

from whoosh.matching import Matcher, WrappingMatcher
from whoosh.query import Phrase

#: filters remembered per segment reader (a new searcher after a change starts afresh)
FILTER_CACHE_SIZE = 32
#: a gap to the next allowed document larger than this is jumped with skip_to (a block)
_JUMP = 64


def allowed_docs(searcher, query) -> tuple[list[int], frozenset]:
    """Return the segment's documents matching `query`, sorted and as a set; cached per reader."""
    reader = searcher.reader()
    cache = reader.__dict__.setdefault("_filter_cache", {})
    key = repr(query)
    found = cache.get(key)
    if found is None:
        docs = sorted(query.docs(searcher))
        found = (docs, frozenset(docs))
        if len(cache) >= FILTER_CACHE_SIZE:
            cache.pop(next(iter(cache)))
        cache[key] = found
    return found


class AllowMatcher(WrappingMatcher):
    """The child's documents that are in `allowed`, scored by the child alone."""

    def __init__(self, child, allowed: tuple[list[int], frozenset]):
        super().__init__(child)
        self._sorted, self._set = allowed
        self._exhausted = False
        self._find_next()

    def copy(self):
        return self.__class__(self.child.copy(), (self._sorted, self._set))

    def _replacement(self, newchild):
        return self.__class__(newchild, (self._sorted, self._set))

    def is_active(self):
        return not self._exhausted and self.child.is_active()

    def _find_next(self) -> bool:
        child, allowed, moved = self.child, self._set, False
        while child.is_active():
            docnum = child.id()
            if docnum in allowed:
                break
            i = bisect_left(self._sorted, docnum)
            if i == len(self._sorted):
                self._exhausted = True  # nothing allowed further on
                break
            target = self._sorted[i]
            if target - docnum > _JUMP:
                moved = child.skip_to(target) or moved
            else:
                moved = child.next() or moved
        return moved

    def all_ids(self):
        while self.is_active():
            yield self.id()
            self.next()

    def next(self):
        moved = self.child.next()
        return self._find_next() or moved

    def skip_to(self, docnum):
        self.child.skip_to(docnum)
        self._find_next()

    def skip_to_quality(self, minquality):
        skipped = self.child.skip_to_quality(minquality)
        self._find_next()
        return skipped


class _QualityPhraseMatcher(WrappingMatcher):
    """Whoosh's phrase matcher, able to skip blocks whose best score cannot reach the top.

    Its own matcher reports no block changes, so a top-N search never skips and checks the
    positions in every document with all the words. Here the words' intersection skips first
    and positions are only read for the documents left.
    """

    def __init__(self, spans):
        super().__init__(spans)

    def _replacement(self, newchild):
        return self

    def replace(self, minquality=0):
        return self

    def copy(self):
        return self.__class__(self.child.copy())

    def next(self):
        self.child.child.next()
        self.child._find_next()
        return True  # so the collector passes its minimum score before every document

    def skip_to_quality(self, minquality):
        """Skip blocks, then documents, whose score cannot beat `minquality`; positions are
        only read for documents that could make the top hits."""
        spans, inner = self.child, self.child.child
        skipped = inner.skip_to_quality(minquality)
        while inner.is_active():
            if minquality <= 0 or inner.score() > minquality:
                spans._spans = spans._get_spans()
                if spans._spans:
                    break
            if inner.next():
                skipped += inner.skip_to_quality(minquality)
        return skipped

    def supports_block_quality(self):
        return self.child.child.supports_block_quality()

    def block_quality(self):
        return self.child.child.block_quality()

    def max_quality(self):
        return self.child.child.max_quality()


class QualityPhrase(Phrase):
    """A phrase query whose matcher skips blocks in a top-N search (same hits, same scores)."""

    def matcher(self, searcher, context=None):
        m = super().matcher(searcher, context)
        if self.boost != 1.0 or not hasattr(m, "_find_next") or not hasattr(m, "child"):
            return m
        return _QualityPhraseMatcher(m)


def with_quality_phrases(query):
    """Return `query` with every Phrase replaced by a QualityPhrase."""
    def swap(q):
        if type(q) is Phrase:
            return QualityPhrase(q.fieldname, q.words, slop=q.slop, boost=q.boost,
                                 char_ranges=q.char_ranges)
        return q
    return query.accept(swap)


__all__ = ["AllowMatcher", "Matcher", "QualityPhrase", "allowed_docs", "with_quality_phrases"]
