"""briefings.visibility: what the press office may see, per object and as SQL for lists."""

import pytest
from sqlalchemy import select

from briefings import authoring, visibility
from briefings.changes import change_status
from briefings.commitments import create_commitment
from briefings.errors import PermissionDenied
from briefings.models import AnswerVariant, Commitment, Question, ReviewComment, Section
from briefings.press import publish_line, reuse_line
from briefings.workflow.comments import add_comment
from briefings.workflow.review import approve, choose, reject, submit_for_review


@pytest.fixture
def people(make_user):
    return {role: make_user(role) for role in ("auteur", "reviewer", "staf", "pers", "beheer")}


def _annotation(db, people, *states):
    annotation = authoring.create_annotation(db, by=people["auteur"], title="Zwembad",
                                             portfolio_holder="wethouder Van Buren")
    section = authoring.add_section(db, annotation, by=people["auteur"], kind="kernboodschap",
                                    heading="Zwembad", body="- Het zwembad blijft open.")
    question = authoring.add_question(db, annotation, by=people["auteur"], text="Blijft het open?",
                                      note="Intern: gevoelig")
    variants = []
    for state in states:
        variant = authoring.add_variant(db, question, by=people["auteur"], body=f"Tekst {state}")
        if state != "concept":
            submit_for_review(db, variant, by=people["auteur"])
        if state in ("akkoord", "gekozen"):
            approve(db, variant, by=people["reviewer"])
        if state == "gekozen":
            choose(db, variant, by=people["staf"])
        if state == "afgewezen":
            reject(db, variant, by=people["reviewer"], reason="Klopt niet")
        variants.append(variant)
    db.flush()
    return annotation, section, question, variants


def test_pers_sees_approved_and_chosen_answers_only_and_staff_sees_all(db, people):
    _, _, question, variants = _annotation(db, people, "concept", "ter_review", "afgewezen",
                                           "akkoord", "gekozen")
    pers = people["pers"]
    assert [visibility.may_see(pers, v) for v in variants] == [False, False, False, True, True]
    assert visibility.may_see(pers, question)
    for role in ("auteur", "reviewer", "staf", "beheer"):
        assert all(visibility.may_see(people[role], v) for v in variants)


def test_a_question_without_a_released_answer_is_hidden_from_pers(db, people):
    _, _, question, _ = _annotation(db, people, "concept", "afgewezen")
    assert not visibility.may_see(people["pers"], question)
    assert visibility.may_see(people["auteur"], question)


def test_sections_and_commitments_open_to_pers_only_while_the_annotation_is_definitief(
        db, people):
    annotation, section, _, _ = _annotation(db, people, "gekozen")
    commitment = create_commitment(db, by=people["staf"], annotation=annotation,
                                   text="De raad krijgt voor de zomer een brief.")
    pers = people["pers"]
    assert not visibility.may_see(pers, section) and not visibility.may_see(pers, commitment)
    change_status(db, annotation, "definitief", by=people["staf"])
    assert visibility.may_see(pers, section) and visibility.may_see(pers, commitment)
    change_status(db, annotation, "in_review", by=people["staf"])
    assert not visibility.may_see(pers, section)


def test_comments_revisions_and_inactive_users_see_nothing(db, people):
    _, _, _, (variant,) = _annotation(db, people, "akkoord")
    comment = add_comment(db, variant, by=people["reviewer"], text="Let op de cijfers")
    assert not visibility.may_see(people["pers"], comment)
    assert visibility.may_see(people["reviewer"], comment)
    people["auteur"].active = False
    assert not visibility.may_see(people["auteur"], variant)
    assert not visibility.may_see(None, variant)


def test_in_a_press_qa_pers_reads_its_own_drafts_and_reused_lines_not_those_of_others(
        db, people):
    _, _, _, (released,) = _annotation(db, people, "gekozen")
    line = publish_line(db, released, by=people["staf"], topic="Zwembad")
    pers = people["pers"]
    reused = reuse_line(db, line, by=pers, today=line.published_at.date(), title="Parool",
                        portfolio_holder="wethouder", journalist="Jan", question_text="Open?")
    own = authoring.add_variant(db, reused.question, by=pers, body="Eigen concept")
    others = authoring.add_variant(db, reused.question, by=people["beheer"], body="Van beheer")
    assert [visibility.may_see(pers, v) for v in (reused, own, others)] == [True, True, False]
    assert visibility.may_see(pers, line)


def test_the_sql_rule_lists_the_same_rows_as_the_rule_per_object(db, people):
    _annotation(db, people, "concept", "akkoord")
    _annotation(db, people, "gekozen", "afgewezen")
    for model in (Section, Question, AnswerVariant, Commitment, ReviewComment):
        rows = db.scalars(select(model)).all()
        for user in people.values():
            listed = set(db.scalars(select(model.id).where(visibility.visible_clause(user, model))))
            assert listed == {r.id for r in rows if visibility.may_see(user, r)}, model


def test_internal_views_refuse_the_press_office_in_dutch(people):
    with pytest.raises(PermissionDenied, match="geen rechten om concepten"):
        visibility.require_internal(people["pers"])
    visibility.require_internal(people["staf"])
