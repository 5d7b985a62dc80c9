import pytest

from tests.search.conftest import variants_of

pytestmark = pytest.mark.browser

QUESTION = "Hoeveel meldingen van racisme zijn er bij het meldpunt gedaan?"


@pytest.fixture
def approve(db):
    from briefings.changes import enqueue_index

    def _approve(*variants):
        for variant in variants:
            variant = db.merge(variant)
            variant.status, variant.chosen = "akkoord", True
            enqueue_index(db, variant)
        db.commit()

    return _approve


def test_searching_shows_highlighted_hits_and_counts(new_page, browser_login, live_server,
                                                     make_annotation):
    make_annotation(questions=[{"text": "Vraag?", "asker": {"name": "Mangal", "party": "Denk"},
                                "variants": [{"body": "Er zijn 24 meldingen gedaan."}]}])
    page = new_page()
    browser_login(page, "auteur")
    page.get_by_role("link", name="Zoeken").click()
    page.get_by_label("Zoekwoorden").fill("melding")
    page.get_by_role("button", name="Zoeken").click()
    assert page.get_by_role("heading", level=2, name="1 resultaat").is_visible()
    assert page.locator(".snippet mark").first.inner_text() == "meldingen"
    assert "Denk (1)" in page.locator(".facets").inner_text()


def test_eerder_gezegd_loads_when_opened_and_copies_an_answer(new_page, browser_login,
                                                              live_server, make_annotation,
                                                              approve):
    earlier = make_annotation(questions=[{"text": QUESTION, "variants": [
        {"body": "Er zijn 24 meldingen gedaan."}]}])
    approve(*variants_of(earlier))
    draft = make_annotation(meeting={"body": "raad", "name": "Raad", "dates": ["2025-07-09"]},
                            questions=[{"text": QUESTION, "variants": []}])
    page = new_page()
    browser_login(page, "auteur")
    page.goto(f"{live_server}/annotaties/{draft.id}")
    page.get_by_text("Eerder gezegd over vergelijkbare vragen").click()
    page.get_by_text("Er zijn 24 meldingen gedaan.").wait_for()
    page.get_by_role("button", name="Overnemen als nieuw antwoord").click()
    page.wait_for_load_state()
    assert page.get_by_text("Overgenomen uit:").is_visible()
    assert "Raad 28 februari 2024, vraag 1" in page.locator(".provenance").inner_text()
