"""A raadslid's name as people write it: "Vries" finds the questions of "A. de Vries", the
asker filter and its counts are one entry whether a document wrote "A. de Vries", "De Vries"
or "de Vries", and a party name finds its members' questions."""

import json
import re

import pytest

from search_index.names import asker_key


@pytest.fixture
def askers(make_annotation):
    def question(text, name, party):
        return {"text": text, "asker": {"name": name, "party": party},
                "variants": [{"body": "Daar komen we schriftelijk op terug."}]}
    make_annotation(questions=[
        question("Hoe staat het met de fietsenstalling bij het station?", "A. de Vries", "VVD"),
        question("Wanneer opent het zwembad weer?", "De Vries", "VVD"),
        question("Wat kost de nieuwe brug?", "Van der Laan", "GroenLinks"),
        question("Komt er een extra bushalte?", "J. van der Laan", "GroenLinks"),
        question("Hoeveel meldingen kwamen er binnen?", "El Amrani", "PvdA"),
    ])


@pytest.mark.parametrize("written, kept", [
    ("A. de Vries", "de Vries"), ("De Vries", "de Vries"), ("de Vries", "de Vries"),
    ("A.de Vries", "de Vries"), ("Mr. J.P. Van der Laan", "van der Laan"),
    ("Van Der Laan", "van der Laan"), ("El Amrani", "El Amrani"), ("Mangal", "Mangal"),
    ("Groot Wassink", "Groot Wassink")])
def test_a_name_is_kept_in_one_spelling(written, kept):
    assert asker_key(written) == kept


def _questions(runner, text):
    result = runner.invoke(args=["search", text, "--json", "--limit", "20"])
    assert result.exit_code == 0, result.output
    return {re.sub(r"</?mark>", "", hit["highlight"]).rstrip("?") + "?"
            for hit in json.loads(result.output)["results"] if hit["kind"] == "question"}


def test_a_surname_alone_finds_the_questions_of_that_raadslid(runner, askers):
    assert _questions(runner, "Vries") == {
        "Hoe staat het met de fietsenstalling bij het station?", "Wanneer opent het zwembad weer?"}
    assert _questions(runner, "van der laan") == {"Wat kost de nieuwe brug?",
                                                   "Komt er een extra bushalte?"}
    assert _questions(runner, "Vries fietsenstalling") == {
        "Hoe staat het met de fietsenstalling bij het station?"}


def test_a_party_name_finds_its_members_questions(runner, askers):
    assert _questions(runner, "GroenLinks") == {"Wat kost de nieuwe brug?",
                                                 "Komt er een extra bushalte?"}
    assert _questions(runner, "pvda") == {"Hoeveel meldingen kwamen er binnen?"}


def test_the_asker_filter_is_one_entry_however_the_name_was_written(client, login_as, askers):
    login_as("auteur")
    page = client.get("/zoeken?q=schriftelijk").get_data(as_text=True)
    facets = page[page.index('id="verfijnen"'):]
    assert re.search(r">de Vries</a> <span class=\"count\">\(2\)", facets), facets
    assert re.search(r">van der Laan</a> <span class=\"count\">\(2\)", facets), facets
    assert ">A. de Vries<" not in facets and ">Van der Laan<" not in facets


@pytest.mark.parametrize("typed", ["Vries", "de vries", "A. de Vries", "De Vries"])
def test_the_asker_filter_takes_the_name_as_typed(client, login_as, askers, typed):
    login_as("auteur")
    page = client.get("/zoeken", query_string={"q": "schriftelijk", "asker": typed})
    text = page.get_data(as_text=True)
    assert page.status_code == 200
    assert text.count("we <mark>schriftelijk</mark> op terug") == 2, typed
