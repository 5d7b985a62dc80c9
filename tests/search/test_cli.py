"""`flask search` and `flask reindex` per the command-line contract."""

import json

from tests.search.conftest import variants_of


def _setup(make_annotation, approve):
    annotation = make_annotation(questions=[{"text": "Komt er een nieuw zwembad?", "variants": [
        {"body": "Het zwembad komt er in 2027."},
        {"label": "alternatief_antwoord", "body": "Over het zwembad besluit de raad."}]}])
    approve(variants_of(annotation)[0])
    return annotation


def test_search_prints_hits_with_links(runner, make_annotation, approve):
    annotation = _setup(make_annotation, approve)
    result = runner.invoke(args=["search", "zwembad"])
    assert result.exit_code == 0, result.output
    assert "3 resultaten voor: zwembad" in result.output
    assert f"/annotaties/{annotation.id}#vraag-" in result.output
    assert "*zwembad*" in result.output


def test_search_json_limit_and_approved_only(runner, make_annotation, approve):
    _setup(make_annotation, approve)
    data = json.loads(runner.invoke(args=["search", "zwembad", "--json"]).output)
    assert data["total"] == 3 and len(data["results"]) == 3
    limited = json.loads(runner.invoke(args=["search", "zwembad", "--json", "--limit", "1"]).output)
    assert len(limited["results"]) == 1
    approved = json.loads(runner.invoke(args=["search", "zwembad", "--json", "--approved-only"]
                                        ).output)
    answers = [r for r in approved["results"] if r["kind"] == "variant"]
    assert [r["status"] for r in answers] == ["akkoord"]


def test_reindex_shows_a_progress_bar_and_the_count(runner, make_annotation, approve):
    _setup(make_annotation, approve)
    result = runner.invoke(args=["reindex"])
    assert result.exit_code == 0, result.output
    assert "Zoekindex opnieuw opgebouwd: 3 documenten." in result.output
