"""A posting pool that groups postings by term as they arrive, and writes each term's
postings a block at a time: the postings Whoosh writes, with less Python per posting.

Whoosh's `PostingPool` keeps one flat list of (field, term, doc, weight, value) tuples, sorts
it at commit and hands it, one posting at a time, through five calls to the postings writer
(per posting: `FieldWriter.add`, `add_posting` with its type asserts, the field length
lookup); past `limitmb` it pickles every posting to a run on disk and merges the runs a
posting at a time. Profiled on 20,000 bench variants, pool and commit were two fifths of a
build's CPU time. Here `add` appends the tuple to its term's list; at commit only the terms
are sorted, and each block of up to 128 postings is filled with list comprehensions and
written by Whoosh's own `_write_block`; a spill pickles one term's list at a time.
tests/search/test_bulk_build.py compares what a search reads from both builds.
"""

import heapq
import itertools
import pickle
from array import array

from whoosh import writing
from whoosh.codec import whoosh3

from search_index import whoosh_patches

#: bytes one pooled posting takes in memory (the tuple, its term bytes, weight and value),
#: measured as the growth of the process's resident size over a bench build
POSTING_BYTES = 230


_WhooshPool = writing.PostingPool


class GroupedPostingPool(_WhooshPool):
    """Postings grouped as field -> term bytes -> [posting tuple, ...] in arrival order.

    Past the size limit the groups are spilled, sorted by field and term, one pickle per
    term; runs are read back in the order written, so a term's postings stay in document
    order when concatenated. Whoosh's own paths (`save`, `items`) get flat sorted postings.
    """

    def __init__(self, tempstore, segment, limitmb=128, **kwargs):
        super().__init__(tempstore, segment, limitmb=limitmb, **kwargs)
        self._fields: dict[str, dict[bytes, list]] = {}
        self._pooled = 0
        self._max_pooled = max(1, int(self.limit // POSTING_BYTES))
        self._spills: list[str] = []
        #: add_document adds in document order, so each term's list is sorted as it stands
        self._last_doc, self.in_order = -1, True

    def add(self, item):
        fieldname = item[0]
        terms = self._fields.get(fieldname)
        if terms is None:
            terms = self._fields[fieldname] = {}
            self.fieldnames.add(fieldname)
        postings = terms.get(item[1])
        if postings is None:
            terms[item[1]] = [item]
        else:
            postings.append(item)
        if item[2] < self._last_doc:
            self.in_order = False
        self._last_doc = item[2]
        self._pooled += 1
        if self._pooled >= self._max_pooled:
            self._spill()

    def _spill(self):
        path, f = self._new_run()
        with f:
            for entry in self._sorted_memory():
                pickle.dump(entry, f, pickle.HIGHEST_PROTOCOL)
        self._spills.append(path)
        self._fields, self._pooled = {}, 0

    def _read_spill(self, path):
        with self._open_run(path) as f:
            while True:
                try:
                    yield pickle.load(f)
                except EOFError:
                    break
        self._remove_run(path)

    def _sorted_memory(self):
        for fieldname in sorted(self._fields):
            terms = self._fields[fieldname]
            for btext in sorted(terms):
                yield fieldname, btext, terms[btext]

    def sorted_terms(self):
        """Yield (field name, term bytes, postings in document order), sorted, emptying the
        pool."""
        sources = [self._read_spill(path) for path in self._spills] + [self._sorted_memory()]
        self._spills = []
        entries = sources[0] if len(sources) == 1 else _concatenated(heapq.merge(
            *sources, key=_field_and_term))
        for fieldname, btext, postings in entries:
            if not self.in_order:
                postings.sort()
            yield fieldname, btext, postings
        self._fields, self._pooled = {}, 0

    def save(self):
        """Whoosh's save: everything pooled becomes one run of flat sorted postings."""
        path, f = self._new_run()
        self._write_run(f, _flat(self.sorted_terms()))
        self._add_run(path)

    def items(self, maxfiles=128):
        if not self.runs:
            return _flat(self.sorted_terms())
        self.save()
        return _WhooshPool.items(self, maxfiles)

    def cleanup(self):
        for path in self._spills:
            self._remove_run(path)
        self._spills = []
        _WhooshPool.cleanup(self)


def _field_and_term(entry):
    return entry[0], entry[1]


def _concatenated(entries):
    """Join the postings of a term that spilled more than once (runs in the order written)."""
    for key, group in itertools.groupby(entries, key=_field_and_term):
        yield key[0], key[1], [posting for entry in group for posting in entry[2]]


def _flat(entries):
    return (posting for _, _, postings in entries for posting in postings)


def write_grouped(fieldwriter, schema, perdoc, entries) -> None:
    """Write sorted (field, term, postings) as `FieldWriter.add_postings` would, a block of
    postings at a time."""
    current = None
    for fieldname, btext, postings in entries:
        if fieldname != current:
            if current is not None:
                fieldwriter.finish_field()
            fieldwriter.start_field(fieldname, schema[fieldname])
            current, lengths = fieldname, _lengths(perdoc, fieldname)
            writer = fieldwriter._postwriter
            limit = writer._blocklimit
        fieldwriter.start_term(btext)
        for start in range(0, len(postings), limit):
            if start:
                writer._write_block()
            _fill_block(writer, postings[start:start + limit], lengths)
        fieldwriter.finish_term()
    if current is not None:
        fieldwriter.finish_field()


def _lengths(perdoc, fieldname):
    """Return the field's length per document as the writer reads it, or None for none."""
    if perdoc is None:
        return None
    return whoosh_patches.field_lengths(perdoc, fieldname) or None


def _fill_block(writer, block, lengths) -> None:
    """Put a block's postings in the writer's buffers as add_posting() one by one would."""
    ids = [posting[2] for posting in block]
    weights = [posting[3] for posting in block]
    writer._ids = array("I", ids)
    writer._weights = array("f", weights)
    writer._values = [posting[4] for posting in block if posting[4]]
    top = max(weights)
    writer._maxweight = top if top > 0 else 0
    if lengths is not None:
        count = len(lengths)
        found = [length for length in (lengths[d] if d < count else None for d in ids)
                 if length]
        if found:
            writer._minlength, writer._maxlength = min(found), max(found)


def _flush_segment(self):
    pool = self.pool
    if not (isinstance(pool, GroupedPostingPool) and not pool.runs
            and isinstance(self.fieldwriter, whoosh3.W3FieldWriter)
            and not any(field.separate_spelling() for _, field in self.schema.items())):
        return _whoosh_flush_segment(self)
    self.perdocwriter.close()
    perdoc = self.per_document_reader() if self.codec.length_stats else None
    try:
        write_grouped(self.fieldwriter, self.schema, perdoc, pool.sorted_terms())
    finally:
        if perdoc:
            perdoc.close()
    self.fieldwriter.close()


_whoosh_flush_segment = writing.SegmentWriter._flush_segment


def apply() -> None:
    writing.PostingPool = GroupedPostingPool
    writing.SegmentWriter._flush_segment = _flush_segment
