"""What users see on the workflow pages and the read view's review parts."""

import re

from briefings import workflow
from briefings.authoring import update_header, update_variant


def _page(response):
    return response.get_data(as_text=True)


def test_the_read_view_offers_each_role_only_its_own_buttons(client, login_as, variant_in):
    variant = variant_in("concept")
    url = f"/annotaties/{variant.question.annotation_id}"
    login_as("auteur")
    page = _page(client.get(url))
    assert "Ter review aanbieden" in page and ">Akkoord<" not in page
    assert "Gereedheid" in page and "1 vraag zonder gekozen antwoord" in page
    client.post("/uitloggen")
    login_as("reviewer")
    page = _page(client.get(url))
    assert "Ter review aanbieden" not in page
    assert f"/antwoorden/{variant.id}/geschiedenis" in page


def test_an_auteur_submits_from_the_read_view_and_sees_the_new_status(
        client, login_as, variant_in):
    variant = variant_in("concept")
    login_as("auteur")
    response = client.post(f"/antwoorden/{variant.id}/ter-review",
                           data={"version": variant.version,
                                 "next": f"/annotaties/{variant.question.annotation_id}"},
                           follow_redirects=True)
    page = _page(response)
    assert "Het antwoord is ter review aangeboden." in page
    assert "Ter review</span>" in page


def test_the_comparison_shows_status_author_diff_and_who_chose_when_and_why(
        client, db, login_as, variant_in, make_user):
    variant = variant_in("akkoord")
    staf = login_as("staf")
    client.post(f"/antwoorden/{variant.id}/kiezen", data={"reason": "Meest concreet"})
    page = _page(client.get(f"/vragen/{variant.question_id}/vergelijken"))
    assert "Antwoord</h3>" in page and "Alternatief antwoord</h3>" in page
    assert "Akkoord</span>" in page and "Concept</span>" in page
    assert "<dt>Auteur</dt><dd>Beheer</dd>" in page
    assert f"Gekozen door {staf.name}" in page and "Reden: Meest concreet" in page
    assert "<del>Ja,</del>" in page and "<ins>Nee,</ins>" in page


def test_comments_are_added_replied_to_and_resolved(client, db, login_as, variant_in):
    variant = variant_in("ter_review")
    login_as("reviewer")
    client.post(f"/antwoorden/{variant.id}/opmerkingen",
                data={"text": "Kunnen we deze zin concreter maken?"})
    db.expire_all()
    comment = db.get(type(variant), variant.id).comments[0]
    read_url = f"/annotaties/{variant.question.annotation_id}"
    assert "Opmerkingen (1 open)" in _page(client.get(read_url))
    client.post(f"/antwoorden/{variant.id}/opmerkingen",
                data={"text": "Aangepast.", "parent_id": comment.id})
    response = client.post(f"/opmerkingen/{comment.id}/afhandelen", follow_redirects=True)
    page = _page(response)
    assert "De opmerking is afgehandeld." in page
    assert "Kunnen we deze zin concreter maken?" in page and "Aangepast." in page
    assert "Afgehandeld op" in page
    assert "Opmerkingen (0 open)" in _page(client.get(read_url))


def test_the_history_page_shows_versions_with_a_diff_and_restores_for_editors_only(
        client, db, login_as, variant_in, make_user):
    variant = variant_in("concept", body="De wachtlijst is 12 weken.")
    update_variant(db, variant, by=make_user("auteur"), body="De wachtlijst is 14 weken.")
    workflow.submit_for_review(db, variant, by=make_user("auteur"))
    workflow.approve(db, variant, by=make_user("reviewer"))
    db.commit()
    url = f"/antwoorden/{variant.id}/geschiedenis"
    login_as("reviewer")
    page = _page(client.get(url))
    assert "<del>12</del><ins>14</ins>" in page
    assert "Ter review → Akkoord" in page
    assert "terugzetten" not in page
    client.post("/uitloggen")
    login_as("auteur")
    page = _page(client.get(url))
    revision_id = re.search(r'/versies/(\d+)/terugzetten', page).group(1)
    response = client.post(f"/versies/{revision_id}/terugzetten",
                           data={"version": variant.version}, follow_redirects=True)
    page = _page(response)
    assert "De eerdere versie is teruggezet als nieuwe versie." in page
    assert "staat weer op Concept" in page
    assert "Eerdere versie teruggezet" in page
    db.expire_all()
    assert (variant.body, variant.status) == ("De wachtlijst is 12 weken.", "concept")


def test_a_stale_restore_is_a_conflict_and_changes_nothing(client, db, login_as, variant_in,
                                                           make_user):
    variant = variant_in("concept", body="Eerste tekst.")
    update_variant(db, variant, by=make_user("auteur"), body="Tweede tekst.")
    db.commit()
    first = workflow.list_revisions(db, "variant", variant.id)[0]
    login_as("auteur")
    response = client.post(f"/versies/{first.id}/terugzetten", data={"version": 1})
    assert response.status_code == 409
    assert "intussen door iemand anders gewijzigd" in _page(response)


def test_the_section_history_page_lists_versions(client, db, login_as, make_annotation,
                                                  make_user):
    from briefings.authoring import add_section, update_section
    by = make_user("auteur")
    annotation = make_annotation(by=by)
    section = add_section(db, annotation, by=by, kind="kernboodschap", heading="Algemeen",
                          body="- punt een")
    update_section(db, section, by=by, heading="Algemeen", body="- punt twee")
    db.commit()
    login_as("auteur")
    page = _page(client.get(f"/onderdelen/{section.id}/geschiedenis"))
    assert "Geschiedenis: onderdeel Algemeen" in page
    assert "<del>een</del><ins>twee</ins>" in page
    assert "Deze versie van de tekst terugzetten" in page
    assert f"/onderdelen/{section.id}/geschiedenis" in _page(
        client.get(f"/annotaties/{annotation.id}/gereedheid"))


def test_the_readiness_page_says_what_blocks_definitief(client, db, login_as, variant_in):
    variant = variant_in("ter_review", body="Ja, [Aanvullen: datum].")
    annotation_id = variant.question.annotation_id
    login_as("staf")
    page = _page(client.get(f"/annotaties/{annotation_id}/gereedheid"))
    assert "Wat houdt definitief tegen" in page
    assert "1 vraag zonder gekozen antwoord" in page and "1 antwoord wacht op review" in page
    response = client.post(f"/annotaties/{annotation_id}/status", data={"status": "definitief"})
    assert response.status_code == 400
    assert "kan nog niet definitief worden" in _page(response)
    response = client.post(f"/annotaties/{annotation_id}/status",
                           data={"status": "in_review", "reason": "Start review"},
                           follow_redirects=True)
    page = _page(response)
    assert "De status van de annotatie is gewijzigd." in page
    assert "Concept → In review door Staf (Start review)" in page


def test_a_finished_annotation_can_be_made_definitief(client, db, login_as, variant_in):
    variant = variant_in("gekozen")
    login_as("staf")
    response = client.post(f"/annotaties/{variant.question.annotation_id}/status",
                           data={"status": "definitief"}, follow_redirects=True)
    assert "Definitief</span>" in _page(response)


def test_mijn_werk_lists_what_the_user_must_do(client, db, login_as, variant_in, make_user):
    variant = variant_in("akkoord")
    update_header(db, variant.question.annotation, by=make_user("auteur"),
                  internal_deadline="2024-02-20")
    waiting = variant.question.variants[1]
    workflow.submit_for_review(db, waiting, by=make_user("auteur"))
    db.commit()
    login_as("reviewer")
    page = _page(client.get("/mijn-werk"))
    assert "Te beoordelen" in page and "Alternatief antwoord" in page
    assert "Te kiezen" not in page
    client.post("/uitloggen")
    login_as("staf")
    page = _page(client.get("/mijn-werk"))
    assert "Te kiezen" in page and "Klopt het dat de wachtlijst langer wordt?" in page
    assert re.search(r'href="/mijn-werk"\s+aria-current="page"', page)
    assert "20 februari 2024 <span class=\"badge status-afgewezen\">verlopen</span>" in page


def test_workflow_forms_without_a_csrf_token_are_refused(app, client, login_as, variant_in):
    variant = variant_in("concept")
    login_as("auteur")
    app.config["WTF_CSRF_ENABLED"] = True
    response = client.post(f"/antwoorden/{variant.id}/ter-review")
    assert response.status_code == 400
    assert "Het formulier is verlopen" in _page(response)
