"""The press office reads a definitief annotation: its sections and final answers, nothing
internal; any other annotation stays closed to it."""

import pytest

from briefings.changes import change_status
from briefings.workflow.comments import add_comment
from briefings.workflow.review import approve, choose, reject, submit_for_review


@pytest.fixture
def world(db, make_user, make_annotation):
    """A definitief annotation with one answer in every state, and a concept annotation."""
    auteur, reviewer, staf = make_user("auteur"), make_user("reviewer"), make_user("staf")
    annotation = make_annotation(
        by=auteur, sections=[{"kind": "kernboodschap", "heading": "Wonen",
                              "body": "- De wachtlijst wordt korter."}],
        questions=[{"text": "Hoe lang is de wachtlijst?", "note": "Gevoelig dossier",
                    "asker": {"name": "Mangal", "party": "Denk"},
                    "variants": [{"body": "Gekozen antwoord over de wachtlijst."},
                                 {"body": "Goedgekeurd maar niet gekozen.",
                                  "label": "alternatief_antwoord"},
                                 {"body": "Afgewezen antwoord.", "label": "alternatief_antwoord"},
                                 {"body": "Conceptantwoord.", "label": "alternatief_antwoord"}]},
                   {"text": "Waarom nog geen besluit?",
                    "variants": [{"body": "Alleen een concept."}]}])
    chosen, unchosen, rejected, _ = annotation.questions[0].variants
    for variant in (chosen, unchosen, rejected):
        submit_for_review(db, variant, by=auteur)
    approve(db, chosen, by=reviewer)
    approve(db, unchosen, by=reviewer)
    reject(db, rejected, by=reviewer, reason="Klopt niet")
    choose(db, chosen, by=staf, reason="Kort en helder")
    add_comment(db, chosen, by=reviewer, text="Interne opmerking")
    change_status(db, annotation, "definitief", by=staf)
    concept = make_annotation(by=auteur, title="Nog in concept",
                              sections=[{"kind": "kernboodschap", "body": "- Conceptpunt."}])
    db.commit()
    return annotation, concept


def test_the_press_office_reads_a_definitief_annotation_without_internal_texts(
        client, login_as, world):
    annotation, _ = world
    login_as("pers")
    response = client.get(f"/annotaties/{annotation.id}")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    for shown in ("Kennisnemen van de voortgangsrapportage", "De wachtlijst wordt korter.",
                  "Hoe lang is de wachtlijst?", "Lid Mangal (Denk)",
                  "Gekozen antwoord over de wachtlijst."):
        assert shown in page
    for hidden in ("Gevoelig dossier", "Goedgekeurd maar niet gekozen", "Afgewezen antwoord",
                   "Klopt niet", "Conceptantwoord", "Kort en helder", "Interne opmerking",
                   "Waarom nog geen besluit?", "Alleen een concept", "Bewerken", "Opmerkingen",
                   "Geschiedenis", "Toezeggingen", "/export/"):
        assert hidden not in page


def test_other_annotations_stay_closed_to_the_press_office_and_ids_do_not_show(
        client, login_as, world):
    annotation, concept = world
    login_as("pers")
    closed = client.get(f"/annotaties/{concept.id}")
    missing = client.get(f"/annotaties/{concept.id + 100}")
    assert closed.status_code == missing.status_code == 403
    assert "Conceptpunt" not in closed.get_data(as_text=True)
    assert closed.get_data(as_text=True) == missing.get_data(as_text=True)


def test_the_press_office_still_gets_no_word_copy_of_the_page_it_reads(
        client, login_as, world):
    # The Word copies hold the header fields and every question, answered or not: the page
    # is the press office's way to read a definitief annotation, so the download stays refused.
    annotation, _ = world
    login_as("pers")
    for mode in ("final", "draft", "woo"):
        assert client.get(f"/annotaties/{annotation.id}/export/{mode}").status_code == 403


def test_readers_of_drafts_still_see_every_variant_and_note(client, login_as, world):
    annotation, _ = world
    login_as("reviewer")
    page = client.get(f"/annotaties/{annotation.id}").get_data(as_text=True)
    for shown in ("Gevoelig dossier", "Goedgekeurd maar niet gekozen", "Conceptantwoord",
                  "Waarom nog geen besluit?"):
        assert shown in page
