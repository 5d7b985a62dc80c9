"""Relevance on the judged set (tests/bench/judged): floors set from `make bench BENCH=relevance`
(nDCG@10 0.87, MRR 0.92, eerder gezegd precision@3 0.77 with no offer for an unrelated
question; the unseen split, labelled before it was first run, nDCG@10 0.77, MRR 0.89, 0.81 and
0.93 once plurals found their singulars; unseen2, first run 0.80/0.86, then 0.89/0.96), a
little below the measurement so a real loss fails and noise does not."""

import pytest

from tests.bench import relevance


@pytest.fixture(scope="module")
def judged():
    docs, keys = relevance.judged_documents()
    ix = relevance.build_index(docs + relevance.distractors())
    with ix.searcher() as searcher:
        yield searcher, keys


def test_the_judged_queries_find_what_should_come_first(judged):
    scores = relevance.evaluate(*judged)
    assert scores.queries >= 60
    assert scores.ndcg >= 0.82 and scores.mrr >= 0.87, scores.weak
    for name in ("inflection", "compound", "typo", "phrase", "accent"):
        assert scores.by_class[name][0] >= 0.78, (name, scores.by_class[name], scores.weak)


def test_queries_written_after_the_search_code_find_what_should_come_first(judged):
    scores = relevance.evaluate(*judged, relevance.judged_set()["unseen"])
    assert scores.queries >= 30
    assert scores.ndcg >= 0.73 and scores.mrr >= 0.85, scores.weak
    # questions and months as words: 0.44 and 0.66 before they were read as such
    for name in ("question", "date"):
        assert scores.by_class[name][0] >= 0.65, (name, scores.by_class[name], scores.weak)


def test_plurals_diminutives_and_two_slips_written_after_the_search_code_are_found(judged):
    scores = relevance.evaluate(*judged, relevance.judged_set()["unseen2"])
    assert scores.queries >= 25
    assert scores.ndcg >= 0.86 and scores.mrr >= 0.93, scores.weak
    # plurals 0.84 and two slips 0.33 before singulars and two-edit corrections
    assert scores.by_class["plural"][0] >= 0.9, scores.by_class["plural"]
    assert scores.by_class["typo2"][0] >= 0.9, scores.by_class["typo2"]


def test_eerder_gezegd_offers_the_right_questions_and_nothing_for_unrelated_ones(judged):
    found = relevance.evaluate_earlier(*judged)
    assert found.precision_at_3 >= 0.7 and found.found >= 0.7
    assert found.wrong_offers == 0
