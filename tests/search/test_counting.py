"""Counts per filter value from cached document sets equal Whoosh's own counting, match by
match, across segments, deletions, operators, prefixes, phrases and filters."""

import random

import pytest
from whoosh import sorting
from whoosh.filedb.filestore import RamStorage
from whoosh.query import Term

from search_index import counting, query, schema

WORDS = ["melding", "meldpunt", "extern", "sociale", "veiligheid", "brief", "college",
         "anoniem", "gemeente", "organisatie", "racisme", "ombudsman", "raad", "wethouder"]
FIELDS = ("kind", "status", "party", "asker")


@pytest.fixture(scope="module")
def searcher():
    rng = random.Random(5)
    ix = RamStorage().create_index(schema.make_schema())
    for batch in range(3):  # three segments, and deletions in the first
        writer = ix.writer()
        for n in range(batch * 500, (batch + 1) * 500):
            text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 40)))
            status = rng.choice(["akkoord", "concept", "afgewezen"])
            writer.add_document(doc_id=str(n), entity=f"variant:{n}",
                                kind=rng.choice(["variant", "question", "explanation"]),
                                text=text, party=rng.choice(["VVD", "SP", "Denk", ""]),
                                asker=rng.choice(["Mangal", "Jansen", "Koç"]),
                                status=status, public=status == "akkoord",
                                meeting_day=20240000 + rng.randint(101, 1228))
        if batch == 1:
            for n in range(0, 500, 7):
                writer.delete_by_term("doc_id", str(n))
        writer.commit(merge=False)
    with ix.searcher() as searcher:
        assert not searcher.is_atomic()
        yield searcher


def _whoosh_counts(searcher, q):
    facets = {name: sorting.FieldFacet(name, maptype=sorting.Count) for name in FIELDS}
    results = searcher.search(q, limit=None, groupedby=facets)
    return {name: {str(k): v for k, v in results.groups(name).items() if k not in (None, "")}
            for name in FIELDS}


@pytest.mark.parametrize("text", [
    "melding", "extern meldpunt", "melding OF ombudsman", "racisme NIET gemeente",
    "NIET raad", "meld*", '"sociale veiligheid"', "(brief OR college) AND anoniem",
    "onbekendwoord"])
@pytest.mark.parametrize("filters", [query.Filters(), query.Filters(party="VVD"),
                                     query.Filters(approved_only=True),
                                     query.Filters(date_from="2024-03-01", date_to="2024-06-30"),
                                     query.Filters(kinds=["variant"], status="akkoord",
                                                   exclude_annotation="3")])
def test_counts_per_value_equal_whoosh_counting(searcher, text, filters):
    q = query.restrict(query.parse(searcher, text), filters)
    mine = counting.counts(searcher, q, FIELDS, time_limit=10)
    assert mine == _whoosh_counts(searcher, q)


def test_a_walk_past_its_time_gives_up_instead_of_holding_the_page(searcher):
    phrase = query.parse(searcher, '"melding melding"')
    with pytest.raises(counting.TooSlow):
        counting.counts(searcher, phrase, FIELDS, time_limit=-1)
    assert counting.counts(searcher, Term("text", "nietbestaand"), FIELDS, time_limit=-1) == {
        name: {} for name in FIELDS}


@pytest.mark.parametrize("text", ["melding", '"sociale veiligheid"', "brief NIET college"])
def test_the_search_page_counts_and_totals_match_whoosh(searcher, text, monkeypatch):
    # the page's time limit is tested above; on a loaded machine it must not decide this one
    monkeypatch.setattr(query, "COUNT_TIME_LIMIT", 30)
    result = query.search(searcher, text)
    expected = _whoosh_counts(searcher, query.parse(searcher, text))
    for name in ("kind", "status", "party", "asker"):
        assert result.facets[name] == expected[name]
    assert result.total == sum(expected["kind"].values())


def test_a_phrase_count_past_its_time_is_finished_once_for_the_total_and_the_counts(
        searcher, monkeypatch):
    monkeypatch.setattr(query, "COUNT_TIME_LIMIT", -1)  # the first pass always runs out
    read = []
    check = counting.phrases.State._check_sorted
    monkeypatch.setattr(counting.phrases.State, "_check_sorted",
                        lambda self, docnums: read.extend(docnums) or check(self, docnums))
    text = '"gemeente organisatie"'
    result = query.search(searcher, text)
    expected = _whoosh_counts(searcher, query.parse(searcher, text))
    assert not result.counts_skipped
    assert result.facets["party"] == expected["party"]
    assert result.total == sum(expected["kind"].values())
    leaves = [leaf for leaf, _ in searcher.leaf_searchers()]
    candidates = sum(counting.phrase_state(leaf, query.parse(searcher, text)).candidates
                     .bit_count() for leaf in leaves)
    assert len(read) == candidates  # no document's positions read twice
