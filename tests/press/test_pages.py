from datetime import date

from briefings.press import publish_line


def test_staf_publishes_an_approved_answer_as_a_line(client, login_as, approved_variant):
    login_as("staf")
    page = client.get("/pers/publiceerbaar").get_data(as_text=True)
    assert "Er kwamen vijftien meldingen binnen." in page
    response = client.post(f"/pers/publiceren/{approved_variant.id}", data={
        "topic": "Meldingen discriminatie", "use": "achtergrond",
        "owner": str(approved_variant.author_id), "review_date": "2099-01-01"},
        follow_redirects=True)
    page = response.get_data(as_text=True)
    assert "De perslijn is gepubliceerd." in page
    assert "Alleen achtergrond" in page and "Actueel" in page
    assert "Raad 28 februari 2024, vraag 11" in page


def test_an_author_cannot_publish_and_a_missing_topic_is_refused(client, login_as,
                                                                 approved_variant):
    login_as("auteur")
    assert client.get(f"/pers/publiceren/{approved_variant.id}").status_code == 403
    login_as("reviewer")
    response = client.post(f"/pers/publiceren/{approved_variant.id}", data={"use": "citeerbaar"})
    assert response.status_code == 400
    assert "Vul een onderwerp in." in response.get_data(as_text=True)


def test_a_line_past_its_review_date_needs_review(client, db, login_as, make_user,
                                                  approved_variant):
    publish_line(db, approved_variant, by=make_user("staf"), topic="Meldingen",
                 review_date=date(2020, 1, 1))
    db.commit()
    login_as("pers")
    assert "⚠ Review nodig" in client.get("/pers/lijnen").get_data(as_text=True)


def test_the_press_office_searches_lines_and_reuses_one_with_provenance(client, db, login_as,
                                                                        make_user,
                                                                        approved_variant):
    line = publish_line(db, approved_variant, by=make_user("staf"), topic="Meldingen")
    db.commit()
    login_as("pers")
    page = client.get("/pers/lijnen?q=vijftien").get_data(as_text=True)
    assert "Meldingen" in page and "Er kwamen vijftien meldingen binnen." in page
    assert "Geen perslijnen gevonden." in client.get("/pers/lijnen?q=brug").get_data(as_text=True)
    response = client.post(f"/pers/lijnen/{line.id}/hergebruiken", data={
        "target": "0", "title": "Vragen Het Parool", "portfolio_holder": "wethouder Van Buren",
        "journalist": "Jan de Vries", "medium": "Het Parool",
        "question_text": "Hoeveel meldingen zijn er?"}, follow_redirects=True)
    page = response.get_data(as_text=True)
    assert "Persvragen: Vragen Het Parool" in page
    assert "Jan de Vries (Het Parool)" in page
    assert "hergebruikt uit:" in page and "Raad 28 februari 2024, vraag 11" in page
    usage = client.get(f"/pers/lijnen/{line.id}").get_data(as_text=True)
    assert "Hergebruikt (1 keer)" in usage and "Vragen Het Parool" in usage


def test_a_withdrawn_line_is_verlopen_and_cannot_be_reused(client, db, login_as, make_user,
                                                           approved_variant):
    staf = make_user("staf")
    line = publish_line(db, approved_variant, by=staf, topic="Meldingen")
    db.commit()
    login_as("staf")
    response = client.post(f"/pers/lijnen/{line.id}/intrekken", data={"reason": "Achterhaald"},
                           follow_redirects=True)
    assert "Verlopen" in response.get_data(as_text=True)
    login_as("pers")
    response = client.post(f"/pers/lijnen/{line.id}/hergebruiken", data={
        "target": "0", "title": "X", "portfolio_holder": "burgemeester", "journalist": "Jan",
        "question_text": "Vraag?"})
    assert response.status_code == 400
    assert "verlopen" in response.get_data(as_text=True)


def test_the_owner_sees_where_a_line_was_reused_before_changing_it(client, db, login_as,
                                                                   make_user, approved_variant):
    from briefings.press import reuse_line

    line = publish_line(db, approved_variant, by=make_user("staf"), topic="Meldingen")
    reuse_line(db, line, by=make_user("pers"), today=date.today(), title="Vragen NRC",
               portfolio_holder="burgemeester", journalist="Els", question_text="Hoeveel?")
    db.commit()
    login_as("staf")
    page = client.get(f"/pers/lijnen/{line.id}").get_data(as_text=True)
    assert "deze lijn is 1 keer hergebruikt" in page and "Vragen NRC" in page
    response = client.post(f"/pers/lijnen/{line.id}/bewerken", data={
        "text": "Er kwamen zestien meldingen binnen.", "topic": "Meldingen", "use": "citeerbaar"},
        follow_redirects=True)
    assert "Er kwamen zestien meldingen binnen." in response.get_data(as_text=True)
    response = client.post(f"/pers/lijnen/{line.id}/bewerken", data={"text": "", "topic": ""})
    assert response.status_code == 400 and "Vul de tekst in." in response.get_data(as_text=True)


def test_a_newer_chosen_answer_to_a_similar_question_is_proposed_as_replacement(
        client, db, login_as, make_user, make_annotation, approved_variant):
    from datetime import UTC, datetime, timedelta

    line = publish_line(db, approved_variant, by=make_user("staf"), topic="Meldingen")
    newer = make_annotation(questions=[{
        "text": "Hoeveel meldingen van discriminatie kwamen er dit jaar binnen?",
        "variants": [{"body": "Er kwamen 21 meldingen binnen."}]}]).questions[0].variants[0]
    newer.status, newer.chosen = "akkoord", True
    newer.chosen_at = datetime.now(UTC) + timedelta(minutes=1)
    db.commit()
    login_as("staf")
    assert "Vervanging voorgesteld" in client.get("/pers/lijnen").get_data(as_text=True)
    page = client.get(f"/pers/lijnen/{line.id}").get_data(as_text=True)
    assert "Voorstel: vervangen door een nieuwer antwoord" in page
    publish_page = client.get(f"/pers/publiceren/{newer.id}").get_data(as_text=True)
    checkbox = (f'<input checked id="supersedes-0" name="supersedes" type="checkbox" '
                f'value="{line.id}">')
    assert checkbox in publish_page
    client.post(f"/pers/publiceren/{newer.id}", data={
        "topic": "Meldingen 2025", "use": "citeerbaar", "owner": str(newer.author_id),
        "supersedes": str(line.id)})
    assert "Verlopen" in client.get(f"/pers/lijnen/{line.id}").get_data(as_text=True)
