"""The search page, the JSON API, "eerder gezegd" and warnings as a user sees them."""

from sqlalchemy import select

from briefings.models import AnswerVariant
from tests.search.conftest import variants_of

EARLIER_MEETING = {"body": "raad", "name": "Raad", "dates": ["2024-02-28"]}
LATER_MEETING = {"body": "raad", "name": "Raad", "dates": ["2025-07-09"]}
QUESTION = "Hoeveel meldingen van racisme zijn er bij het meldpunt gedaan?"


def _earlier_and_draft(make_annotation, approve, earlier_body, draft_body):
    earlier = make_annotation(meeting=EARLIER_MEETING, questions=[
        {"text": "Vraag vooraf?", "variants": []},
        {"text": QUESTION, "asker": {"name": "Mangal", "party": "Denk"},
         "variants": [{"body": earlier_body}]}])
    approve(*variants_of(earlier), chosen=True)
    draft = make_annotation(meeting=LATER_MEETING, questions=[
        {"text": QUESTION, "variants": [{"body": draft_body}]}])
    return earlier, draft


def test_the_menu_has_zoeken_and_the_page_shows_highlighted_hits_with_links(
        client, login_as, make_annotation):
    login_as("auteur")
    annotation = make_annotation(questions=[{
        "text": "Vraag?", "asker": {"name": "Mangal", "party": "Denk"},
        "variants": [{"body": "Er zijn 24 meldingen."}]}])
    variant = variants_of(annotation)[0]
    page = client.get("/zoeken?q=melding").get_data(as_text=True)
    assert ">Zoeken</a>" in page
    assert "<mark>meldingen</mark>" in page
    assert f'/annotaties/{annotation.id}#antwoord-{variant.id}' in page
    assert "Denk" in page and "(1)" in page  # counts per filter value


def test_text_in_snippets_is_escaped_so_no_script_gets_through(client, login_as, make_annotation):
    login_as("auteur")
    make_annotation(questions=[{"text": "Vraag?", "variants": [
        {"body": "Melding <script>alert(1)</script> en <b>vet</b>"}]}])
    page = client.get("/zoeken?q=melding").get_data(as_text=True)
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_the_api_returns_ids_scores_highlights_and_links(client, login_as, make_annotation):
    login_as("reviewer")
    annotation = make_annotation(questions=[{"text": "Komt er een extern meldpunt?",
                                             "variants": [{"body": "Ja, per 1 januari."}]}])
    question = annotation.questions[0]
    data = client.get("/api/search?q=meldpunt&kind=question").get_json()
    assert data["total"] == 1
    hit = data["results"][0]
    assert hit["kind"] == "question" and hit["id"] == question.id
    assert hit["url"] == f"/annotaties/{annotation.id}#vraag-{question.id}"
    assert "<mark>meldpunt</mark>" in hit["highlight"] and hit["score"] > 0


def test_the_api_needs_a_login_and_rejects_bad_filters(client, login_as):
    assert client.get("/api/search?q=x").status_code == 401
    login_as("auteur")
    response = client.get("/api/search?q=x&date_from=gisteren")
    assert response.status_code == 400
    assert response.get_json()["fields"]["date_from"][0].startswith("Ongeldige datum: ‘gisteren’.")
    page = client.get("/zoeken?q=x&kind=onzin")
    assert page.status_code == 400 and "Ongeldige keuze." in page.get_data(as_text=True)


def test_the_press_role_sees_only_approved_answers_on_page_and_api(
        client, login_as, make_annotation, approve):
    annotation = make_annotation(questions=[{"text": "Vraag?", "variants": [
        {"body": "Concept over de haven."},
        {"label": "alternatief_antwoord", "body": "Akkoord over de haven."}]}])
    approve(variants_of(annotation)[1])
    login_as("pers")
    page = client.get("/zoeken?q=haven").get_data(as_text=True)
    assert "Akkoord over de" in page and "Concept over de" not in page
    bodies = [r["highlight"] for r in client.get("/api/search?q=haven").get_json()["results"]]
    assert bodies == ["Akkoord over de <mark>haven</mark>"]


def test_an_answer_saved_through_the_web_is_findable_right_after(
        client, login_as, make_annotation, approve, db):
    earlier, draft = _earlier_and_draft(make_annotation, approve,
                                        "Er zijn 24 meldingen gedaan.", "Nog aanvullen.")
    login_as("auteur")
    question = draft.questions[0]
    source = variants_of(earlier)[0]
    response = client.post(f"/zoeken/eerder/vraag/{question.id}/overnemen",
                           data={"source_variant_id": source.id})
    assert response.status_code == 302
    copy = db.scalars(select(AnswerVariant).where(AnswerVariant.question_id == question.id,
                                                  AnswerVariant.source_variant_id == source.id)
                      ).one()
    data = client.get("/api/search?q=meldingen&kind=variant").get_json()
    ids = [r["id"] for r in data["results"]]
    assert copy.id in ids


def test_eerder_gezegd_shows_similar_earlier_questions_and_copies_with_provenance(
        client, login_as, make_annotation, approve):
    earlier, draft = _earlier_and_draft(make_annotation, approve,
                                        "Er zijn 24 meldingen gedaan.", "Nog aanvullen.")
    login_as("auteur")
    question = draft.questions[0]
    show = client.get(f"/annotaties/{draft.id}").get_data(as_text=True)
    assert f"/zoeken/eerder/vraag/{question.id}?deel=1" in show
    fragment = client.get(f"/zoeken/eerder/vraag/{question.id}?deel=1").get_data(as_text=True)
    assert "Raad 28 februari 2024, vraag 2" in fragment
    assert "Er zijn 24 meldingen gedaan." in fragment and "Lid Mangal (Denk)" in fragment
    client.post(f"/zoeken/eerder/vraag/{question.id}/overnemen",
                data={"source_variant_id": variants_of(earlier)[0].id})
    show = client.get(f"/annotaties/{draft.id}").get_data(as_text=True)
    assert "Overgenomen uit:" in show and "Raad 28 februari 2024, vraag 2</a>" in show


def test_copying_needs_csrf_and_an_approved_source(client, app, login_as, make_annotation, approve):
    earlier, draft = _earlier_and_draft(make_annotation, approve, "Tekst.", "Nog aanvullen.")
    login_as("auteur")
    own_draft = variants_of(draft)[0]
    url = f"/zoeken/eerder/vraag/{draft.questions[0].id}/overnemen"
    assert client.post(url, data={"source_variant_id": own_draft.id}).status_code == 400
    app.config["WTF_CSRF_ENABLED"] = True
    response = client.post(url, data={"source_variant_id": variants_of(earlier)[0].id})
    assert response.status_code == 400


def test_a_draft_with_a_different_figure_warns_with_a_link_to_the_earlier_answer(
        client, login_as, make_annotation, approve):
    earlier, draft = _earlier_and_draft(make_annotation, approve,
                                        "Er zijn 24 meldingen gedaan.",
                                        "Er zijn 31 meldingen gedaan.")
    login_as("auteur")
    show = client.get(f"/annotaties/{draft.id}").get_data(as_text=True)
    assert "Eerder gezegd: 24 meldingen" in show
    assert "Raad 28 februari 2024, vraag 2" in show
    assert f"#antwoord-{variants_of(earlier)[0].id}" in show


def test_a_draft_with_the_same_figure_does_not_warn(client, login_as, make_annotation, approve):
    _, draft = _earlier_and_draft(make_annotation, approve, "Er zijn 24 meldingen gedaan.",
                                  "Het blijft bij 24 meldingen.")
    login_as("auteur")
    assert "Eerder gezegd:" not in client.get(f"/annotaties/{draft.id}").get_data(as_text=True)


def test_answers_saved_edited_and_deleted_through_the_authoring_pages_follow_at_once(
        client, login_as, make_annotation, db, app):
    from sqlalchemy import func

    from briefings.models import IndexChange

    login_as("auteur")
    annotation = make_annotation(questions=[{"text": "Vraag?", "variants": []}])
    app.extensions["search"].apply_pending()
    question_id = annotation.questions[0].id

    def queued():
        db.rollback()
        return db.scalar(select(func.count(IndexChange.seq)))

    def found(word):
        return client.get(f"/api/search?q={word}").get_json()["total"]

    client.post(f"/annotaties/vragen/{question_id}/antwoorden/nieuw",
                data={"label": "antwoord", "body": "Het carillon klinkt.", "explanation": ""})
    assert queued() == 0  # applied when the request's transaction ended
    assert found("carillon") == 1
    variant = db.scalars(select(AnswerVariant).where(AnswerVariant.question_id == question_id)
                         ).one()
    client.post(f"/annotaties/antwoorden/{variant.id}/bewerken", data={
        "label": "antwoord", "body": "Het orgel klinkt.", "explanation": "", "version": "1"})
    assert queued() == 0
    assert (found("carillon"), found("orgel")) == (0, 1)
    client.post(f"/annotaties/antwoorden/{variant.id}/verwijderen")
    assert queued() == 0
    assert found("orgel") == 0
