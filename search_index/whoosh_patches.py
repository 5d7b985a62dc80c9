"""Fixes to Whoosh that make writing and searching faster, with the same results.

`W3PerDocReader._cached_reader` remembers the length column of a field, but not that a field
has none (ID, BOOLEAN and NUMERIC fields store no lengths). Writing a segment asks for the
length of every posting, so each posting of such a field checked the file system again:
about a quarter of the time of a bulk build. A segment's files do not change once written, so
remembering "no column" is safe.

`Positions.word_values` and `Frequency.word_values` gather a text's terms from a Token per
word passed through three generators; for our DutchAnalyzer they now take its dicts of
positions and boosts directly (analysis.DutchAnalyzer.indexed), and a single position's
encoding is remembered (a block's pickle then refers back to a repeated value instead of
repeating it: smaller files, the same values read back). A tenth less CPU for a bulk build.
An ID field's one term (IDTokenizer, Existence format) is taken without a Token either, and
`FieldType.index` returns a list instead of a generator step per term.

`W3PerDocReader.doc_field_length` is asked for the length of every document a search scores
(BM25 needs it) and went through five calls and a file read each time: a third of the time of
a single-word search. Here a segment's length bytes are read once and decoded into a list; the
values returned are exactly the original's (including None for a length byte of 0).

`BufferFile`, a file inside the index's compound file (a memory-mapped view), copied its whole
view into a BytesIO when opened: every new searcher (after each change to the index) copied
the postings and terms files of each segment, 43 + 15 MB per segment of a 100,000-variant
index, about 270 ms paid by its first search. A memory-mapped file is now read in place
(_ViewFile); the pages a search touches are the only ones read.

`RamStorage.temp_storage` put every in-memory index's writer files in one fixed directory,
`<tmp>/MAIN.tmp`, and removed it at commit: two processes building an in-memory index at once
(a bench beside the tests) broke each other's build. Each in-memory index now has its own
temporary directory, removed with it.
"""

import os
import shutil
import tempfile
import weakref
from io import BytesIO

from whoosh import fields, formats
from whoosh.analysis import IDTokenizer
from whoosh.codec import whoosh3
from whoosh.compat import dumps
from whoosh.filedb.filestore import FileStorage, RamStorage
from whoosh.filedb.structfile import BufferFile
from whoosh.system import pack_uint

from search_index.analysis import DutchAnalyzer

_MISSING = object()


def _cached_reader(self, fieldname, column):
    reader = self._readers.get(fieldname, _MISSING)
    if reader is _MISSING:
        reader = self.column_reader(fieldname, column) if self.has_column(fieldname) else None
        self._readers[fieldname] = reader
    return reader


def field_lengths(self, fieldname):
    """Return the segment's lengths of a field as a list by document, or False for none."""
    lists = self.__dict__.setdefault("_length_lists", {})
    found = lists.get(fieldname)
    if found is None:
        raw = length_bytes(self, fieldname)
        if raw is None:
            found = False
        else:
            found = [LENGTHS[b] for b in raw]
        lists[fieldname] = found
    return found


#: a length byte as the length the scorer reads (0: none)
LENGTHS = [None] + [whoosh3.byte_to_length(b) for b in range(1, 256)]


def length_bytes(perdoc, fieldname) -> bytes | None:
    """Return the segment's field length bytes, one per document, or None for no lengths."""
    reader = perdoc._cached_reader(whoosh3._lenfield(fieldname), whoosh3.LENGTHS_COLUMN)
    return None if reader is None else _raw_bytes(reader)


def _raw_bytes(reader):
    """The column's bytes, one per document (read one by one if the layout is unexpected)."""
    try:
        if reader._fixedlen == 1:
            return bytes(reader._dbfile.get(reader._basepos, reader._count))
    except AttributeError:
        pass
    return bytes(reader[n] for n in range(reader._count))


def _doc_field_length(self, docnum, fieldname, default=0):
    if docnum > self._doccount:
        raise IndexError(f"Asked for docnum {docnum!r} of {self._doccount}")
    lengths = field_lengths(self, fieldname)
    if lengths is False:
        return default
    return lengths[docnum] if docnum < len(lengths) else None


class _ViewFile:
    """A read-only file over a memoryview, without copying it (what BytesIO would do)."""

    __slots__ = ("_view", "_pos")

    def __init__(self, view):
        self._view, self._pos = view, 0

    def read(self, size=-1) -> bytes:
        start = self._pos
        end = len(self._view) if size is None or size < 0 else min(start + size,
                                                                     len(self._view))
        self._pos = max(start, end)
        return bytes(self._view[start:end])

    def peek(self, size=0) -> bytes:
        """A few bytes ahead: pickle.load asks for them once per pickle instead of reading
        each opcode with a call of its own (Whoosh reads a small pickle per posting block)."""
        return bytes(self._view[self._pos:self._pos + 256])

    def readinto(self, buffer) -> int:
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def readline(self, size=-1) -> bytes:
        line = b""
        while not line.endswith(b"\n") and self._pos < len(self._view) and (
                size is None or size < 0 or len(line) < size):
            want = 256 if size is None or size < 0 else min(256, size - len(line))
            chunk = bytes(self._view[self._pos:self._pos + want])
            cut = chunk.find(b"\n")
            chunk = chunk if cut < 0 else chunk[:cut + 1]
            self._pos += len(chunk)
            line += chunk
        return line

    def seek(self, position, whence=0) -> int:
        base = (0, self._pos, len(self._view))[whence]
        self._pos = max(0, base + position)
        return self._pos

    def tell(self) -> int:
        return self._pos

    def close(self):
        self._view = memoryview(b"")


def _buffer_init(self, buf, name=None, onclose=None):
    self._buf = buf
    self._name = name
    # bytes: BytesIO shares them; a memory map's view: read in place
    self.file = _ViewFile(buf) if isinstance(buf, memoryview) else BytesIO(buf)
    self.onclose = onclose
    self.is_real = False
    self.is_closed = False


def _fast(fmt, value, analyzer, kwargs) -> bool:
    """True for a text our analyzer indexes as a whole (no token lists, no options)."""
    return (type(analyzer) is DutchAnalyzer and type(value) is str
            and kwargs == {"mode": "index"} and type(fmt) in _WORD_VALUES)


def _positions_word_values(self, value, analyzer, **kwargs):
    if not _fast(self, value, analyzer, kwargs):
        return _WORD_VALUES[formats.Positions](self, value, analyzer, **kwargs)
    positions, weights = analyzer.indexed(value)
    boost = self.field_boost
    return [(term, len(found), weights[term] * boost, _encode_positions(found))
            for term, found in positions.items()]


def _frequency_word_values(self, value, analyzer, **kwargs):
    if not _fast(self, value, analyzer, kwargs):
        return _WORD_VALUES[formats.Frequency](self, value, analyzer, **kwargs)
    positions, weights = analyzer.indexed(value)
    boost = self.field_boost
    return [(term, len(found), weights[term] * boost, pack_uint(len(found)))
            for term, found in positions.items()]


_ONE_POSITION: dict[int, bytes] = {}


def _encode_positions(found: list) -> bytes:
    """Positions.encode(): the count, then the pickled gaps between positions."""
    if len(found) == 1:
        encoded = _ONE_POSITION.get(found[0])
        if encoded is None:
            encoded = _ONE_POSITION[found[0]] = pack_uint(1) + dumps([found[0]], 2)
        return encoded
    gaps = [found[0]] + [b - a for a, b in zip(found, found[1:], strict=False)]
    return pack_uint(len(gaps)) + dumps(gaps, 2)


def _existence_word_values(self, value, analyzer, **kwargs):
    if not (type(analyzer) is IDTokenizer and type(value) is str
            and kwargs == {"mode": "index"} and type(self) is formats.Existence):
        return _WORD_VALUES[formats.Existence](self, value, analyzer, **kwargs)
    return [(value, 1, self.field_boost, b"")]


def _field_index(self, value, **kwargs):
    if kwargs or type(value) is not str or not self.format:
        return _WHOOSH_INDEX(self, value, **kwargs)
    return [(term.encode("utf-8"), freq, weight, encoded) for term, freq, weight, encoded
            in self.format.word_values(value, self.analyzer, mode="index")]


#: Whoosh's own methods, for everything but the fast case
_WORD_VALUES = {formats.Positions: formats.Positions.word_values,
                formats.Frequency: formats.Frequency.word_values,
                formats.Existence: formats.Existence.word_values}
_WHOOSH_INDEX = fields.FieldType.index


def _own_temp_storage(self, name=None):
    folder = self.__dict__.get("_temp_folder")
    if folder is None:
        folder = self._temp_folder = tempfile.mkdtemp(suffix=".whoosh")
        weakref.finalize(self, shutil.rmtree, folder, ignore_errors=True)
    return FileStorage(os.path.join(folder, name or "writer.tmp")).create()


def apply() -> None:
    formats.Positions.word_values = _positions_word_values
    formats.Frequency.word_values = _frequency_word_values
    formats.Existence.word_values = _existence_word_values
    fields.FieldType.index = _field_index
    whoosh3.W3PerDocReader._cached_reader = _cached_reader
    whoosh3.W3PerDocReader.doc_field_length = _doc_field_length
    BufferFile.__init__ = _buffer_init
    RamStorage.temp_storage = _own_temp_storage
