from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from briefings.errors import PermissionDenied, ValidationError
from briefings.press import (
    freshness,
    line_usage,
    lines_to_supersede,
    list_lines,
    newer_chosen_answers,
    publish_line,
    reuse_line,
    source_label,
    update_line,
    withdraw_line,
)

TODAY = date(2024, 3, 10)


@pytest.fixture
def approved(db, make_annotation):
    """An approved answer to question 11 of Raad 28 februari 2024."""
    def _approved(question="Hoeveel meldingen van discriminatie kwamen binnen bij WPI?",
                  body="Er kwamen 15 meldingen binnen.", status="akkoord"):
        annotation = make_annotation(questions=[{
            "text": question, "number": "11", "asker": {"name": "Mangal", "party": "Denk"},
            "variants": [{"body": body}]}])
        variant = annotation.questions[0].variants[0]
        variant.status = status
        db.commit()
        return variant
    return _approved


def test_only_an_approved_or_chosen_answer_can_be_published(db, make_user, approved):
    staf = make_user("staf")
    draft = approved(status="concept")
    with pytest.raises(ValidationError, match="status Akkoord"):
        publish_line(db, draft, by=staf, topic="Meldingen")
    draft.chosen = True
    assert publish_line(db, draft, by=staf, topic="Meldingen").text == draft.body


def test_authors_and_the_press_office_cannot_publish_lines(db, make_user, approved):
    variant = approved()
    for role in ("auteur", "pers"):
        with pytest.raises(PermissionDenied):
            publish_line(db, variant, by=make_user(role), topic="Meldingen")


def test_freshness_follows_review_date_withdrawal_and_superseding(db, make_user, approved):
    staf = make_user("staf")
    line = publish_line(db, approved(), by=staf, topic="Meldingen", review_date=TODAY)
    assert freshness(line, TODAY - timedelta(days=1)) == "actueel"
    assert freshness(line, TODAY) == "review_nodig"
    with pytest.raises(ValidationError, match="Reden"):
        withdraw_line(db, line, by=staf, reason=" ")
    withdraw_line(db, line, by=staf, reason="Cijfers achterhaald")
    assert freshness(line, TODAY) == "verlopen"
    assert list_lines(db, today=TODAY) == []
    assert list_lines(db, today=TODAY, include_expired=True) == [line]


def test_a_newer_chosen_answer_to_a_similar_question_proposes_superseding(db, make_user,
                                                                           approved):
    staf = make_user("staf")
    old = publish_line(db, approved(), by=staf, topic="Meldingen")
    newer = approved(question="Hoeveel meldingen van discriminatie zijn er nu binnen bij WPI?",
                     body="Er kwamen 21 meldingen binnen.")
    unrelated = approved(question="Wat kost de nieuwe brug over het IJ?")
    for variant in (newer, unrelated):
        variant.chosen, variant.chosen_at = True, datetime.now(UTC) + timedelta(minutes=1)
    db.commit()
    assert newer_chosen_answers(db, old) == [newer]
    assert lines_to_supersede(db, newer) == [old]
    line = publish_line(db, newer, by=staf, topic="Meldingen", supersedes=[old])
    assert old.superseded_by_id == line.id
    assert freshness(old, TODAY) == "verlopen"


def test_the_press_office_reuses_a_line_with_provenance_and_usage_is_counted(db, make_user,
                                                                             approved):
    line = publish_line(db, approved(), by=make_user("staf"), topic="Meldingen")
    pers = make_user("pers")
    variant = reuse_line(db, line, by=pers, today=TODAY, title="Vragen Parool over meldingen",
                         portfolio_holder="wethouder Van Buren", journalist="Jan de Vries",
                         medium="Het Parool", question_text="Hoeveel meldingen zijn er?")
    db.commit()
    annotation = variant.question.annotation
    assert annotation.kind == "persvragen"
    assert variant.question.asker.display == "Jan de Vries (Het Parool)"
    assert variant.question.asker.role == "journalist"
    assert variant.body == line.text and variant.source_line_id == line.id
    assert source_label(db, line) == "Raad 28 februari 2024, vraag 11"
    assert line_usage(db, line) == [variant]


def test_an_expired_line_cannot_be_reused(db, make_user, approved):
    staf = make_user("staf")
    line = publish_line(db, approved(), by=staf, topic="Meldingen")
    withdraw_line(db, line, by=staf, reason="Achterhaald")
    with pytest.raises(ValidationError, match="verlopen"):
        reuse_line(db, line, by=make_user("pers"), today=TODAY, title="X",
                   portfolio_holder="burgemeester", journalist="Jan", question_text="Vraag?")


def test_a_line_is_published_once_and_changes_to_it_are_kept(db, make_user, approved):
    from briefings.models import Revision

    staf = make_user("staf")
    variant = approved()
    line = publish_line(db, variant, by=staf, topic="Meldingen")
    with pytest.raises(ValidationError, match="al gepubliceerd"):
        publish_line(db, variant, by=staf, topic="Nog eens")
    update_line(db, line, by=staf, text="Er kwamen 16 meldingen binnen.", topic="Meldingen",
                use="achtergrond", review_date=TODAY)
    changes = {(r.field, r.old_text, r.new_text) for r in db.scalars(select(Revision).filter_by(
        entity_type="line", entity_id=line.id, action="edit"))}
    assert ("text", "Er kwamen 15 meldingen binnen.", "Er kwamen 16 meldingen binnen.") in changes
    assert ("use", "citeerbaar", "achtergrond") in changes
    assert ("review_date", None, "2024-03-10") in changes


def test_a_line_needs_review_once_its_source_answer_is_back_in_concept(db, make_user, approved):
    from briefings.authoring import update_variant

    variant = approved()
    line = publish_line(db, variant, by=make_user("staf"), topic="Meldingen")
    assert freshness(line, TODAY) == "actueel"
    update_variant(db, variant, by=make_user("auteur"), body="Er kwamen 17 meldingen binnen.")
    assert variant.status == "concept"
    assert freshness(line, TODAY) == "review_nodig"
    assert line.text == "Er kwamen 15 meldingen binnen."  # the published text is kept
