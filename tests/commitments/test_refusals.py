"""A refused commitment action: its Dutch message on the page the user came from, what was
typed still there, a 4xx status and nothing saved."""

import html
import io

import pytest
from sqlalchemy import func, select

from briefings.commitments import dismiss_suggestion, open_suggestions
from briefings.models import Commitment


def _count(db, model) -> int:
    return db.scalar(select(func.count()).select_from(model))


def _text(response) -> str:
    return html.unescape(response.get_data(as_text=True))


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
