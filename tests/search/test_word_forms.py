"""Words written in another form than the text has them: plurals and diminutives whose stems
differ from the singular's, "programma's", and two slips in a long word, through the CLI and
the web; an index analysed the old way is rebuilt at start-up."""

from pathlib import Path
from types import SimpleNamespace

import pytest
from whoosh import index as whoosh_index

from app import create_app
from app.db import db_session
from search_index import schema
from search_index.analysis import DutchAnalyzer
from search_index.query import Filters
from tests.search.conftest import cli_search, hit_texts

ADMIN = SimpleNamespace(id=None, role="beheer", active=True)
ANSWERS = [
    "Met de energiecoöperatie zijn afspraken gemaakt over zonnepanelen.",
    "De problemen met de vuilniswagens zijn opgelost.",
    "Er kwamen drie ideeën uit de buurt.",
    "Het cameratoezicht blijft tot eind 2025.",
    "Alle leidinggevenden volgen het leiderschapsprogramma.",
    "Handhavers en boa's controleren de schoolzones.",
    "Weesfietsen worden sneller verwijderd.",
    "Er zijn tot en met januari 24 meldingen binnen gekomen.",
    "Vanaf januari werken er zes jongerenwerkers extra.",
    "Huishoudens krijgen voorrang bij schuldhulpverlening.",
]


@pytest.fixture
def archive(make_annotation):
    return make_annotation(questions=[
        {"text": f"Vraag {n}?", "variants": [{"body": body}]} for n, body in enumerate(ANSWERS)])


@pytest.mark.parametrize(("query", "finds"), [
    ("zonnepaneel", "zonnepanelen"),
    ("probleem", "problemen"),
    ("vuilniswagen", "vuilniswagens"),
    ("idee", "ideeën"),
    ("weesfietsje", "Weesfietsen"),
    ("leiderschapsprogramma's", "leiderschapsprogramma"),
    ("boa", "boa&#x27;s"),  # the highlight is HTML
])
def test_a_singular_plural_or_diminutive_finds_the_other_form(runner, archive, query, finds):
    data = cli_search(runner, query)
    assert data["suggestion"] is None
    assert any(finds in text for text in hit_texts(data)), hit_texts(data)


@pytest.mark.parametrize(("query", "finds"), [
    ("jongerenwerk", "jongerenwerkers"),
    ("schuldhulp", "schuldhulpverlening"),
])
def test_the_beginning_of_a_compound_finds_it(runner, archive, query, finds):
    assert any(finds in text for text in hit_texts(cli_search(runner, query)))


def test_a_separable_verb_written_whole_finds_its_parts_apart(runner, client, login_as, archive):
    texts = hit_texts(cli_search(runner, "meldingen binnengekomen"))
    assert texts == ["Er zijn tot en met januari 24 meldingen binnen gekomen"]
    login_as("auteur")
    page = client.get("/zoeken?q=binnenkomen").get_data(as_text=True)
    assert "<mark>binnen</mark> <mark>gekomen</mark>" in page
    # in quotes it is asked for as typed
    assert cli_search(runner, '"binnengekomen"')["total"] == 0


def test_the_search_page_finds_the_plural_of_a_singular(client, login_as, archive):
    login_as("auteur")
    page = client.get("/zoeken?q=zonnepaneel").get_data(as_text=True)
    assert "<mark>zonnepanelen</mark>" in page
    assert "Bedoelde u" not in page


def test_two_slips_in_a_long_word_are_corrected_and_said(runner, client, login_as, archive):
    data = cli_search(runner, "cameratoezigt")
    assert data["suggestion"] == "cameratoezicht"
    assert any("cameratoezicht" in t for t in hit_texts(data))
    assert "Bedoelde u: cameratoezicht?" in runner.invoke(args=["search", "cameratoezigt"]).output
    login_as("auteur")
    page = client.get("/zoeken?q=cameratoezigt").get_data(as_text=True)
    assert 'Bedoelde u: <a href="/zoeken?q=cameratoezicht">cameratoezicht</a>?' in page


def test_a_real_compound_two_letters_from_a_word_in_the_index_is_not_corrected(runner, archive):
    # "schoolzorg" is school + zorg: meant as typed, though "schoolzone" is two edits away
    data = cli_search(runner, "schoolzorg")
    assert data["total"] == 0 and data["suggestion"] is None


def test_a_short_word_with_two_slips_is_not_guessed(runner, archive):
    assert cli_search(runner, "prblemn")["suggestion"] is None


def test_an_index_analysed_the_old_way_is_rebuilt_at_start_up(app, archive):
    app.extensions["search"].apply_pending()
    root = Path(app.config["SEARCH_INDEX_DIR"])
    old = schema.make_schema()
    old["text"].analyzer = old["question"].analyzer = DutchAnalyzer(version=1)
    generation = root / "gen-old-analysis"
    generation.mkdir()
    whoosh_index.create_in(str(generation), old)  # empty: only a rebuild can find the answers
    schema.swap_in(root, generation)
    restarted = create_app(dict(app.config))
    with restarted.app_context():
        _, rows = restarted.extensions["search"].search(db_session(), ADMIN, "zonnepaneel",
                                                        Filters())
        assert [row.hit.fields["text"] for row in rows] == [ANSWERS[0]]
    assert schema.generation_name(root) != generation.name
    restarted.extensions["db_engine"].dispose()
