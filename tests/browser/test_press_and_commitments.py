from datetime import date

import pytest

from briefings.commitments import create_commitment, suggest_for_annotation
from briefings.press import publish_line

pytestmark = pytest.mark.browser


@pytest.fixture
def annotation(db, make_annotation):
    annotation = make_annotation(questions=[{
        "text": "Hoeveel meldingen van discriminatie kwamen binnen?", "number": "11",
        "asker": {"name": "Mangal", "party": "Denk"},
        "variants": [{"body": "Er kwamen vijftien meldingen binnen. Na de zomer wordt u "
                              "geïnformeerd over de uitkomsten."}]}])
    annotation.questions[0].variants[0].status = "akkoord"
    db.commit()
    return annotation


def test_a_press_officer_finds_a_line_reuses_it_and_sees_the_provenance(
        new_page, browser_login, live_server, db, make_user, annotation):
    variant = annotation.questions[0].variants[0]
    publish_line(db, variant, by=make_user("staf"), topic="Meldingen discriminatie")
    db.commit()
    page = new_page()
    browser_login(page, "pers")
    page.get_by_role("link", name="Perslijnen").click()
    page.get_by_label("Zoeken in perslijnen en goedgekeurde antwoorden").fill("vijftien")
    page.get_by_role("button", name="Zoeken").click()
    page.get_by_role("link", name="Meldingen discriminatie").click()
    page.get_by_role("link", name="Hergebruiken in persvragen").click()
    page.get_by_label("Titel van de nieuwe persvragen").fill("Vragen Het Parool")
    page.get_by_label("Portefeuillehouder").fill("wethouder Van Buren")
    page.get_by_label("Journalist", exact=True).fill("Jan de Vries")
    page.get_by_label("Medium").fill("Het Parool")
    page.get_by_label("Vraag van de journalist").fill("Hoeveel meldingen zijn er?")
    page.get_by_role("button", name="Toevoegen aan persvragen").click()
    page.wait_for_url("**/pers/vragen/**")
    assert page.get_by_role("heading", level=1).inner_text() == "Persvragen: Vragen Het Parool"
    provenance = page.locator(".provenance").inner_text()
    assert provenance == "hergebruikt uit: Raad 28 februari 2024, vraag 11"
    page.get_by_role("link", name="Raad 28 februari 2024, vraag 11").click()
    assert "Hergebruikt (1 keer)" in page.inner_text("main")
    page.get_by_role("link", name="Terug naar de perslijnen").click()
    page.get_by_role("link", name="Persvragen").click()
    assert page.get_by_role("link", name="Vragen Het Parool").is_visible()


def test_staf_confirms_a_suggested_commitment_and_finds_it_in_the_register(
        new_page, browser_login, live_server, db, make_user, annotation):
    suggest_for_annotation(db, annotation)
    create_commitment(db, by=make_user("staf"), text="Evaluatie van het meldpunt.",
                      portfolio_holder="wethouder Van Buren", made_on=date(2024, 2, 28),
                      due_text="voor de zomer")
    db.commit()
    page = new_page()
    browser_login(page, "staf")
    page.goto(f"{live_server}/annotaties/{annotation.id}")
    assert "Is dit een toezegging?" in page.inner_text("main")
    page.get_by_role("button", name="Ja, vastleggen als toezegging").click()
    page.get_by_role("link", name="Toezeggingen").first.click()
    main = page.inner_text("main")
    assert "Na de zomer wordt u geïnformeerd over de uitkomsten." in main
    assert "⚠ Te laat" in main
    page.get_by_role("link", name="Herinneringslijst").click()
    assert "wethouder Van Buren" in page.inner_text("main")
    page.goto(f"{live_server}/toezeggingen/nieuw")
    page.get_by_role("button", name="Vastleggen").click()
    assert "Vul de toezegging in." in page.inner_text("main")
    page.goto(f"{live_server}/toezeggingen/")
    page.get_by_role("link", name="Evaluatie van het meldpunt.").click()
    page.get_by_label("Nieuwe status").select_option("vervallen")
    page.get_by_role("button", name="Status opslaan").click()
    assert "Geef een reden op waarom de toezegging vervalt." in page.inner_text("main")
    page.get_by_label("Reden", exact=True).fill("Beleid gewijzigd")
    page.get_by_role("button", name="Status opslaan").click()
    assert "Openstaand → Vervallen" in page.inner_text("main")


def test_a_reviewer_publishes_an_approved_answer_as_a_line(new_page, browser_login, live_server,
                                                            annotation):
    page = new_page()
    browser_login(page, "reviewer")
    page.get_by_role("link", name="Perslijnen").click()
    page.get_by_role("link", name="Antwoord publiceren als perslijn").click()
    page.get_by_role("link", name="Publiceren").first.click()
    page.get_by_label("Onderwerp").fill("Meldingen")
    page.get_by_label("Gebruik").select_option("achtergrond")
    page.get_by_role("button", name="Publiceren").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Perslijn: Meldingen"
    assert "Alleen achtergrond" in page.inner_text("main")
