"""Two saves that both pass the version check at the same moment: the database decides."""

from sqlalchemy import text

import briefings.authoring.questions as questions_service
from briefings.db import make_engine


def test_the_later_of_two_simultaneous_saves_gets_a_conflict_page_with_its_text(
        client, login_as, make_annotation, database_url, monkeypatch):
    annotation = make_annotation(questions=[{
        "text": "Hoeveel meldingen?", "variants": [{"body": "Er zijn 24 meldingen."}]}])
    variant_id = annotation.questions[0].variants[0].id
    login_as("auteur")
    passed_check = questions_service.check_version
    engine = make_engine(database_url)

    def other_request_saves_right_after_our_check(obj, expected_version, **kwargs):
        passed_check(obj, expected_version, **kwargs)
        with engine.begin() as connection:  # the other request commits in between
            connection.execute(text(
                "UPDATE answer_variants SET body = 'Er zijn 40 meldingen.', version = 2 "
                "WHERE id = :id"), {"id": variant_id})

    monkeypatch.setattr(questions_service, "check_version",
                        other_request_saves_right_after_our_check)
    response = client.post(f"/annotaties/antwoorden/{variant_id}/bewerken", data={
        "label": "antwoord", "body": "Er zijn 31 meldingen.", "explanation": "", "version": "1"})
    engine.dispose()
    monkeypatch.undo()
    page = response.get_data(as_text=True)
    assert response.status_code == 409
    assert "op hetzelfde moment opgeslagen" in page
    assert "Er zijn 31 meldingen." in page  # the refused text is handed back, not lost
    stored = client.get(f"/annotaties/{annotation.id}").get_data(as_text=True)
    assert "Er zijn 40 meldingen." in stored and "31 meldingen" not in stored
