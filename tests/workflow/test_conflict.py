"""No lost edits: two editors save the same variant; the second gets a Conflict with both texts."""

import pytest
from sqlalchemy import select

from briefings.authoring import get_variant, update_variant
from briefings.db import make_engine, make_session_factory
from briefings.errors import Conflict
from briefings.models import Revision, User


@pytest.fixture
def two_sessions(database_url):
    engine = make_engine(database_url)
    factory = make_session_factory(engine)
    sessions = [factory(), factory()]
    yield sessions
    for session in sessions:
        session.rollback()
        session.close()
    engine.dispose()


def test_the_second_editor_gets_a_conflict_and_both_texts_are_preserved(
        db, question_with_variants, make_user, two_sessions):
    question, anna = question_with_variants(bodies=("De wachtlijst is 12 weken.",))
    bert = make_user("auteur")
    variant_id = question.variants[0].id
    first, second = two_sessions
    # Both open the edit form: each form carries the version it was loaded at.
    anna_form = get_variant(first, variant_id).version
    bert_form = get_variant(second, variant_id).version
    first.rollback(), second.rollback()  # each request ends; the next one reads afresh

    update_variant(first, get_variant(first, variant_id), by=first.get(User, anna.id),
                   expected_version=anna_form, body="De wachtlijst is 14 weken.")
    first.commit()
    with pytest.raises(Conflict) as conflict:
        update_variant(second, get_variant(second, variant_id), by=second.get(User, bert.id),
                       expected_version=bert_form, body="De wachtlijst is 10 weken.")
    second.rollback()

    assert conflict.value.submitted["body"] == "De wachtlijst is 10 weken."
    assert conflict.value.current.body == "De wachtlijst is 14 weken."
    assert "niet verloren" in conflict.value.message
    stored = get_variant(second, variant_id)
    assert stored.body == "De wachtlijst is 14 weken."

    # Bert merges and saves against the version he now sees: both texts stay in the history.
    update_variant(second, stored, by=second.get(User, bert.id), expected_version=stored.version,
                   body="De wachtlijst is 14 weken (was 10).")
    second.commit()
    texts = second.scalars(select(Revision.new_text).where(
        Revision.entity_type == "variant", Revision.entity_id == variant_id,
        Revision.field == "body").order_by(Revision.id)).all()
    assert texts == ["De wachtlijst is 12 weken.", "De wachtlijst is 14 weken.",
                     "De wachtlijst is 14 weken (was 10)."]


def test_two_staff_choosing_in_parallel_leave_exactly_one_chosen_variant(
        db, question_with_variants, make_user, two_sessions):
    from briefings.workflow import approve, choose, submit_for_review

    question, auteur = question_with_variants()
    reviewer, staf_a, staf_b = make_user("reviewer"), make_user("staf"), make_user("staf")
    for variant in question.variants:
        submit_for_review(db, variant, by=auteur)
        approve(db, variant, by=reviewer)
    db.commit()
    first_id, second_id = (v.id for v in question.variants)
    a, b = two_sessions
    seen_by_b = get_variant(b, second_id)
    assert [v.chosen for v in seen_by_b.question.variants] == [False, False]  # B's stale view

    choose(a, get_variant(a, first_id), by=a.get(User, staf_a.id))
    a.commit()
    choose(b, seen_by_b, by=b.get(User, staf_b.id))
    b.commit()
    db.expire_all()
    assert [v.chosen for v in db.get(type(seen_by_b), first_id).question.variants] == [
        False, True]
