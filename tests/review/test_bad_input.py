"""Bad input on the workflow forms: a Dutch message, the right 4xx, nothing saved."""

import pytest

from briefings.models import AnswerVariant


@pytest.mark.parametrize("path, data, status, message", [
    ("/antwoorden/{v}/ter-review", {"version": "abc"}, 400, "Het versienummer is ongeldig."),
    ("/antwoorden/{v}/opmerkingen", {"text": "x", "parent_id": "999"}, 404,
     "Deze opmerking bestaat niet (meer)."),
    ("/antwoorden/{v}/opmerkingen", {"text": "x" * 5001}, 400, "Gebruik hoogstens 5000 tekens."),
    ("/antwoorden/{v}/opmerkingen", {"text": " "}, 400, "Opmerking is verplicht."),
    ("/antwoorden/999999/ter-review", {}, 404, "Dit antwoord bestaat niet (meer)."),
    ("/vragen/{q}/eigenaar", {"owner_id": "abc"}, 400, "Het gebruikersnummer is ongeldig."),
    ("/vragen/{q}/eigenaar", {"owner_id": "999999"}, 404, "Deze gebruiker bestaat niet"),
    ("/annotaties/{a}/status", {"status": "klaar"}, 400, "Onbekende waarde voor status"),
    # A refused button returns to the page it was on (the read view), message shown there.
    ("/antwoorden/{v}/kiezen", {}, 200, "Alleen een antwoord met status Akkoord"),
])
def test_bad_workflow_input_is_refused_in_dutch(client, db, login_as, variant_in, path, data,
                                                status, message):
    variant = variant_in("concept")
    url = path.format(v=variant.id, q=variant.question_id, a=variant.question.annotation_id)
    login_as("beheer")
    response = client.post(url, data=data, follow_redirects=True)
    assert response.status_code == status
    assert message in response.get_data(as_text=True)
    db.expire_all()
    stored = db.get(AnswerVariant, variant.id)
    assert (stored.status, stored.chosen, stored.comments) == ("concept", False, [])


def test_the_press_office_cannot_own_a_question(client, login_as, variant_in, make_user):
    variant = variant_in()
    pers = make_user("pers")
    login_as("staf")
    response = client.post(f"/vragen/{variant.question_id}/eigenaar",
                           data={"owner_id": str(pers.id)})
    assert response.status_code == 400
    assert "kan geen concepten lezen" in response.get_data(as_text=True)
