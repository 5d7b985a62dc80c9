import pytest

from briefings.errors import PermissionDenied
from briefings.workflow import add_comment, resolve_comment, threads, unresolved_count


def test_comments_can_be_replied_to_and_resolved_per_thread(
        db, question_with_variants, make_user):
    question, auteur = question_with_variants()
    reviewer = make_user("reviewer")
    variant = question.variants[0]
    remark = add_comment(db, variant, by=reviewer, text="Kunnen we deze zin concreter maken?")
    reply = add_comment(db, variant, by=auteur, text="Aangepast.", parent=remark)
    nested = add_comment(db, variant, by=reviewer, text="Dank.", parent=reply)
    assert nested.parent_id == remark.id  # replies stay one level deep
    assert threads(variant) == [(remark, [reply, nested])]
    assert unresolved_count(db, question.annotation) == 1
    resolve_comment(db, reply, by=auteur)
    assert remark.resolved and remark.resolved_by_id == auteur.id
    assert unresolved_count(db, question.annotation) == 0


def test_unresolved_comments_are_counted_per_annotation(
        db, question_with_variants, make_user):
    question, _ = question_with_variants()
    other, _ = question_with_variants()
    reviewer = make_user("reviewer")
    for variant in question.variants:
        add_comment(db, variant, by=reviewer, text="Bron?")
    add_comment(db, other.variants[0], by=reviewer, text="Elders")
    assert unresolved_count(db, question.annotation) == 2


def test_the_press_office_cannot_comment(db, question_with_variants, make_user):
    question, _ = question_with_variants()
    with pytest.raises(PermissionDenied, match="opmerkingen te plaatsen"):
        add_comment(db, question.variants[0], by=make_user("pers"), text="Mag dit?")
