"""A refused press action: its Dutch message on the page the user came from, what was typed
still there, a 4xx status and nothing saved."""

import html

import pytest
from sqlalchemy import func, select

from briefings.models import Annotation, PressLine
from briefings.press import publish_line, withdraw_line


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
    assert f'action="/pers/lijnen/{line.id}/intrekken"' in page  # the line page itself
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
