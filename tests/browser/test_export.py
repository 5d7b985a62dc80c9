"""Exporting from the annotation page in a real browser (every page checked by axe-core)."""

import pytest
from docx import Document

from tests.export.conftest import CHOICES, choose, create_sample

pytestmark = pytest.mark.browser


def test_staf_downloads_a_draft_and_forces_an_incomplete_final_copy(
        db, make_annotation, make_user, new_page, browser_login, live_server, tmp_path):
    annotation = create_sample(db, make_annotation, make_user("auteur", name="Jan Jansen"))
    staf_choices = [*CHOICES[:2], None, *CHOICES[3:]]
    choose(db, annotation, staf_choices, make_user("staf"))
    db.commit()
    page = new_page()
    browser_login(page, "staf")
    page.goto(f"{live_server}/annotaties/{annotation.id}")

    with page.expect_download() as draft:
        page.get_by_role("link", name="Concept (Word)").click()
    assert draft.value.suggested_filename == "annotatie-29-vn2024-000821-concept.docx"

    page.get_by_role("link", name="Definitief (Word)").click()
    page.wait_for_load_state()
    assert "nog niet compleet" in page.get_by_role("heading", level=1).inner_text()
    assert page.get_by_role("link", name="Vraag 3: er is nog geen antwoord gekozen.").is_visible()
    page.get_by_label("Ik begrijp dat deze versie onvolledig is").check()
    with page.expect_download() as final:
        page.get_by_role("button", name="Onvolledige definitieve versie downloaden").click()
    path = tmp_path / "final.docx"
    final.value.save_as(path)
    texts = [p.text for p in Document(str(path)).paragraphs]
    assert any(text.startswith("ONVOLLEDIG") for text in texts)
