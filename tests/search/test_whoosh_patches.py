"""The patched Whoosh readers read what the originals read."""

import io
import random

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import RamStorage

from search_index import query, schema
from search_index.whoosh_patches import _ViewFile


def test_a_view_file_reads_as_a_copy_of_the_bytes_would():
    rng = random.Random(3)
    data = bytes(rng.choice(b"ab\ncd") for _ in range(3000))
    mine, copy = _ViewFile(memoryview(data)), io.BytesIO(data)
    for _ in range(400):
        step = rng.choice(["read", "readline", "seek", "peek"])
        if step == "read":
            n = rng.choice([-1, 0, 1, 4, 300, 5000])
            assert mine.read(n) == copy.read(n)
        elif step == "readline":
            n = rng.choice([-1, 3, 400])
            assert mine.readline(n) == copy.readline(n)
        elif step == "seek":
            where = rng.randrange(-10, 3100)
            whence = rng.choice([0, 1, 2]) if where >= 0 else 1
            if copy.tell() + where >= 0 or whence != 1:
                assert mine.seek(where, whence) == copy.seek(where, whence)
        else:
            assert copy.getvalue()[copy.tell():].startswith(mine.peek())
        assert mine.tell() == copy.tell()


def test_a_memory_mapped_index_is_read_in_place_and_searched_as_before(tmp_path):
    ix = whoosh_index.create_in(str(tmp_path), schema.make_schema())
    with ix.writer() as writer:
        for n in range(400):  # several posting blocks of 128
            writer.add_document(doc_id=str(n), entity=f"variant:{n}", kind="variant",
                                text=f"melding nummer {n} over de sociale veiligheid")
    ix = whoosh_index.open_dir(str(tmp_path))
    with ix.searcher() as searcher:
        postings = searcher.reader()._terms._postfile
        assert isinstance(postings.file, _ViewFile)  # no copy of the whole file
        result = query.search(searcher, '"sociale veiligheid"', page=4)
        assert result.total == 400
        assert len(searcher.search(query.parse(searcher, "melding"), limit=None)) == 400


def test_two_in_memory_indexes_written_at_once_do_not_share_their_temporary_files():
    # Whoosh gave every in-memory writer <tmp>/MAIN.tmp and removed it at commit.
    first = RamStorage().create_index(schema.make_schema())
    second = RamStorage().create_index(schema.make_schema())
    a, b = first.writer(), second.writer()
    a.add_document(doc_id="a", text="Het meldpunt opent in maart.")
    b.add_document(doc_id="b", text="Het meldpunt sluit in mei.")
    a.commit()
    b.commit()  # failed when a's commit had removed the directory they shared
    with first.searcher() as one, second.searcher() as two:
        assert [d["doc_id"] for d in one.documents()] == ["a"]
        assert [d["doc_id"] for d in two.documents()] == ["b"]
