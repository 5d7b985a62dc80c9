"""Downloading exports from the annotation page."""

import io

import pytest
from docx import Document

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _url(annotation, mode):
    return f"/annotaties/{annotation.id}/export/{mode}"


@pytest.mark.parametrize("mode", ["final", "draft", "woo"])
def test_staf_downloads_each_mode_as_a_word_file(client, login_as, annotation, mode):
    login_as("staf")
    response = client.get(_url(annotation, mode))
    assert response.status_code == 200
    assert response.mimetype == DOCX
    disposition = response.headers["Content-Disposition"]
    assert "attachment" in disposition and "annotatie-29-vn2024-000821-" in disposition
    document = Document(io.BytesIO(response.data))
    assert document.paragraphs[0].text == "Annotatie voor wethouder Van Buren"


def test_read_view_shows_the_buttons_the_role_may_use(client, login_as, annotation):
    login_as("auteur")
    page = client.get(f"/annotaties/{annotation.id}").get_data(as_text=True)
    assert "Concept (Word)" in page and "Definitief (Word)" in page
    assert "Woo-versie lakken" not in page
    assert _url(annotation, "draft") in page


def test_staf_sees_the_woo_button(client, login_as, annotation):
    login_as("staf")
    assert "Woo-versie lakken" in client.get(f"/annotaties/{annotation.id}").get_data(
        as_text=True)


def test_press_may_not_export_and_an_author_no_woo_copy(client, login_as, annotation):
    login_as("auteur")
    assert client.get(_url(annotation, "woo")).status_code == 403
    login_as("pers")
    response = client.get(_url(annotation, "draft"))
    assert response.status_code == 403
    assert "conceptversie te exporteren" in response.get_data(as_text=True)


def test_unknown_mode_or_annotation_is_not_found(client, login_as, annotation):
    login_as("staf")
    assert client.get(_url(annotation, "pdf")).status_code == 404
    assert client.get("/annotaties/999/export/draft").status_code == 404


@pytest.fixture
def gappy(db, annotation):
    annotation.questions[2].variants[0].chosen = False
    annotation.questions[0].variants[0].body = "Er zijn [Aanvullen] meldingen."
    db.commit()
    return annotation


def test_final_with_gaps_shows_what_is_missing_with_links(client, login_as, gappy):
    login_as("staf")
    response = client.get(_url(gappy, "final"))
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and response.mimetype == "text/html"
    assert "De definitieve versie is nog niet compleet" in page
    assert "Vraag 3: er is nog geen antwoord gekozen." in page
    assert f'href="/annotaties/{gappy.id}#vraag-{gappy.questions[2].id}"' in page
    assert "open punt “[Aanvullen]”" in page


def test_read_view_says_how_many_gaps_block_the_final_copy(client, login_as, gappy):
    login_as("staf")
    page = client.get(f"/annotaties/{gappy.id}").get_data(as_text=True)
    assert "2 open punten blokkeren de definitieve versie" in page


def test_confirming_downloads_the_final_copy_with_the_gaps_marked(client, login_as, gappy):
    login_as("staf")
    response = client.post(_url(gappy, "final"), data={"confirm": "y"})
    assert response.status_code == 200 and response.mimetype == DOCX
    text = [p.text for p in Document(io.BytesIO(response.data)).paragraphs]
    assert any(t.startswith("ONVOLLEDIG") for t in text)


def test_posting_without_confirmation_shows_the_page_again_with_an_error(
        client, login_as, gappy):
    login_as("staf")
    response = client.post(_url(gappy, "final"), data={})
    assert response.status_code == 400
    assert "Vink aan dat u een onvolledige versie wilt exporteren." in response.get_data(
        as_text=True)


def test_forced_export_needs_a_csrf_token(app, client, login_as, gappy):
    login_as("staf")
    app.config["WTF_CSRF_ENABLED"] = True
    response = client.post(_url(gappy, "final"), data={"confirm": "y"})
    assert response.status_code == 400 and response.mimetype == "text/html"
