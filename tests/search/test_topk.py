"""The best hits from the cached document sets (search_index.topk) are Whoosh's own: the same
documents in the same order with the same scores, and the exact number of matches; over
several segments, with deleted documents, filters, OR, NOT, prefixes and phrases."""

import random

import pytest
from whoosh.filedb.filestore import RamStorage
from whoosh.query import Term

from search_index import counting, phrases, query, schema, topk

WORDS = ["melding", "meldpunt", "extern", "sociale", "veiligheid", "brief", "college",
         "anoniem", "gemeente", "organisatie", "racisme", "ombudsman", "raad", "wethouder",
         "meldingen", "meldplicht", "discriminatie"]


@pytest.fixture(scope="module")
def ix():
    rng = random.Random(5)
    ix = RamStorage().create_index(schema.make_schema())
    for batch in range(3):  # three segments
        writer = ix.writer()
        for n in range(batch * 600, (batch + 1) * 600):
            # skewed word choice and lengths: many ties, and long and short documents
            text = " ".join(rng.choice(WORDS[: rng.randint(2, len(WORDS))])
                            for _ in range(rng.choice([1, 2, 3, 5, 8, 20, 60])))
            status = rng.choice(["akkoord", "concept"])
            writer.add_document(doc_id=str(n), entity=f"variant:{n}", kind="variant",
                                text=text, party=rng.choice(["VVD", "SP", "Denk"]),
                                status=status, public=status == "akkoord",
                                visible_to_pers=status == "akkoord",
                                meeting_day=20240000 + rng.randint(101, 1228))
        writer.commit()
    writer = ix.writer()
    for n in range(0, 1800, 7):  # deleted documents are neither hits nor counted
        writer.delete_by_term("doc_id", str(n))
    writer.commit(merge=False)
    return ix


@pytest.fixture(scope="module")
def searcher(ix):
    with ix.searcher() as searcher:
        yield searcher


def _ranked(results):
    return [(hit["doc_id"], round(hit.score, 9)) for hit in results]


@pytest.mark.parametrize("text", [
    "melding", "raad", "wethouder raad", "sociale OR veiligheid", "extern meldpunt brief",
    "racisme NOT discriminatie", "meld*", "(melding OR meldpunt) raad", "onbekendwoord",
    "melding onbekendwoord", "meldingen OR onbekendwoord"])
@pytest.mark.parametrize("filters", [query.Filters(), query.Filters(party="VVD"),
                                     query.Filters(approved_only=True),
                                     query.Filters(date_from="2024-03-01", date_to="2024-06-30")])
def test_the_best_hits_are_whooshs_in_the_same_order_with_the_exact_count(
        searcher, text, filters):
    parsed = query.restrict(query.parse(searcher, text), filters)
    for limit in (1, 10, 45):
        found = topk.search(searcher, parsed, limit)
        assert found is not None, parsed
        mine, total = found
        whoosh = searcher.search(parsed, limit=limit)
        assert _ranked(mine) == _ranked(whoosh)
        assert total == len(searcher.search(parsed, limit=None))


def test_a_boosted_word_scores_as_whoosh_scores_it(searcher):
    boosted = Term("text", "raad", boost=2.5) | Term("text", "brief")
    mine, _ = topk.search(searcher, boosted, 20)
    assert _ranked(mine) == _ranked(searcher.search(boosted, limit=20))


@pytest.mark.parametrize("text", [
    '"extern meldpunt"', '"melding melding"', '"sociale veiligheid brief"',
    '"raad wethouder" melding', '"raad wethouder" NOT brief', 'brief NOT "raad wethouder"',
    '"meld* raad"', '"onbekendwoord raad"'])
@pytest.mark.parametrize("filters", [query.Filters(), query.Filters(party="VVD"),
                                     query.Filters(approved_only=True)])
def test_the_best_phrase_hits_are_whooshs_reading_positions_of_few_documents(
        ix, text, filters):
    with ix.searcher() as searcher:  # nothing cached: the positions are read as needed
        parsed = query.restrict(query.parse(searcher, text), filters)
        everything = len(searcher.search(parsed, limit=None))
        for limit in (1, 10, 45):
            found = topk.search(searcher, parsed, limit, exact=False)
            assert found is not None, parsed
            mine, upper_bound = found
            assert _ranked(mine) == _ranked(searcher.search(parsed, limit=limit))
            assert upper_bound >= everything
        _, total = topk.search(searcher, parsed, 10)
        assert total == everything


def test_a_top_10_phrase_search_reads_the_positions_of_a_few_documents_only(ix):
    with ix.searcher() as searcher:
        parsed = query.parse(searcher, '"melding melding"')
        topk.search(searcher, parsed, 10, exact=False)
        states = [counting.phrase_state(leaf, parsed) for leaf, _ in searcher.leaf_searchers()]
        checked = sum(state.checked.bit_count() for state in states)
        candidates = sum(state.candidates.bit_count() for state in states)
        assert checked < candidates / 4, (checked, candidates)


def test_a_phrase_under_an_or_is_left_to_whoosh(searcher):
    assert topk.search(searcher, query.parse(searcher, '"extern meldpunt" OR raad'), 10) is None


def _whoosh_postings(searcher, read):
    """(reader, word, {docnum: read(matcher)}) per segment and word, as Whoosh reads them."""
    for leaf, _ in searcher.leaf_searchers():
        reader = leaf.reader()
        for word in WORDS:
            if ("text", word) not in reader:
                continue
            matcher = reader.postings("text", word)
            found = {}
            while matcher.is_active():
                found[matcher.id()] = read(matcher)
                matcher.next()
            yield reader, word, found


def test_postings_read_without_positions_are_whooshs_ids_and_weights(searcher):
    for reader, word, whoosh in _whoosh_postings(searcher, lambda m: m.weight()):
        raw = reader.postings("text", word)
        mine = [pair for ids, weights in counting._blocks(getattr(raw, "child", raw))
                for pair in zip(ids, weights, strict=True)]
        assert [pair for pair in mine if pair[0] in whoosh] == list(whoosh.items())


def test_positions_read_for_phrases_are_whooshs(searcher):
    for reader, word, whoosh in _whoosh_postings(
            searcher, lambda matcher: set(matcher.value_as("positions"))):
        assert phrases.positions(reader, "text", word, sorted(whoosh)) == whoosh
