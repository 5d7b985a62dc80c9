"""Saving a parsed document: through the authoring services, once per file content."""

from datetime import date

import pytest
from sqlalchemy import func, select

from briefings.errors import PermissionDenied, ValidationError
from briefings.importing import import_document
from briefings.importing.saving import MISSING_HOLDER
from briefings.models import (
    Annotation,
    AnswerVariant,
    CommitmentSuggestion,
    ImportedDocument,
    IndexChange,
    Question,
    ReviewComment,
    Revision,
)
from tests.importing.docbuilder import docx_from_text

DOCUMENT = """
Annotatie voor wethouder Van Buren

Commissie FKD 5 juni 2025

Agendapunt [39]: Kennisnemen van de voortgang

Behandelend ambtenaar: Anna de Vries; 5.1.2e

Kernboodschap

1. Algemeen:

- In het voorjaar volgt een brief over de acties.

Vragen commissie 5 juni

Lid Mangal (Denk)

1. Klopt het?

NB: gevoelig.

Antwoord: Ja.

Toelichting: Zie de brief.

Alternatief: Nee.

Fatima: kunnen we dit concreter maken

Lid Perdok (Lijst AV)

2. Wat kost het?

Antwoord 5.1, 2, e
"""


def test_the_meeting_date_of_the_header_is_stored_on_the_annotation(db, make_user):
    text = DOCUMENT.replace("Commissie FKD 5 juni 2025",
                            "Commissie Bestuur en Middelen 12 maart 2025")
    outcome = import_document(db, "minima.txt", text.encode(), by=make_user("auteur"))
    db.commit()
    meeting = db.get(Annotation, outcome.annotation_id).meeting
    assert (meeting.body, meeting.name) == ("commissie", "Commissie Bestuur en Middelen")
    assert [d.date for d in meeting.dates] == [date(2025, 3, 12)]


def _count(db, model):
    return db.scalar(select(func.count()).select_from(model))


def test_import_saves_the_annotation_with_history_and_search_work(db, make_user):
    user = make_user("auteur")
    outcome = import_document(db, "voortgang.txt", DOCUMENT.encode(), by=user)
    db.commit()
    annotation = db.get(Annotation, outcome.annotation_id)
    assert outcome.status == "imported"
    assert (annotation.title, annotation.portfolio_holder, annotation.agenda_item) == (
        "Kennisnemen van de voortgang", "wethouder Van Buren", "[39]")
    assert annotation.meeting.name == "Commissie FKD" and annotation.meeting.body == "commissie"
    assert annotation.handling_officials == ["Anna de Vries", "5.1.2e"]
    assert [(s.kind, s.heading) for s in annotation.sections] == [("kernboodschap", "Algemeen")]
    first, second = annotation.questions
    assert (first.number, first.asker.name, first.asker.party, first.note) == (
        "1", "Mangal", "Denk", "gevoelig.")
    assert [(v.label, v.body, v.explanation, v.status) for v in first.variants] == [
        ("antwoord", "Ja.", "Zie de brief.", "concept"),
        ("alternatief_antwoord", "Nee.", None, "concept")]
    assert [(v.label, v.body) for v in second.variants] == [("antwoord", "")]
    assert db.scalars(select(ReviewComment.text)).all() == [
        "Fatima: kunnen we dit concreter maken"]
    assert _count(db, Revision) >= 6
    # the new annotation's own change-log row indexes every text it holds
    assert ("annotation", annotation.id) in db.execute(
        select(IndexChange.entity_type, IndexChange.entity_id)).all()
    suggestion = db.scalars(select(CommitmentSuggestion)).one()
    assert suggestion.sentence == "In het voorjaar volgt een brief over de acties."
    assert suggestion.source_type == "section" and suggestion.annotation_id == annotation.id
    imported = db.scalars(select(ImportedDocument)).one()
    assert (imported.filename, imported.annotation_id, imported.imported_by_id) == (
        "voortgang.txt", annotation.id, user.id)


def test_the_same_file_twice_is_skipped_not_duplicated(db, make_user):
    user = make_user("auteur")
    data = docx_from_text(DOCUMENT)
    first = import_document(db, "a.docx", data, by=user)
    db.commit()
    again = import_document(db, "kopie-van-a.docx", data, by=user)
    assert again.status == "skipped" and again.annotation_id == first.annotation_id
    assert _count(db, Annotation) == 1 and _count(db, Question) == 2


def test_dry_run_saves_nothing(db, make_user):
    outcome = import_document(db, "a.txt", DOCUMENT.encode(), by=make_user("auteur"),
                              dry_run=True)
    assert outcome.status == "checked" and outcome.document["questions"]
    assert _count(db, Annotation) == 0 and _count(db, ImportedDocument) == 0


def test_missing_title_and_portfolio_holder_are_marked_as_open_points(db, make_user):
    outcome = import_document(db, "kernboodschap-oma.txt", b"Kernboodschap\n\n- Punt.",
                              by=make_user("auteur"))
    annotation = db.get(Annotation, outcome.annotation_id)
    assert annotation.title == "kernboodschap-oma"
    assert annotation.portfolio_holder == MISSING_HOLDER
    assert outcome.document["title"] is None


def test_unnumbered_questions_stay_unnumbered(db, make_user):
    outcome = import_document(db, "q.txt", b"Vragen\n\nWaarom?\n\nDaarom.",
                              by=make_user("auteur"))
    question = db.get(Annotation, outcome.annotation_id).questions[0]
    assert question.number is None and question.variants[0].body == "Daarom."


def test_press_role_may_not_import(db, make_user):
    with pytest.raises(PermissionDenied):
        import_document(db, "a.txt", DOCUMENT.encode(), by=make_user("pers"))


def test_bad_file_saves_nothing(db, make_user):
    with pytest.raises(ValidationError):
        import_document(db, "a.docx", b"geen zip", by=make_user("auteur"))
    assert _count(db, Annotation) == 0 and _count(db, AnswerVariant) == 0


def test_overview_of_parts_is_saved_as_the_annotation_overview(db, make_user):
    text = ("Annotatie voor burgemeester\n\nDe annotatie bestaat uit de volgende onderdelen:\n\n"
            "- Kernboodschap\n- Vragen\n\nKernboodschap\n\n- Punt.")
    outcome = import_document(db, "a.txt", text.encode(), by=make_user("auteur"))
    annotation = db.get(Annotation, outcome.annotation_id)
    assert annotation.overview == ("De annotatie bestaat uit de volgende onderdelen:\n\n"
                                   "- Kernboodschap\n- Vragen")
    assert [s.kind for s in annotation.sections] == ["kernboodschap"]


def test_saving_a_file_already_imported_is_a_conflict(db, make_user):
    from briefings.errors import Conflict
    from briefings.importing import content_hash, parse_document, save_document

    user = make_user("auteur")
    data = DOCUMENT.encode()
    import_document(db, "a.txt", data, by=user)
    db.commit()
    with pytest.raises(Conflict):
        save_document(db, parse_document("a.txt", data), by=user, filename="b.txt",
                      digest=content_hash(data))
    db.rollback()
    assert _count(db, Annotation) == 1


PROMISES = """
Annotatie voor wethouder Van Buren

Raad 5 juni 2025

Vragen raad 5 juni

Lid Mangal (Denk)

1. Komt er een evaluatie?

Antwoord: Ja. Wij sturen u na de zomer een evaluatie van de proef.

2. En de kosten?

Antwoord: Wij sturen u na de zomer een evaluatie van de proef.

3. Wanneer is het klaar?

Antwoord: Voor de begroting informeren wij de raad over de planning.

Alternatief: Dat is nog niet bekend.
"""


def test_an_import_offers_each_promise_of_the_answers_that_will_be_said_once(db, make_user):
    outcome = import_document(db, "toezeggingen.txt", PROMISES.encode(),
                              by=make_user("auteur"))
    db.commit()
    first, second, third = db.get(Annotation, outcome.annotation_id).questions
    suggestions = db.scalars(select(CommitmentSuggestion)).all()
    # the same promise in two answers is offered once; a question with two variants and no
    # choice has no answer that will be said yet
    assert [(s.sentence, s.source_id) for s in suggestions] == [
        ("Wij sturen u na de zomer een evaluatie van de proef.", first.variants[0].id)]
    assert len(third.variants) == 2 and second.variants[0].body.startswith("Wij sturen")
