"""The authoring services: numbering, grouping, ordering, conflicts, history."""

import pytest
from sqlalchemy import select

from briefings import authoring
from briefings.errors import Conflict, PermissionDenied, ValidationError
from briefings.models import Revision

MANGAL = {"name": "Mangal", "party": "Denk"}
PIJPEN = {"name": "van Pijpen", "party": "GroenLinks"}
BLOCK = "Vragen commissie 18 januari"


@pytest.fixture
def author(make_user):
    return make_user("auteur")


@pytest.fixture
def annotation(db, author):
    annotation = authoring.create_annotation(
        db, by=author, title="Brandbrief", portfolio_holder="wethouder van Buren",
        meeting={"body": "raad", "name": "Raad", "dates": ["2024-02-28"]})
    db.commit()
    return annotation


def _ask(db, annotation, author, text, asker, **kwargs):
    return authoring.add_question(db, annotation, by=author, text=text, block=BLOCK,
                                  asker=asker, **kwargs)


def test_numbering_runs_on_across_askers(db, annotation, author):
    _ask(db, annotation, author, "Een?", MANGAL)
    _ask(db, annotation, author, "Twee?", MANGAL)
    third = _ask(db, annotation, author, "Drie?", PIJPEN)
    assert third.number == "3"
    assert third.asker.display == "Lid van Pijpen (GroenLinks)"


def test_a_new_question_under_an_earlier_asker_goes_below_that_askers_questions(
        db, annotation, author):
    _ask(db, annotation, author, "Mangal een?", MANGAL)
    _ask(db, annotation, author, "Pijpen een?", PIJPEN)
    late = _ask(db, annotation, author, "Mangal twee?", MANGAL)
    assert [q.text for q in annotation.questions] == ["Mangal een?", "Mangal twee?",
                                                      "Pijpen een?"]
    assert late.number == "3"
    assert [q.position for q in annotation.questions] == [0, 1, 2]


def test_renumbering_numbers_one_to_n_in_document_order_and_keeps_history(
        db, annotation, author):
    _ask(db, annotation, author, "Mangal een?", MANGAL)
    _ask(db, annotation, author, "Pijpen een?", PIJPEN)
    _ask(db, annotation, author, "Mangal twee?", MANGAL)
    authoring.renumber_questions(db, annotation, by=author)
    assert [(q.number, q.text) for q in annotation.questions] == [
        ("1", "Mangal een?"), ("2", "Mangal twee?"), ("3", "Pijpen een?")]
    revisions = db.scalars(select(Revision).where(Revision.field == "number")).all()
    assert {(r.old_text, r.new_text) for r in revisions} == {("3", "2"), ("2", "3")}


def test_a_stale_variant_save_raises_conflict_and_keeps_both_texts(db, annotation, author):
    question = _ask(db, annotation, author, "Vraag?", MANGAL)
    variant = authoring.add_variant(db, question, by=author, body="Eerste tekst.")
    authoring.update_variant(db, variant, by=author, expected_version=1, body="Tekst van Anna.")
    with pytest.raises(Conflict) as caught:
        authoring.update_variant(db, variant, by=author, expected_version=1,
                                 body="Tekst van Bert.")
    assert caught.value.current.body == "Tekst van Anna."
    assert caught.value.submitted["body"] == "Tekst van Bert."
    assert caught.value.status == 409
    assert variant.body == "Tekst van Anna." and variant.version == 2


def test_editing_an_approved_variant_returns_it_to_concept(db, annotation, author):
    question = _ask(db, annotation, author, "Vraag?", MANGAL)
    variant = authoring.add_variant(db, question, by=author, body="Akkoord gegeven.")
    variant.status, variant.chosen = "akkoord", True
    authoring.update_variant(db, variant, by=author, expected_version=1, body="Gewijzigd.")
    assert (variant.status, variant.chosen) == ("concept", False)
    reasons = db.scalars(select(Revision.reason).where(Revision.entity_id == variant.id,
                                                       Revision.action != "edit")).all()
    assert "tekst gewijzigd" in reasons


def test_saving_an_approved_variant_unchanged_keeps_its_status(db, annotation, author):
    question = _ask(db, annotation, author, "Vraag?", MANGAL)
    variant = authoring.add_variant(db, question, by=author, body="Zelfde.")
    variant.status = "akkoord"
    authoring.update_variant(db, variant, by=author, expected_version=1, body="Zelfde.")
    assert variant.status == "akkoord"


def test_moving_a_section_keeps_every_section(db, annotation, author):
    for heading in ("Een", "Twee", "Drie"):
        authoring.add_section(db, annotation, by=author, kind="kernboodschap", heading=heading)
    db.commit()
    authoring.move_section(db, annotation.sections[2], by=author, direction=-1)
    authoring.move_section(db, annotation.sections[0], by=author, direction=-1)
    db.commit()
    db.expire_all()
    assert [s.heading for s in annotation.sections] == ["Een", "Drie", "Twee"]


def test_other_roles_cannot_write_and_bad_input_is_refused(db, annotation, author, make_user):
    with pytest.raises(PermissionDenied):
        _ask(db, annotation, make_user("pers"), "Vraag?", MANGAL)
    with pytest.raises(ValidationError, match="Vraag is verplicht"):
        _ask(db, annotation, author, "   ", MANGAL)
    with pytest.raises(ValidationError, match="te lang"):
        authoring.add_section(db, annotation, by=author, kind="kernboodschap",
                              heading="x" * 1001)
