"""One question through auteur → reviewer → staf, each in their own browser session."""

import re

import pytest

pytestmark = pytest.mark.browser


def test_a_question_goes_from_auteur_via_reviewer_to_staf(
        new_page, browser_login, live_server, make_annotation):
    annotation = make_annotation(
        internal_deadline="2024-02-20",
        questions=[{"text": "Klopt het dat de wachtlijst langer wordt?",
                    "asker": {"name": "Mangal", "party": "Denk"},
                    "variants": [{"label": "antwoord", "body": "Ja, met twee weken."},
                                 {"label": "alternatief_antwoord",
                                  "body": "Nee, de wachtlijst is gelijk gebleven."}]}])
    question = annotation.questions[0]
    variant = question.variants[0]
    read_view = f"{live_server}/annotaties/{annotation.id}"
    card = f"#antwoord-{variant.id}"

    auteur = new_page()
    browser_login(auteur, "auteur", name="Anna Auteur")
    auteur.goto(read_view)
    auteur.locator(card).get_by_role("button", name="Ter review aanbieden").click()
    assert "Het antwoord is ter review aangeboden." in auteur.inner_text(".flashes")
    assert "Ter review" in auteur.locator(card).inner_text()

    reviewer = new_page()
    browser_login(reviewer, "reviewer", name="Rob Reviewer")
    reviewer.goto(f"{live_server}/mijn-werk")
    reviewer.get_by_role("link", name="Antwoord", exact=True).click()
    reviewer.locator(card).get_by_label("Nieuwe opmerking").fill("Prima, wel kort.")
    reviewer.locator(card).get_by_role("button", name="Opmerking plaatsen").click()
    reviewer.locator(card).get_by_role("button", name="Akkoord", exact=True).click()
    assert "U heeft akkoord gegeven op het antwoord." in reviewer.inner_text(".flashes")

    staf = new_page()
    browser_login(staf, "staf", name="Sara Staf")
    staf.goto(f"{live_server}/mijn-werk")
    staf.get_by_role("link", name=re.compile("Klopt het dat de wachtlijst")).first.click()
    staf.locator(card).get_by_label("Reden van de keuze (optioneel)").fill("Eerlijk antwoord")
    staf.locator(card).get_by_role("button", name="Kiezen").click()
    assert "Het antwoord is gekozen." in staf.inner_text(".flashes")

    staf.goto(read_view)
    chosen = staf.locator(card).inner_text()
    assert "Gekozen" in chosen and "Gekozen door Sara Staf" in chosen
    assert "Reden: Eerlijk antwoord" in chosen

    staf.goto(f"{live_server}/antwoorden/{variant.id}/geschiedenis")
    history = staf.inner_text("main")
    assert "Ter review → Akkoord" in history and "Rob Reviewer" in history
    assert "Anna Auteur" in history and "Gekozen" in history

    staf.goto(f"{live_server}/annotaties/{annotation.id}/gereedheid")
    assert "1 onafgehandelde opmerking" in staf.inner_text("main")
    reviewer.goto(f"{live_server}/vragen/{question.id}/vergelijken")
    reviewer.locator(card).get_by_role("button", name="Afhandelen").click()
    staf.reload()
    staf.get_by_label("Nieuwe status").select_option("definitief")
    staf.get_by_role("button", name="Status wijzigen").click()
    assert "De status van de annotatie is gewijzigd." in staf.inner_text(".flashes")
    assert "Concept → Definitief door Sara Staf" in staf.inner_text("main")


def test_a_reviewer_rejects_with_a_reason_in_the_browser(
        new_page, browser_login, live_server, make_annotation, db):
    from briefings.workflow import submit_for_review
    annotation = make_annotation(
        sections=[{"kind": "kernboodschap", "heading": "Algemeen", "body": "- [Aanvullen]"}],
        questions=[{"text": "Wanneer komt de brief?",
                    "variants": [{"label": "antwoord", "body": "Snel."}]}])
    variant = annotation.questions[0].variants[0]
    submit_for_review(db, variant, by=db.get(type(variant.author), variant.author_id))
    db.commit()
    reviewer = new_page()
    browser_login(reviewer, "reviewer")
    reviewer.goto(f"{live_server}/annotaties/{annotation.id}")
    card = reviewer.locator(f"#antwoord-{variant.id}")
    card.get_by_text("Afwijzen…").click()
    card.get_by_label("Reden van afwijzing (verplicht)").fill("Noem een datum.")
    card.get_by_role("button", name="Afwijzen", exact=True).click()
    assert "Het antwoord is afgewezen." in reviewer.inner_text(".flashes")
    assert "Afgewezen" in card.inner_text()
    assert "Opmerkingen (1 open)" in card.inner_text()

    reviewer.goto(f"{live_server}/annotaties/{annotation.id}/gereedheid")
    assert "[Aanvullen]" in reviewer.inner_text("main")
    reviewer.get_by_role("link", name="Geschiedenis van Algemeen").click()
    assert "Geschiedenis: onderdeel Algemeen" in reviewer.inner_text("h1")
