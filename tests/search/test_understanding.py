"""Queries typed as sentences: a month and year is the meeting's period, said on the page and
undone with one link; words about the text ("gezegd", "wethouder", "antwoord") rank but are
not required. Through the page, the API and `flask search`."""

import json
from datetime import date

FEBRUARY = {"body": "raad", "name": "Raad", "dates": ["2024-02-28"]}
MARCH = {"body": "raad", "name": "Raad", "dates": ["2024-03-13"]}


def _two_meetings(make_annotation):
    february = make_annotation(meeting=FEBRUARY, questions=[{
        "text": "Hoe staat het met het meldpunt?",
        "variants": [{"body": "Het meldpunt voor racisme is in februari geopend."}]}])
    march = make_annotation(meeting=MARCH, questions=[{
        "text": "Komen er meer meldingen van racisme?",
        "variants": [{"body": "Het aantal meldingen over racisme stijgt."}]}])
    return february, march


def test_a_month_and_year_in_the_query_search_that_month_and_the_page_says_so(
        client, login_as, make_annotation):
    login_as("auteur")
    february, march = _two_meetings(make_annotation)
    page = client.get("/zoeken?q=racisme+maart+2024").get_data(as_text=True)
    assert "Gezocht in de vergaderingen van maart 2024" in page
    assert f"/annotaties/{march.id}#" in page
    assert f"/annotaties/{february.id}#" not in page
    assert 'value="racisme maart 2024"' in page  # the query stays as typed


def test_the_link_on_the_period_line_searches_the_words_as_typed(
        client, login_as, make_annotation):
    login_as("auteur")
    february, _ = _two_meetings(make_annotation)
    page = client.get("/zoeken?q=racisme+in+februari+2024").get_data(as_text=True)
    assert "Gezocht in de vergaderingen van februari 2024" in page
    assert "letterlijk=1" in page
    literal = client.get("/zoeken?q=racisme+in+februari+2024&letterlijk=1").get_data(as_text=True)
    assert "Gezocht in" not in literal
    assert f"/annotaties/{february.id}#antwoord-" in literal  # "februari" is in its text


def test_chosen_dates_and_quoted_months_are_left_alone(client, login_as, make_annotation):
    login_as("auteur")
    _two_meetings(make_annotation)
    chosen = client.get("/api/search?q=racisme+maart+2024&date_from=01-01-2024").get_json()
    assert chosen["period"] is None
    quoted = client.get('/api/search?q=racisme+"maart+2024"').get_json()
    assert quoted["period"] is None


def test_a_month_without_hits_searches_the_words_as_typed(client, login_as, make_annotation):
    login_as("auteur")
    _two_meetings(make_annotation)
    data = client.get("/api/search?q=racisme+mei+2019").get_json()
    assert data["period"] is None
    assert data["total"] > 0 and data["any_words"]


def test_a_question_finds_the_documents_on_its_topic_without_the_word_gezegd(
        client, login_as, make_annotation):
    login_as("auteur")
    _, march = _two_meetings(make_annotation)
    data = client.get("/api/search?q=wat+hebben+we+gezegd+over+racisme").get_json()
    assert not data["any_words"]
    assert data["total"] == 3  # every text that mentions racisme, none with "gezegd"
    said = client.get("/api/search?q=wat+zei+de+wethouder+over+het+aantal").get_json()
    assert not said["any_words"]  # no text says "zei" or "wethouder"
    assert [r["annotation_id"] for r in said["results"]] == [march.id]


def test_operators_and_quotes_still_require_every_word(client, login_as, make_annotation):
    login_as("auteur")
    _two_meetings(make_annotation)
    for typed in ("racisme EN gezegd", '"gezegd over racisme"'):
        data = client.get("/api/search", query_string={"q": typed}).get_json()
        assert data["total"] == 0, typed


def test_flask_search_says_the_period_it_searched(runner, make_annotation):
    _two_meetings(make_annotation)
    result = runner.invoke(args=["search", "racisme maart 2024"])
    assert result.exit_code == 0, result.output
    assert "Gezocht in de vergaderingen van maart 2024" in result.output
    assert "2 resultaten voor: racisme maart 2024" in result.output
    data = json.loads(runner.invoke(args=["search", "racisme maart 2024", "--json"]).output)
    assert data["period"]["date_from"] == "2024-03-01"
    assert data["period"]["date_to"] == "2024-03-31"


def test_a_hyphenated_word_also_finds_the_word_written_whole(runner, make_annotation):
    make_annotation(questions=[{"text": "Komen er meer jongerenwerkers in Zuidoost?"}])
    data = json.loads(runner.invoke(args=["search", "jongerenwerkers Zuid-Oost", "--json"]).output)
    assert data["total"] == 1 and not data["any_words"]
    quoted = json.loads(runner.invoke(args=["search", '"Zuid-Oost"', "--json"]).output)
    assert quoted["total"] == 0


def test_vorig_jaar_is_last_year_and_the_page_names_it(client, login_as, make_annotation):
    login_as("auteur")
    year = date.today().year
    last = make_annotation(meeting={**MARCH, "dates": [f"{year - 1}-06-10"]}, questions=[
        {"text": "Wat doet de stad tegen racisme?"}])
    this = make_annotation(meeting={**MARCH, "dates": [f"{year}-01-15"]}, questions=[
        {"text": "Komt er een onderzoek naar racisme?"}])
    page = client.get("/zoeken?q=racisme+vorig+jaar").get_data(as_text=True)
    assert f"Gezocht in de vergaderingen van {year - 1}: ‘vorig jaar’" in page
    assert f"/annotaties/{last.id}#" in page and f"/annotaties/{this.id}#" not in page
