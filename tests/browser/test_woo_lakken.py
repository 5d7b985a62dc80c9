"""The lakken page in a real browser, with CSRF on and axe-core on every page: proposals,
adding a name, dismissing and restoring a hit, the Woo download, and 320 px without
horizontal scrolling."""

import re

import pytest
from docx import Document

from tests.export.conftest import add_personal_data, complete_sample

pytestmark = pytest.mark.browser


def _no_horizontal_scroll(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_staf_reviews_the_proposed_redactions_and_downloads_the_woo_copy(
        db, make_annotation, make_user, new_page, browser_login, live_server, tmp_path):
    annotation = add_personal_data(db, complete_sample(db, make_annotation, make_user))
    annotation.questions[1].chosen_variant.body = "Youssef El Amrani van de GGD belde terug."
    db.commit()
    page = new_page()
    browser_login(page, "staf")
    page.goto(f"{live_server}/annotaties/{annotation.id}")
    page.get_by_role("link", name="Woo-versie lakken").click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", level=1).inner_text() == "Woo-versie lakken"
    assert page.get_by_role("heading", name="Naam: Petra de Wit").is_visible()
    assert page.get_by_role("heading", name="Burgerservicenummer (BSN)").is_visible()

    # an empty name is refused in Dutch, linked to the field
    page.get_by_role("button", name="Naam overal lakken").click()
    page.wait_for_load_state()
    assert page.get_by_text("Vul een naam in.").is_visible()

    page.get_by_label("Naam van een persoon").fill("Youssef El Amrani")
    page.get_by_role("button", name="Naam overal lakken").click()
    page.wait_for_load_state()
    assert page.get_by_text("‘Youssef El Amrani’ wordt nu overal gelakt").is_visible()
    assert page.get_by_role("heading", name="Naam: Youssef El Amrani").is_visible()

    page.get_by_role("button", name=re.compile(r"^Niet lakken: Wit \(Kernboodschap")).click()
    page.wait_for_load_state()
    assert page.get_by_text("‘Wit’ blijft op deze plaats staan.").is_visible()
    assert page.get_by_role("button", name="Toch lakken: Wit").is_visible()

    page.set_viewport_size({"width": 320, "height": 900})
    assert _no_horizontal_scroll(page), "the lakken page scrolls sideways at 320 px"

    with page.expect_download() as download:
        page.get_by_role("link", name="Woo-versie downloaden (Word)").click()
    path = tmp_path / "woo.docx"
    download.value.save_as(path)
    text = "\n".join(p.text for p in Document(str(path)).paragraphs)
    assert "Youssef" not in text and "Amrani" not in text and "Petra" not in text
    assert "Mevrouw Wit mailde" in text

    page.get_by_role("button", name="Toch lakken: Wit").click()
    page.wait_for_load_state()
    assert page.get_by_text("U heeft geen voorstellen afgewezen.").is_visible()
