"""The faster phrase and filter matching gives the same hits, in the same order, as Whoosh's own."""

import random

import pytest
from whoosh.filedb.filestore import RamStorage
from whoosh.query import Phrase

from search_index import query, schema
from search_index.matchers import QualityPhrase

WORDS = ["melding", "meldpunt", "extern", "sociale", "veiligheid", "brief", "college",
         "anoniem", "gemeente", "organisatie", "racisme", "ombudsman", "raad", "wethouder"]


@pytest.fixture(scope="module")
def searcher():
    rng = random.Random(3)
    ix = RamStorage().create_index(schema.make_schema())
    for batch in range(3):  # three segments
        writer = ix.writer()
        for n in range(batch * 700, (batch + 1) * 700):
            text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 60)))
            status = rng.choice(["akkoord", "concept"])
            writer.add_document(doc_id=str(n), entity=f"variant:{n}", kind="variant",
                                text=text, party=rng.choice(["VVD", "SP", "Denk"]),
                                status=status, public=status == "akkoord",
                                visible_to_pers=status == "akkoord",
                                meeting_day=20240000 + rng.randint(101, 1228))
        writer.commit()
    with ix.searcher() as searcher:
        yield searcher


def _ranked(results):
    return [(hit["doc_id"], round(hit.score, 9)) for hit in results]


@pytest.mark.parametrize("words", [["extern", "meldpunt"], ["sociale", "veiligheid"],
                                   ["brief", "anoniem", "college"]])
def test_a_phrase_ranks_the_same_top_hits_as_whoosh_phrase(searcher, words):
    for limit in (1, 10, 30):
        mine = searcher.search(QualityPhrase("text", words), limit=limit)
        plain = searcher.search(Phrase("text", words), limit=limit)
        assert _ranked(mine) == _ranked(plain)
        assert len(mine.docs()) == len(plain.docs())


@pytest.mark.parametrize("filters", [query.Filters(party="VVD"),
                                     query.Filters(approved_only=True),
                                     query.Filters(date_from="2024-03-01", date_to="2024-06-30"),
                                     query.Filters(party="SP", status="akkoord")])
@pytest.mark.parametrize("text", ["melding", '"extern meldpunt"', "raad wethouder"])
def test_a_filtered_search_ranks_the_same_hits_as_whoosh_filter(searcher, text, filters):
    parsed = query.parse(searcher, text)
    for limit in (10, 50):
        mine = searcher.search(query.restrict(parsed, filters), limit=limit)
        plain = searcher.search(Phrase("text", parsed.words) if isinstance(parsed, Phrase)
                                else parsed, limit=limit, filter=query.filter_query(filters))
        assert _ranked(mine) == _ranked(plain)
        assert len(mine.docs()) == len(plain.docs())
