"""A refused press or commitment action: its Dutch message on the page the user came from,
what they typed still there, a 4xx status and nothing saved."""

import html
import io

import pytest
from sqlalchemy import func, select

from briefings.commitments import dismiss_suggestion, open_suggestions
from briefings.models import Annotation, Commitment, PressLine
from briefings.press import publish_line, withdraw_line


@pytest.fixture
def approved_variant(db, make_annotation):
    annotation = make_annotation(questions=[{
        "text": "Hoeveel meldingen van discriminatie kwamen binnen?", "number": "11",
        "asker": {"name": "Mangal", "party": "Denk"},
        "variants": [{"body": "Er kwamen vijftien meldingen binnen."}]}])
    variant = annotation.questions[0].variants[0]
    variant.status = "akkoord"
    db.commit()
    return variant


@pytest.fixture
def line(db, make_user, approved_variant):
    line = publish_line(db, approved_variant, by=make_user("staf"), topic="Meldingen")
    db.commit()
    return line


def _count(db, model) -> int:
    return db.scalar(select(func.count()).select_from(model))


def _text(response) -> str:
    return html.unescape(response.get_data(as_text=True))


def test_publishing_an_answer_someone_published_meanwhile_keeps_the_topic(
        client, db, login_as, make_user, approved_variant):
    login_as("staf")
    page = client.get(f"/pers/publiceren/{approved_variant.id}")
    assert page.status_code == 200
    publish_line(db, approved_variant, by=make_user("reviewer"), topic="Eerder gepubliceerd")
    db.commit()
    response = client.post(f"/pers/publiceren/{approved_variant.id}", data={
        "topic": "Meldingen discriminatie 2024", "use": "citeerbaar",
        "owner": str(approved_variant.author_id)})
    assert response.status_code == 400
    page = _text(response)
    assert "Dit antwoord is al gepubliceerd als perslijn." in page
    assert 'value="Meldingen discriminatie 2024"' in page
    assert _count(db, PressLine) == 1


def test_every_error_of_the_publish_form_shows_at_once_in_dutch(client, db, login_as,
                                                               approved_variant):
    login_as("staf")
    response = client.post(f"/pers/publiceren/{approved_variant.id}", data={
        "topic": "x" * 201, "use": "citeerbaar", "owner": str(approved_variant.author_id),
        "review_date": "31 februari 2026"})
    assert response.status_code == 400
    page = _text(response)
    assert "Gebruik hoogstens 200 tekens." in page
    assert "Ongeldige datum: ‘31 februari 2026’." in page
    assert 'value="31 februari 2026"' in page
    assert "Field cannot" not in page
    assert _count(db, PressLine) == 0


def test_editing_a_line_withdrawn_meanwhile_is_refused_with_the_text_kept(
        client, db, login_as, make_user, line):
    login_as("staf")
    withdraw_line(db, line, by=make_user("reviewer"), reason="Cijfers achterhaald")
    db.commit()
    response = client.post(f"/pers/lijnen/{line.id}/bewerken", data={
        "text": "Er kwamen zestien meldingen binnen.", "topic": "Meldingen",
        "use": "citeerbaar"})
    assert response.status_code == 400
    page = _text(response)
    assert "Deze perslijn is intussen ingetrokken of vervangen" in page
    assert "Er kwamen zestien meldingen binnen.</textarea>" in page
    db.expire_all()
    assert db.get(PressLine, line.id).text == "Er kwamen vijftien meldingen binnen."


@pytest.mark.parametrize("reason, message", [
    ("", "Geef een reden op om de lijn in te trekken."),
    ("Te lang. " * 700, "Gebruik hoogstens 5000 tekens."),
])
def test_withdrawing_without_a_usable_reason_says_why_on_the_line_page(client, db, login_as,
                                                                      line, reason, message):
    login_as("staf")
    response = client.post(f"/pers/lijnen/{line.id}/intrekken", data={"reason": reason})
    assert response.status_code == 400
    page = _text(response)
    assert message in page
    assert "<h1>Meldingen</h1>" in page or "Meldingen" in page
    assert f"{reason}</textarea>" in page
    db.expire_all()
    assert db.get(PressLine, line.id).status != "verlopen"


def test_withdrawing_a_line_withdrawn_meanwhile_is_refused(client, db, login_as, make_user,
                                                           line):
    login_as("staf")
    withdraw_line(db, line, by=make_user("reviewer"), reason="Cijfers achterhaald")
    db.commit()
    response = client.post(f"/pers/lijnen/{line.id}/intrekken", data={"reason": "Ook weg"})
    assert response.status_code == 400
    assert "Deze perslijn is intussen ingetrokken of vervangen" in _text(response)
    db.expire_all()
    assert db.get(PressLine, line.id).withdrawn_reason == "Cijfers achterhaald"


def test_a_role_without_the_right_gets_a_dutch_refusal_and_nothing_changes(client, db,
                                                                          login_as, line):
    login_as("auteur")
    response = client.post(f"/pers/lijnen/{line.id}/intrekken", data={"reason": "Weg ermee"})
    assert response.status_code == 403
    assert "U heeft geen rechten om een perslijn te publiceren." in _text(response)
    db.expire_all()
    assert db.get(PressLine, line.id).status != "verlopen"


def test_reusing_a_line_withdrawn_meanwhile_keeps_what_the_press_officer_typed(
        client, db, login_as, make_user, line):
    login_as("pers")
    assert client.get(f"/pers/lijnen/{line.id}/hergebruiken").status_code == 200
    withdraw_line(db, line, by=make_user("staf"), reason="Achterhaald")
    db.commit()
    annotations = _count(db, Annotation)
    response = client.post(f"/pers/lijnen/{line.id}/hergebruiken", data={
        "target": "0", "title": "Vragen Het Parool", "journalist": "J. de Vries",
        "medium": "Het Parool", "question_text": "Hoeveel meldingen waren er in 2024?"})
    assert response.status_code == 400
    page = _text(response)
    assert "Deze perslijn is verlopen en kan niet meer worden hergebruikt." in page
    assert 'value="J. de Vries"' in page
    assert "Hoeveel meldingen waren er in 2024?</textarea>" in page
    assert _count(db, Annotation) == annotations


def test_a_new_commitment_shows_every_error_at_once_and_keeps_the_rest(client, db, login_as):
    login_as("staf")
    response = client.post("/toezeggingen/nieuw", data={
        "text": "", "portfolio_holder": "wethouder Van Buren", "made_to": "raad",
        "made_on": "5 maartt 2026", "due_text": "voor de zomer"})
    assert response.status_code == 400
    page = _text(response)
    assert "Vul de toezegging in." in page
    assert "Ongeldige datum: ‘5 maartt 2026’." in page
    assert 'value="wethouder Van Buren"' in page and 'value="voor de zomer"' in page
    assert _count(db, Commitment) == 0


def _annotation_with_promise(make_annotation):
    return make_annotation(questions=[{
        "text": "Wanneer hoort de raad meer?", "number": "11",
        "asker": {"name": "Mangal", "party": "Denk"},
        "variants": [{"body": "Na de zomer wordt u geïnformeerd."}]}])


def test_confirming_a_suggestion_with_too_long_a_text_keeps_it_on_the_read_view(
        client, db, login_as, make_annotation):
    annotation = _annotation_with_promise(make_annotation)
    [suggestion] = open_suggestions(db, annotation.id)
    login_as("staf")
    typed = "De raad hoort het na de zomer. " * 400
    response = client.post(f"/toezeggingen/suggesties/{suggestion.id}/bevestigen",
                           data={"text": typed, "due_text": "na de zomer"})
    assert response.status_code == 400
    page = _text(response)
    assert "Gebruik hoogstens 10000 tekens." in page
    assert f"{typed}</textarea>" in page
    assert 'value="na de zomer"' in page
    assert "Wanneer hoort de raad meer?" in page  # the read view, where the suggestion is
    assert _count(db, Commitment) == 0


@pytest.mark.parametrize("action", ["bevestigen", "afwijzen"])
def test_a_suggestion_handled_meanwhile_is_refused_on_the_read_view(
        client, db, login_as, make_user, make_annotation, action):
    annotation = _annotation_with_promise(make_annotation)
    [suggestion] = open_suggestions(db, annotation.id)
    login_as("staf")
    assert client.get(f"/annotaties/{annotation.id}").status_code == 200
    dismiss_suggestion(db, suggestion, by=make_user("reviewer"))
    db.commit()
    response = client.post(f"/toezeggingen/suggesties/{suggestion.id}/{action}",
                           data={"text": "Na de zomer volgt een brief."})
    assert response.status_code == 400
    page = _text(response)
    assert "Deze suggestie is al afgehandeld." in page
    assert "Wanneer hoort de raad meer?" in page
    assert _count(db, Commitment) == 0


def test_importing_a_register_without_a_text_column_keeps_the_chosen_columns(client, db,
                                                                           login_as):
    login_as("staf")
    csv = "Nummer;Toezegging;Portefeuillehouder\nT1;De raad krijgt een brief.;Van Buren\n"
    upload = client.post("/toezeggingen/importeren",
                         data={"register": (io.BytesIO(csv.encode()), "lijst.csv")},
                         content_type="multipart/form-data")
    location = upload.headers["Location"]
    response = client.post(location, data={"action": "importeren", "kolom-0": "number",
                                           "kolom-1": "", "kolom-2": ""})
    assert response.status_code == 400
    page = _text(response)
    assert "Kies in de kolomindeling welke kolom de tekst van de toezegging bevat" in page
    assert page.count('<option value="" selected>') >= 2
    assert _count(db, Commitment) == 0
