"""Bulk review, refusals shown where the user was, confirmation before replacing a choice."""

import re

from briefings import workflow


def _page(response) -> str:
    return response.get_data(as_text=True)


def _annotation(make_annotation, make_user, bodies=("Ja.", "Nee.", "Misschien.")):
    return make_annotation(by=make_user("auteur"), questions=[
        {"text": "Hoe lang is de wachtlijst?", "variants": [
            {"label": "antwoord", "body": bodies[0]},
            {"label": "alternatief_antwoord", "body": bodies[1]}]},
        {"text": "Wanneer komt de raadsbrief?", "variants": [
            {"label": "antwoord", "body": bodies[2]},
            {"label": "alternatief_antwoord", "body": ""}]},
    ])


def test_an_auteur_submits_a_whole_annotation_in_one_action(client, db, login_as,
                                                            make_annotation, make_user):
    annotation = _annotation(make_annotation, make_user)
    login_as("auteur")
    response = client.post(f"/annotaties/{annotation.id}/beoordelen",
                           data={"action": "submit_all"}, follow_redirects=True)
    assert "3 antwoorden ter review aangeboden." in _page(response)
    db.expire_all()
    statuses = [v.status for q in annotation.questions for v in q.variants]
    assert statuses == ["ter_review", "ter_review", "ter_review", "concept"]  # empty one stays


def test_a_reviewer_approves_several_and_rejects_one_with_a_reason_that_is_shown(
        client, db, login_as, make_annotation, make_user):
    annotation = _annotation(make_annotation, make_user)
    auteur = make_user("auteur")
    for q in annotation.questions:
        for v in q.variants[:1] + ([q.variants[1]] if q.variants[1].body else []):
            workflow.submit_for_review(db, v, by=auteur)
    db.commit()
    first, second = annotation.questions
    login_as("reviewer")
    url = f"/annotaties/{annotation.id}/beoordelen"
    response = client.post(url, data={"action": "approve", "question": first.id})
    assert response.status_code == 302
    response = client.post(url, data={"action": "reject", "variant": second.variants[0].id,
                                      "reason": "Noem de datum van de raadsbrief."})
    assert response.status_code == 302
    db.expire_all()
    assert [v.status for v in first.variants] == ["akkoord", "akkoord"]
    assert second.variants[0].status == "afgewezen"
    page = _page(client.get(f"/annotaties/{annotation.id}"))
    assert re.search(r"Afgewezen</strong> door Reviewer\s+op .*Reden: Noem de datum van de "
                     r"raadsbrief\.", page)


def test_a_refused_bulk_step_keeps_the_selection_and_says_why(client, db, login_as,
                                                              make_annotation, make_user):
    annotation = _annotation(make_annotation, make_user)
    variant = annotation.questions[0].variants[0]
    workflow.submit_for_review(db, variant, by=make_user("auteur"))
    db.commit()
    login_as("reviewer")
    response = client.post(f"/annotaties/{annotation.id}/beoordelen",
                           data={"action": "reject", "variant": variant.id, "reason": ""})
    page = _page(response)
    assert response.status_code == 400
    assert "Vraag 1: Reden van afwijzing is verplicht." in page or \
        "Reden van afwijzing is verplicht." in page
    assert f'value="{variant.id}" id="antwoord-kies-{variant.id}" checked' in page
    db.expire_all()
    assert variant.status == "ter_review"

    response = client.post(f"/annotaties/{annotation.id}/beoordelen", data={"action": "approve"})
    assert response.status_code == 400
    assert "Selecteer eerst een of meer antwoorden" in _page(response)


def test_a_rejection_without_reason_returns_to_the_page_with_the_form_open(
        client, db, login_as, variant_in):
    variant = variant_in("ter_review")
    login_as("reviewer")
    back = f"/annotaties/{variant.question.annotation_id}#antwoord-{variant.id}"
    response = client.post(f"/antwoorden/{variant.id}/afwijzen",
                           data={"reason": " ", "next": back})
    assert response.status_code == 302
    assert response.headers["Location"] == back
    page = _page(client.get(back.split("#")[0]))
    assert "Reden van afwijzing is verplicht." in page
    assert '<details class="reject" open>' in page
    db.expire_all()
    assert variant.status == "ter_review"


def test_replacing_a_choice_asks_first_and_shows_the_old_choice_and_its_reason(
        client, db, login_as, variant_in, make_user):
    chosen = variant_in("gekozen")
    chosen.choice_reason = "Sluit aan bij de raadsbrief"
    other = chosen.question.variants[1]
    beheer = make_user("beheer")
    workflow.submit_for_review(db, other, by=beheer)
    workflow.approve(db, other, by=beheer)
    db.commit()
    login_as("staf")
    response = client.post(f"/antwoorden/{other.id}/kiezen",
                           data={"reason": "Korter", "version": other.version})
    page = _page(response)
    assert response.status_code == 200
    assert "Keuze vervangen?" in page and "Reden: Sluit aan bij de raadsbrief" in page
    assert f'name="replaces" value="{chosen.id}"' in page and ">Korter</textarea>" in page
    db.expire_all()
    assert chosen.chosen and not other.chosen

    response = client.post(f"/antwoorden/{other.id}/kiezen",
                           data={"reason": "Korter", "replaces": chosen.id})
    assert response.status_code == 302
    db.expire_all()
    assert other.chosen and not chosen.chosen and other.choice_reason == "Korter"


def test_setting_definitief_while_blocked_shows_the_reasons_on_the_readiness_page(
        client, db, login_as, variant_in):
    variant = variant_in("ter_review")
    login_as("staf")
    response = client.post(f"/annotaties/{variant.question.annotation_id}/status",
                           data={"status": "definitief", "reason": "Voor de raad"})
    page = _page(response)
    assert response.status_code == 400
    assert "De annotatie kan nog niet definitief worden: 1 vraag zonder gekozen antwoord" in page
    assert '<a href="#wat-houdt-tegen">Wat houdt definitief tegen</a>' in page
    assert '<a href="#wacht-op-review">1 antwoord wacht op review</a>' in page
    assert "Voor de raad</textarea>" in page


def test_last_changed_follows_the_text_not_approvals(client, db, login_as, make_annotation,
                                                     make_user):
    auteur = make_user("auteur", name="Anna Schrijver")
    annotation = make_annotation(by=auteur, questions=[
        {"text": "Hoe lang is de wachtlijst?", "variants": [{"body": "Twaalf weken."}]}])
    variant = annotation.questions[0].variants[0]
    workflow.submit_for_review(db, variant, by=auteur)
    workflow.approve(db, variant, by=make_user("reviewer", name="Rob Keurder"))
    db.commit()
    login_as("staf")
    page = _page(client.get(f"/vragen/{variant.question_id}/vergelijken"))
    changed = re.search(r"<dt>Tekst laatst gewijzigd</dt><dd>([^<]*)</dd>", page)[1]
    assert "door Anna Schrijver" in changed and "Rob Keurder" not in changed
