"""Sections, questions and answer variants through the edit view."""

from sqlalchemy import func, select

from briefings.models import AnswerVariant, Question, Section

QUESTIONS = [
    {"text": "Waarom het MDRA?", "block": "Vragen commissie 18 januari",
     "asker": {"name": "Mangal", "party": "Denk"},
     "variants": [{"label": "antwoord", "body": "- Omdat het onafhankelijk is."}]},
    {"text": "Wat is de stand van zaken?", "block": "Vragen commissie 18 januari",
     "asker": {"name": "van Pijpen", "party": "GroenLinks"}},
]


def _count(db, model):
    return db.scalar(select(func.count()).select_from(model))


def test_a_theme_with_nested_bullets_renders_as_nested_lists(client, login_as, make_annotation):
    login_as("auteur")
    annotation = make_annotation()
    response = client.post(f"/annotaties/{annotation.id}/onderdelen/nieuw", data={
        "kind": "kernboodschap", "heading": "Algemeen",
        "body": "- We zijn onderweg.\n  - Een subpunt.\n- Tweede punt."})
    assert response.status_code == 302
    page = client.get(f"/annotaties/{annotation.id}").get_data(as_text=True)
    assert "<h3>Algemeen</h3>" in page
    assert "<li>We zijn onderweg.\n<ul>\n<li>Een subpunt.</li>" in page


def test_an_empty_section_is_refused_and_not_saved(client, login_as, make_annotation, db):
    login_as("auteur")
    annotation = make_annotation()
    response = client.post(f"/annotaties/{annotation.id}/onderdelen/nieuw",
                           data={"kind": "kernboodschap", "heading": "", "body": ""})
    assert response.status_code == 400
    assert "Een onderdeel heeft een kop of tekst nodig." in response.get_data(as_text=True)
    assert _count(db, Section) == 0


def test_sections_move_up_and_down(client, login_as, make_annotation, db):
    login_as("auteur")
    annotation = make_annotation(sections=[
        {"kind": "kernboodschap", "heading": "Eerste", "body": "- a"},
        {"kind": "kernboodschap", "heading": "Tweede", "body": "- b"}])
    second = annotation.sections[1]
    assert client.post(f"/annotaties/onderdelen/{second.id}/omhoog").status_code == 302
    page = client.get(f"/annotaties/{annotation.id}/bewerken").get_data(as_text=True)
    assert page.index("Kernboodschap 1: Tweede") < page.index("Kernboodschap 2: Eerste")


def test_deleting_a_section_needs_confirmation(client, login_as, make_annotation, db):
    login_as("auteur")
    annotation = make_annotation(sections=[{"kind": "kernboodschap", "heading": "Weg"}])
    section_id = annotation.sections[0].id
    page = client.get(f"/annotaties/onderdelen/{section_id}/verwijderen").get_data(as_text=True)
    assert "Weet u zeker dat u het onderdeel ‘Weg’ wilt verwijderen?" in page
    assert _count(db, Section) == 1
    client.post(f"/annotaties/onderdelen/{section_id}/verwijderen")
    assert _count(db, Section) == 0


def test_a_stale_section_form_is_a_conflict_with_both_texts(client, login_as, make_annotation):
    login_as("auteur")
    annotation = make_annotation(sections=[{"kind": "kernboodschap", "heading": "Thema",
                                            "body": "- oude tekst"}])
    section_id = annotation.sections[0].id
    data = {"kind": "kernboodschap", "heading": "Thema", "version": "1"}
    client.post(f"/annotaties/onderdelen/{section_id}/bewerken",
                data={**data, "body": "- tekst van collega"})
    response = client.post(f"/annotaties/onderdelen/{section_id}/bewerken",
                           data={**data, "body": "- mijn tekst"})
    page = response.get_data(as_text=True)
    assert response.status_code == 409
    assert "- mijn tekst" in page and "- tekst van collega" in page
    assert "<ins>mijn </ins>" in page


def test_questions_are_numbered_on_and_grouped_per_asker_with_party(
        client, login_as, make_annotation):
    login_as("auteur")
    annotation = make_annotation(questions=QUESTIONS)
    response = client.post(f"/annotaties/{annotation.id}/vragen/nieuw", data={
        "block": "Vragen commissie 18 januari", "asker_name": "Mangal", "asker_party": "Denk",
        "asker_role": "raadslid", "text": "Nog een vraag van Mangal?", "note": "Check met HR"})
    assert response.status_code == 302
    page = client.get(f"/annotaties/{annotation.id}").get_data(as_text=True)
    assert page.count('<h4 class="asker">Lid Mangal (Denk)</h4>') == 1
    assert "Lid van Pijpen (GroenLinks)" in page
    assert page.index("3. Nog een vraag van Mangal?") < page.index("2. Wat is de stand")
    assert "Check met HR" in page


def test_renumbering_numbers_the_questions_in_document_order(client, login_as, make_annotation):
    login_as("auteur")
    annotation = make_annotation(questions=QUESTIONS)
    client.post(f"/annotaties/{annotation.id}/vragen/nieuw", data={
        "block": "Vragen commissie 18 januari", "asker_name": "Mangal", "asker_party": "Denk",
        "asker_role": "raadslid", "text": "Derde vraag?"})
    response = client.post(f"/annotaties/{annotation.id}/vragen/hernummeren")
    assert response.status_code == 302
    page = client.get(f"/annotaties/{annotation.id}").get_data(as_text=True)
    assert "2. Derde vraag?" in page and "3. Wat is de stand van zaken?" in page


def test_a_question_without_text_is_refused(client, login_as, make_annotation, db):
    login_as("auteur")
    annotation = make_annotation()
    response = client.post(f"/annotaties/{annotation.id}/vragen/nieuw",
                           data={"asker_role": "raadslid", "text": ""})
    assert response.status_code == 400
    assert "De vraag is verplicht." in response.get_data(as_text=True)
    assert _count(db, Question) == 0


def test_an_author_adds_two_variants_with_explanation(client, login_as, make_annotation):
    login_as("auteur")
    annotation = make_annotation(questions=QUESTIONS[1:])
    question_id = annotation.questions[0].id
    for label, body in (("antwoord", "Het gaat goed."), ("alternatief_antwoord", "Het kan beter.")):
        response = client.post(f"/annotaties/vragen/{question_id}/antwoorden/nieuw", data={
            "label": label, "body": body, "explanation": "Zie de rapportage."})
        assert response.status_code == 302
    page = client.get(f"/annotaties/{annotation.id}").get_data(as_text=True)
    assert "Alternatief antwoord" in page and "Het kan beter." in page
    assert page.count("Zie de rapportage.") == 2


def test_an_empty_answer_is_refused(client, login_as, make_annotation, db):
    login_as("auteur")
    annotation = make_annotation(questions=QUESTIONS[1:])
    response = client.post(f"/annotaties/vragen/{annotation.questions[0].id}/antwoorden/nieuw",
                           data={"label": "antwoord", "body": " ", "explanation": ""})
    assert response.status_code == 400
    assert "Het antwoord is verplicht." in response.get_data(as_text=True)
    assert _count(db, AnswerVariant) == 0


def test_editing_an_approved_variant_warns_and_returns_it_to_concept(
        client, login_as, make_annotation, db):
    login_as("auteur")
    annotation = make_annotation(questions=QUESTIONS[:1])
    variant = annotation.questions[0].variants[0]
    variant.status, variant.chosen = "akkoord", True
    db.commit()
    form = client.get(f"/annotaties/antwoorden/{variant.id}/bewerken").get_data(as_text=True)
    assert "gaat het terug naar concept" in form
    client.post(f"/annotaties/antwoorden/{variant.id}/bewerken", data={
        "label": "antwoord", "body": "Nieuwe tekst.", "explanation": "", "version": "1"})
    db.expire_all()
    variant = db.get(AnswerVariant, variant.id)
    assert (variant.status, variant.chosen, variant.body) == ("concept", False, "Nieuwe tekst.")


def test_two_people_saving_the_same_variant_loses_nothing(client, login_as, make_annotation, db):
    login_as("auteur")
    annotation = make_annotation(questions=QUESTIONS[:1])
    variant_id = annotation.questions[0].variants[0].id
    url = f"/annotaties/antwoorden/{variant_id}/bewerken"
    first = client.post(url, data={"label": "antwoord", "body": "Tekst van Anna.",
                                   "explanation": "", "version": "1"})
    assert first.status_code == 302
    second = client.post(url, data={"label": "antwoord", "body": "Tekst van Bert.",
                                    "explanation": "", "version": "1"})
    page = second.get_data(as_text=True)
    assert second.status_code == 409
    assert "Tekst van Anna." in page and "Tekst van Bert." in page
    assert "<del>Anna.</del><ins>Bert.</ins>" in page
    assert 'name="version" type="hidden" value="2"' in page
    merged = client.post(url, data={"label": "antwoord", "body": "Tekst van Anna en Bert.",
                                    "explanation": "", "version": "2"})
    assert merged.status_code == 302
    db.expire_all()
    assert db.get(AnswerVariant, variant_id).body == "Tekst van Anna en Bert."


def test_deleting_questions_and_variants_asks_first(client, login_as, make_annotation, db):
    login_as("auteur")
    annotation = make_annotation(questions=QUESTIONS[:1])
    question = annotation.questions[0]
    variant_id = question.variants[0].id
    assert "Weet u zeker" in client.get(
        f"/annotaties/antwoorden/{variant_id}/verwijderen").get_data(as_text=True)
    client.post(f"/annotaties/antwoorden/{variant_id}/verwijderen")
    assert _count(db, AnswerVariant) == 0
    client.post(f"/annotaties/vragen/{question.id}/verwijderen")
    assert _count(db, Question) == 0


def test_a_reviewer_cannot_edit_and_gets_the_403_page(client, login_as, make_annotation):
    annotation = make_annotation(questions=QUESTIONS[:1])
    login_as("reviewer")
    variant_id = annotation.questions[0].variants[0].id
    for url in (f"/annotaties/{annotation.id}/bewerken",
                f"/annotaties/antwoorden/{variant_id}/bewerken"):
        response = client.get(url)
        assert response.status_code == 403
        assert "Geen toegang" in response.get_data(as_text=True)
    response = client.post(f"/annotaties/{annotation.id}/vragen/hernummeren")
    assert response.status_code == 403


def test_unknown_ids_give_404(client, login_as):
    login_as("auteur")
    for url in ("/annotaties/onderdelen/9/bewerken", "/annotaties/vragen/9/bewerken",
                "/annotaties/antwoorden/9/bewerken", "/annotaties/vragen/9/antwoorden/nieuw"):
        assert client.get(url).status_code == 404


def test_a_stale_question_form_is_a_conflict_and_nothing_is_overwritten(
        client, login_as, make_annotation, db):
    login_as("auteur")
    annotation = make_annotation(questions=QUESTIONS[1:])
    question_id = annotation.questions[0].id
    url = f"/annotaties/vragen/{question_id}/bewerken"
    data = {"block": "Vragen commissie 18 januari", "asker_name": "van Pijpen",
            "asker_party": "GroenLinks", "asker_role": "raadslid", "version": "1"}
    assert client.post(url, data={**data, "text": "Versie van Anna?"}).status_code == 302
    response = client.post(url, data={**data, "text": "Versie van Bert?"})
    page = response.get_data(as_text=True)
    assert response.status_code == 409
    assert "Versie van Anna?" in page and "Versie van Bert?" in page
    db.expire_all()
    assert db.get(Question, question_id).text == "Versie van Anna?"
