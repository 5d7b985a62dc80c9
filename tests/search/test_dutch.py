"""Dutch as a reader types it: inflections, compounds, slips, EN/OF/NIET, and plain-text
snippets and diffs, through the CLI and the web."""

import re

import pytest

from tests.search.conftest import cli_search, hit_texts, variants_of

ANSWERS = [
    "Wat zijn de vervolgstappen na de tweede brandbrief?",
    "De brandbrieven uit Zuidoost en WPI zijn besproken.",
    "In 2024 zijn er 4.112 huizen opgeleverd.",
    "Het huis aan de Dam staat leeg.",
    "De vragen over de urgentieregeling beantwoorden we schriftelijk.",
    "Er is een interventie op leiderschapsniveau gestart.",
    "Het leiderschap van de afdeling is besproken.",
    "De stadsdeelcommissie Zuidoost vroeg om meer jongerenwerkers.",
    "Er zijn **31 meldingen** van discriminatie binnengekomen.\n"
    "- Bij 3 meldingen is aangifte gedaan.",
    "De ombudsman heeft geen melding ontvangen.",
    "Racisme op de werkvloer wordt onderzocht.",
    "Kopje koffie in het café.",
]


@pytest.fixture
def archive(make_annotation):
    return make_annotation(questions=[
        {"text": f"Vraag {n}?", "variants": [{"body": body}]} for n, body in enumerate(ANSWERS)])


@pytest.mark.parametrize(("query", "finds"), [
    ("vervolgstap", "vervolgstappen"),
    ("brandbrief", "brandbrieven"),
    ("brandbrieven", "tweede brandbrief"),
    ("huis", "4.112 huizen"),
    ("huizen", "huis aan de Dam"),
    ("vraag", "De vragen over"),
    ("cafe", "café"),
])
def test_an_inflection_or_accent_finds_the_other_form(runner, archive, query, finds):
    assert any(finds in text for text in hit_texts(cli_search(runner, query)))


def test_a_part_finds_the_compound_and_the_whole_word_ranks_first(runner, archive):
    texts = hit_texts(cli_search(runner, "leiderschap"))
    assert texts[0].startswith("Het leiderschap van de afdeling")
    assert any("leiderschapsniveau" in text for text in texts[1:])


def test_commissie_zuidoost_finds_the_stadsdeelcommissie_also_as_a_phrase(runner, archive):
    for query in ("commissie Zuidoost", '"commissie Zuidoost"'):
        assert any("stadsdeelcommissie Zuidoost" in t for t in hit_texts(cli_search(runner, query)))
    assert cli_search(runner, "stadsdeelcommissie")["total"] == 1


def test_of_and_niet_in_capitals_are_operators(runner, archive):
    either = cli_search(runner, "ombudsman OF racisme")
    assert either["total"] == 2
    assert either["total"] == cli_search(runner, "ombudsman OR racisme")["total"]
    without = hit_texts(cli_search(runner, "meldingen NIET discriminatie"))
    assert without and all("discriminatie" not in t for t in without)
    assert either["any_words"] is False
    # "of" is an ordinary word: no text has both others, so the page says it shows some words
    assert cli_search(runner, "ombudsman of racisme")["any_words"] is True


def test_a_slipped_letter_is_corrected_from_the_index_and_said(runner, archive):
    data = cli_search(runner, "discrimnatie")
    assert data["suggestion"] == "discriminatie"
    assert any("discriminatie" in t for t in hit_texts(data))
    printed = runner.invoke(args=["search", "discrimnatie"]).output
    assert "Bedoelde u: discriminatie?" in printed


def test_a_word_nowhere_near_the_index_is_not_corrected(runner, archive):
    data = cli_search(runner, "xylofoonles")
    assert data["total"] == 0 and data["suggestion"] is None


def test_the_search_page_says_bedoelde_u_with_a_link(client, login_as, archive):
    login_as("auteur")
    page = client.get("/zoeken?q=discrimnatie").get_data(as_text=True)
    assert "Bedoelde u: <a href=\"/zoeken?q=discriminatie\">discriminatie</a>?" in page
    assert "<mark>discriminatie</mark>" in page


def test_snippets_show_the_text_a_reader_sees_not_markdown(client, login_as, archive):
    login_as("auteur")
    page = client.get("/zoeken?q=meldingen").get_data(as_text=True)
    snippets = re.findall(r'<p class="snippet">(.*?)</p>', page, re.S)
    assert any("31 <mark>meldingen</mark>" in s for s in snippets)
    assert not any("**" in s or "- Bij" in s for s in snippets)


def test_the_word_diff_on_vergelijken_shows_words_not_markup(
        client, login_as, make_annotation):
    annotation = make_annotation(questions=[{"text": "Hoeveel?", "variants": [
        {"body": "- Er zijn **24 meldingen** binnen."},
        {"label": "alternatief_antwoord", "body": "- Er zijn **31 meldingen** binnen."}]}])
    login_as("reviewer")
    question_id = variants_of(annotation)[0].question_id
    page = client.get(f"/vragen/{question_id}/vergelijken").get_data(as_text=True)
    diff = re.search(r'<div class="diff">(.*?)</div>', page, re.S).group(1)
    assert "<del>24</del><ins>31</ins>" in diff
    assert "**" not in diff and "- " not in diff


def test_eerder_gezegd_offers_nothing_for_an_unrelated_question_and_no_unapproved_answer(
        client, login_as, make_annotation, approve):
    earlier = make_annotation(meeting={"body": "commissie", "name": "Commissie MOB",
                                       "dates": ["2024-03-06"]}, questions=[
        {"text": "Wanneer gaat de nieuwe fietsenstalling open?",
         "variants": [{"body": "In 2027."}]},
        {"text": "Welke afspraken zijn er met het GMT over de rapportage van meldingen?",
         "variants": [{"body": "Het meldpunt rapporteert elk kwartaal."},
                      {"label": "alternatief_antwoord", "body": "Nog niet afgestemd."}]}])
    fiets, gmt = earlier.questions
    approve(fiets.variants[0], gmt.variants[0])
    draft = make_annotation(questions=[
        {"text": "Wanneer gaat de wethouder het GMT aanspreken op de rapportage van meldingen?",
         "variants": []},
        {"text": "Wanneer gaat het nieuwe zwembad in Noord open?", "variants": []}])
    login_as("auteur")
    about_gmt, about_pool = draft.questions
    page = client.get(f"/zoeken/eerder/vraag/{about_gmt.id}?deel=1").get_data(as_text=True)
    assert "Het meldpunt rapporteert elk kwartaal." in page
    assert "Nog niet afgestemd." not in page and "fietsenstalling" not in page
    page = client.get(f"/zoeken/eerder/vraag/{about_pool.id}?deel=1").get_data(as_text=True)
    assert "Geen vergelijkbare vragen" in page and "Overnemen" not in page


def test_the_api_reads_en_of_niet_and_compounds_as_the_cli_does(client, login_as, archive):
    login_as("reviewer")
    data = client.get("/api/search?q=ombudsman+OF+racisme").get_json()
    assert data["total"] == 2 and data["suggestion"] is None
    data = client.get("/api/search?q=leiderschap+NIET+afdeling").get_json()
    assert [re.sub(r"</?mark>", "", r["highlight"]) for r in data["results"]] == [
        "Er is een interventie op leiderschapsniveau gestart"]


def test_a_field_that_is_not_markdown_is_diffed_as_typed():
    from briefings.diffing import word_diff

    parts = word_diff("1. Klopt het?", "2. Klopt het?")
    assert [(p.kind, p.text) for p in parts if p.kind != "same"] == [
        ("removed", "1."), ("added", "2.")]


def test_a_real_word_that_finds_nothing_is_not_corrected_into_another(runner, make_annotation):
    make_annotation(questions=[{"text": "Wat is er vervangen?", "variants": [
        {"body": "De huiden van de trommels zijn vervangen."}]}])
    data = cli_search(runner, "huizen")
    assert data["total"] == 0 and data["suggestion"] is None
    assert cli_search(runner, "trommls")["suggestion"] == "trommels"


def test_words_that_no_document_has_together_find_those_with_some_of_them(
        runner, client, login_as, make_annotation):
    make_annotation(questions=[
        {"text": "Wanneer gaat de nieuwe fietsenstalling open?",
         "variants": [{"body": "De stalling opent in het voorjaar."}]},
        {"text": "Wat hebben we gezegd over racisme?",
         "variants": [{"body": "Racisme op de werkvloer wordt onderzocht."}]}])
    data = cli_search(runner, "toezegging fietsenstalling")
    assert data["any_words"] is True
    assert "fietsenstalling" in hit_texts(data)[0]
    assert "Geen resultaten met al deze woorden" in runner.invoke(
        args=["search", "toezegging fietsenstalling"]).output
    login_as("auteur")
    page = client.get("/zoeken?q=toezegging+fietsenstalling").get_data(as_text=True)
    assert "Hieronder de resultaten met een deel ervan" in page
    # a phrase or an operator asks for exactly that: still nothing
    assert cli_search(runner, '"toezegging fietsenstalling"')["total"] == 0
    assert cli_search(runner, "toezegging AND fietsenstalling")["total"] == 0
    assert cli_search(runner, "racisme werkvloer")["any_words"] is False
