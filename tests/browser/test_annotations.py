"""Writing an annotation in a real browser; axe-core checks every page on the way."""

import re

import pytest

from briefings.demo import load_demo_data

pytestmark = pytest.mark.browser


def _submit(page, name):
    page.get_by_role("button", name=name, exact=True).click()
    page.wait_for_load_state()


def test_an_author_writes_an_annotation_and_reads_it_back(new_page, browser_login, live_server):
    page = new_page()
    browser_login(page, "auteur")
    page.get_by_role("link", name="Nieuwe annotatie").click()
    page.get_by_label("Titel").fill("Kennisnemen van de voortgang fietsparkeren")
    page.get_by_label("Portefeuillehouder").fill("wethouder De Vries")
    page.get_by_label("Naam van de vergadering").fill("Commissie MOB")
    page.get_by_label("Soort vergadering").select_option("commissie")
    page.get_by_label("Vergaderdatum(s)").fill("2026-12-09, 2026-12-10")
    page.get_by_label("Behandelend ambtenaren").fill("J. Jansen\nP. de Boer")
    _submit(page, "Aanmaken")
    assert page.get_by_role("heading", level=1).inner_text().startswith("Bewerken: Kennisnemen")

    page.get_by_role("link", name="Onderdeel toevoegen").click()
    page.get_by_label("Kop").fill("Algemeen")
    page.get_by_label("Tekst (Markdown)").fill("- We bouwen bij.\n  - 500 rekken erbij.")
    _submit(page, "Toevoegen")

    page.get_by_role("link", name="Vraag toevoegen", exact=True).click()
    page.get_by_label("Blok").fill("Vragen commissie 25 november")
    page.get_by_label("Naam vragensteller").fill("Klaver")
    page.get_by_label("Partij, lijst of medium").fill("D66")
    page.get_by_label("Vraag", exact=True).fill("Wanneer gaat de stalling open?")
    _submit(page, "Toevoegen")

    for label, body in (("Antwoord", "In het voorjaar van 2027."),
                        ("Alternatief antwoord", "In 2027; de datum volgt.")):
        page.get_by_role("link", name=re.compile("^Antwoord toevoegen")).click()
        page.get_by_label("Soort antwoord").select_option(label=label)
        page.get_by_label("Antwoord (Markdown)").fill(body)
        _submit(page, "Toevoegen")

    _submit(page, "Hernummer vragen (1, 2, 3 … in de volgorde van de annotatie)")
    assert "De vragen zijn opnieuw genummerd." in page.inner_text("main")
    page.get_by_role("link", name="Verwijderen Kernboodschap 1").click()
    assert "Weet u zeker" in page.inner_text("main")
    page.get_by_role("link", name="Annuleren").click()
    page.get_by_role("link", name="Naar de leesweergave").click()
    page.wait_for_load_state()
    themes = page.locator("ol.themes > li")
    assert themes.count() == 1 and "Algemeen" in themes.first.inner_text()
    assert page.locator("ol.themes ul ul > li").inner_text() == "500 rekken erbij."
    assert page.get_by_role("heading", name="Lid Klaver (D66)").is_visible()
    assert "1. Wanneer gaat de stalling open?" in page.inner_text("main")
    variants = page.locator(".variant")
    assert variants.count() == 2
    assert "Alternatief antwoord" in variants.nth(1).inner_text()
    assert "J. Jansen; P. de Boer" in page.inner_text("main")


def test_the_demo_annotation_and_a_conflict_page_are_accessible(
        new_page, browser_login, live_server, db):
    load_demo_data(db)
    db.commit()
    page = new_page()
    browser_login(page, "auteur")
    page.goto(f"{live_server}/annotaties/1")
    assert page.locator("ol.themes > li").count() == 11
    page.goto(f"{live_server}/annotaties/1/bewerken")
    page.get_by_role("link", name="Bewerken antwoord 1 bij vraag 1", exact=True).click()
    page.get_by_label("Antwoord (Markdown)").fill("- Mijn versie van het antwoord.")
    other = new_page()
    browser_login(other, "auteur")
    other.goto(page.url)
    other.get_by_label("Antwoord (Markdown)").fill("- De versie van een collega.")
    _submit(other, "Opslaan")
    _submit(page, "Opslaan")
    assert page.get_by_role("heading", level=1).inner_text() == "Conflict bij opslaan"
    assert "Mijn versie" in page.inner_text("main") and "versie van een collega" in page.inner_text(
        "main")
