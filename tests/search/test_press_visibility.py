"""The press office searches only what briefings.visibility releases to it: through the web
page, the JSON API and the CLI, with counts that never include hidden documents, and the index
following every status change that moves a text in or out of that view."""

import json
import re

import pytest

from briefings.changes import change_status, enqueue_index
from briefings.models import Commitment
from briefings.press import publish_line
from briefings.workflow.review import approve, choose, submit_for_review
from tests.search.conftest import variants_of

HIDDEN = ("KERNCONCEPT", "HANDELCONCEPT", "ANTWOORDCONCEPT", "TOELICHTINGCONCEPT",
          "TOEZEGGINGCONCEPT")


@pytest.fixture
def concept(make_annotation, make_user, db):
    """A concept annotation about waiting times: bullets, a draft and an approved answer."""
    annotation = make_annotation(
        sections=[
            {"kind": "kernboodschap", "heading": "Wachttijden",
             "body": "- De wachttijd KERNCONCEPT daalt dit jaar.\n- Nog een punt."},
            {"kind": "handelingsperspectief", "heading": "Aanpak",
             "body": "- De wachttijd HANDELCONCEPT wordt maandelijks gevolgd."}],
        questions=[{"text": "Hoe lang is de wachttijd voor jeugdzorg?",
                    "asker": {"name": "Mangal", "party": "Denk"},
                    "variants": [
                        {"body": "De wachttijd is nu ANTWOORDCONCEPT twaalf weken.",
                         "explanation": "Wachttijd TOELICHTINGCONCEPT volgens de monitor."},
                        {"label": "alternatief_antwoord",
                         "body": "De wachttijd OPENBAARANTWOORD is tien weken."}]}])
    _release(db, variants_of(annotation)[1], make_user)
    commitment = Commitment(text="De raad krijgt de wachttijd TOEZEGGINGCONCEPT voor de zomer.",
                            annotation_id=annotation.id, portfolio_holder="wethouder Van Buren")
    db.add(commitment)
    enqueue_index(db, commitment)
    db.commit()
    return annotation


def _release(db, variant, make_user, *, chosen=False):
    variant = db.merge(variant)
    submit_for_review(db, variant, by=make_user("auteur"))
    approve(db, variant, by=make_user("reviewer"))
    if chosen:
        choose(db, variant, by=make_user("staf"))
    db.commit()


def _hidden_in(text: str) -> list[str]:
    return [marker for marker in HIDDEN if marker in text]


def test_pers_search_page_and_api_never_show_a_concept_annotations_bullets(
        client, login_as, concept):
    login_as("pers")
    page = client.get("/zoeken?q=wachttijd").get_data(as_text=True)
    assert _hidden_in(page) == []
    assert "OPENBAARANTWOORD" in page
    data = client.get("/api/search?q=wachttijd").get_json()
    assert _hidden_in(json.dumps(data)) == []
    # Two documents are open: the approved answer and its question; the counts agree.
    assert data["total"] == 2 == len(data["results"])
    assert data["counts"]["kind"] == {"question": 1, "variant": 1}
    assert sum(data["counts"]["party"].values()) == 2


def test_pers_counts_per_filter_value_leave_out_hidden_documents(client, login_as, concept):
    login_as("pers")
    for kind in ("kernboodschap", "section", "explanation", "commitment"):
        data = client.get(f"/api/search?q=wachttijd&kind={kind}").get_json()
        assert (data["total"], data["results"], data["counts"]) == (0, [], {}), kind
    login_as("auteur")
    counts = client.get("/api/search?q=wachttijd").get_json()["counts"]["kind"]
    assert counts == {"kernboodschap": 1, "section": 1, "variant": 2, "question": 1,
                      "explanation": 1, "commitment": 1}


def test_bullets_and_commitments_open_when_the_annotation_becomes_definitief_and_close_again(
        client, login_as, concept, db, make_user):
    staf = make_user("staf")
    login_as("pers")
    annotation = db.merge(concept)
    change_status(db, annotation, "definitief", by=staf)
    db.commit()
    page = client.get("/zoeken?q=wachttijd").get_data(as_text=True)
    assert "KERNCONCEPT" in page and "HANDELCONCEPT" in page and "TOEZEGGINGCONCEPT" in page
    assert "ANTWOORDCONCEPT" not in page and "TOELICHTINGCONCEPT" not in page
    change_status(db, annotation, "in_review", by=staf)
    db.commit()
    data = client.get("/api/search?q=wachttijd").get_json()
    assert _hidden_in(json.dumps(data)) == []
    assert data["total"] == 2


def test_a_question_opens_to_the_press_only_once_an_answer_is_chosen(
        client, login_as, make_annotation, make_user, db):
    annotation = make_annotation(questions=[{
        "text": "Wanneer opent het VRAAGMARKER zwembad?",
        "variants": [{"body": "Het zwembad opent in mei."}]}])
    login_as("pers")
    assert client.get("/api/search?q=zwembad").get_json()["total"] == 0
    _release(db, variants_of(annotation)[0], make_user, chosen=True)
    data = client.get("/api/search?q=zwembad").get_json()
    assert {r["kind"] for r in data["results"]} == {"question", "variant"}


def test_press_lines_are_searchable_with_a_link_to_the_line(client, login_as, concept, db,
                                                             make_user):
    released = db.merge(variants_of(concept)[1])
    line = publish_line(db, released, by=make_user("staf"), topic="Wachttijd jeugdzorg")
    db.commit()
    login_as("pers")
    data = client.get("/api/search?q=jeugdzorg&kind=line").get_json()
    assert [(r["kind"], r["url"]) for r in data["results"]] == [
        ("line", f"/pers/lijnen/{line.id}")]
    page = client.get("/zoeken?q=jeugdzorg&kind=line").get_data(as_text=True)
    assert "Bekijk de perslijn" in page


def test_cli_search_as_a_user_and_approved_only_follow_the_same_rule(
        runner, concept, make_user):
    pers = make_user("pers")

    def texts(*args):
        result = runner.invoke(args=["search", "wachttijd", "--json", *args])
        assert result.exit_code == 0, result.output
        return result.output

    assert _hidden_in(texts("--as", pers.email)) == []
    assert _hidden_in(texts("--approved-only")) == []
    assert set(_hidden_in(texts())) == set(HIDDEN)
    unknown = runner.invoke(args=["search", "wachttijd", "--as", "niemand@gemeente.test"])
    assert unknown.exit_code != 0
    assert "Er is geen actieve gebruiker met e-mailadres niemand@gemeente.test" in unknown.output


def test_a_press_search_hit_in_an_annotation_in_progress_leads_to_its_released_answer(
        client, login_as, concept):
    # Before, "Bekijk in de annotatie" under such a hit ended on a 403 page.
    login_as("pers")
    page = client.get("/zoeken?q=wachttijd").get_data(as_text=True)
    links = set(re.findall(r'href="(/annotaties/\d+)#[^"]*"', page))
    assert links == {f"/annotaties/{concept.id}"}
    shown = client.get(links.pop())
    assert shown.status_code == 200
    text = shown.get_data(as_text=True)
    assert "De wachttijd OPENBAARANTWOORD is tien weken." in text
    assert "Hoe lang is de wachttijd voor jeugdzorg?" in text
    assert "nog niet definitief" in text
    assert _hidden_in(text) == [] and "Nog een punt" not in text
