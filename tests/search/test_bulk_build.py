"""The faster bulk build (grouped posting pool, analyzer's positions taken directly) writes an
index that holds exactly what Whoosh's own code writes: terms, postings, lengths, stored
values and columns."""

import gc
import random

import pytest
from whoosh import fields, writing
from whoosh import index as whoosh_index

from search_index import posting_pool, rebuild, schema, whoosh_patches

WORDS = ["melding", "meldingen", "meldpunt", "extern", "sociale", "veiligheid", "brief",
         "brandbrieven", "leiderschapsniveau", "stadsdeelcommissie", "Zuidoost", "de", "het",
         "en", "niet", "geïnformeerd", "ideeën", "1.250", "3,5", "schuldhulpverlening",
         "college", "wethouder", "vervolgstappen", "racisme", "ombudsman", "raad"]


def _documents(count=400):
    rng = random.Random(5)
    for n in range(count):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 90)))
        status = rng.choice(["akkoord", "concept", "ter_review"])
        doc = {"doc_id": f"variant:{n}", "entity": f"variant:{n}", "kind": "variant",
               "text": text, "status": status, "chosen": n % 3 == 0,
               "public": status == "akkoord", "visible_to_pers": status == "akkoord",
               "party": rng.choice(["VVD", "SP", "Denk"]), "asker": rng.choice(["jansen", "bos"]),
               "portfolio_holder": "burgemeester", "meeting_date": "2024-03-05",
               "meeting_day": 20240000 + rng.randint(101, 1228), "annotation_id": str(n // 30),
               "question_id": str(n // 3)}
        if n % 3 == 0:
            doc["question"] = text[:120]
            doc["who"] = rng.choice(["A. de Vries GroenLinks", "Koç D66"])
        if n % 50 == 0:
            doc["warnings"] = '[{"text": "x"}]'
        yield doc


def _build(path, limitmb=512):
    path.mkdir()
    ix = whoosh_index.create_in(str(path), schema.make_schema())
    writer = ix.writer(limitmb=limitmb)
    for doc in _documents():
        writer.add_document(**doc)
    writer.commit()
    return ix


@pytest.fixture
def whoosh_as_shipped(monkeypatch):
    monkeypatch.setattr(writing, "PostingPool", posting_pool._WhooshPool)
    monkeypatch.setattr(writing.SegmentWriter, "_flush_segment",
                        posting_pool._whoosh_flush_segment)
    for fmt, word_values in whoosh_patches._WORD_VALUES.items():
        monkeypatch.setattr(fmt, "word_values", word_values)
    monkeypatch.setattr(fields.FieldType, "index", whoosh_patches._WHOOSH_INDEX)


def _contents(ix):
    """Everything a search can read from the index."""
    with ix.reader() as reader:
        postings = {}
        for fieldname, btext in reader.all_terms():
            matcher = reader.postings(fieldname, btext)
            items = []
            while matcher.is_active():
                items.append((matcher.id(), matcher.weight(), matcher.value()))
                matcher.next()
            info = reader.term_info(fieldname, btext)
            postings[fieldname, btext] = (items, info.min_length(), info.max_length(),
                                          info.max_weight(), info.doc_frequency())
        docs = list(reader.iter_docs())
        lengths = [[reader.doc_field_length(n, name) for name in ("text", "question", "who")]
                   for n in range(reader.doc_count_all())]
        columns = {name: list(reader.column_reader(name)) for name in
                   ("kind", "asker", "party", "portfolio_holder", "status")}
    return postings, docs, lengths, columns


@pytest.fixture
def shipped(tmp_path, whoosh_as_shipped):
    return _contents(_build(tmp_path / "shipped"))


def test_the_bulk_build_indexes_what_whoosh_itself_indexes(tmp_path, request):
    ours = _contents(_build(tmp_path / "ours"))
    assert ours == request.getfixturevalue("shipped")


def test_a_build_that_spills_to_disk_indexes_the_same(tmp_path, request):
    pool_limit = posting_pool.POSTING_BYTES * 5000 / 1024 / 1024  # runs of 5,000 postings
    ours = _contents(_build(tmp_path / "spilled", limitmb=pool_limit))
    assert ours == request.getfixturevalue("shipped")


def test_the_analyzer_positions_equal_its_tokens():
    analyzer = schema.make_schema()["text"].analyzer
    for doc in _documents(60):
        positions, weights = analyzer.indexed(doc["text"])
        tokens = [(t.text, t.pos, t.boost) for t in analyzer(doc["text"], positions=True)]
        assert positions == {term: [pos for text, pos, _ in tokens if text == term]
                             for term in dict.fromkeys(text for text, _, _ in tokens)}
        assert weights == {term: sum(boost for text, _, boost in tokens if text == term)
                           for term in positions}


def test_a_bulk_build_leaves_garbage_collection_on_also_after_an_error(tmp_path):
    ix = whoosh_index.create_in(str(tmp_path), schema.make_schema())
    with rebuild.bulk_writer(ix) as writer:
        writer.add_document(doc_id="variant:1", text="melding")
    assert gc.isenabled()
    with pytest.raises(ValueError), rebuild.bulk_writer(ix) as writer:
        writer.add_document(doc_id="variant:2", text="meldpunt")
        raise ValueError
    assert gc.isenabled()
    assert ix.doc_count() == 1  # the failed build added nothing
