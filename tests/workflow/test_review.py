import pytest
from sqlalchemy import select

from briefings.authoring import update_variant
from briefings.errors import Conflict, PermissionDenied, ValidationError
from briefings.models import IndexChange, Revision
from briefings.workflow import approve, choose, reject, submit_for_review, unchoose


def _revisions(db, variant, field):
    return db.scalars(select(Revision).where(
        Revision.entity_type == "variant", Revision.entity_id == variant.id,
        Revision.field == field).order_by(Revision.id)).all()


def _approved(db, variant, auteur, reviewer):
    submit_for_review(db, variant, by=auteur)
    approve(db, variant, by=reviewer)
    return variant


def test_a_variant_goes_from_concept_through_review_to_akkoord_with_history(
        db, question_with_variants, make_user):
    question, auteur = question_with_variants()
    reviewer = make_user("reviewer")
    variant = question.variants[0]
    submit_for_review(db, variant, by=auteur)
    assert variant.status == "ter_review"
    approve(db, variant, by=reviewer, reason="Helder.")
    db.commit()
    changes = [(r.old_text, r.new_text, r.user_id, r.action, r.reason)
               for r in _revisions(db, variant, "status")]
    assert changes == [("concept", "ter_review", auteur.id, "status", None),
                       ("ter_review", "akkoord", reviewer.id, "status", "Helder.")]
    assert all(r.created_at is not None for r in _revisions(db, variant, "status"))
    outbox = db.scalars(select(IndexChange).where(IndexChange.entity_type == "variant",
                                                  IndexChange.entity_id == variant.id)).all()
    assert len(outbox) >= 3  # created, submitted, approved


def test_rejecting_requires_a_reason_which_becomes_an_open_comment(
        db, question_with_variants, make_user):
    question, auteur = question_with_variants()
    reviewer = make_user("reviewer")
    variant = question.variants[0]
    submit_for_review(db, variant, by=auteur)
    with pytest.raises(ValidationError, match="Reden van afwijzing is verplicht"):
        reject(db, variant, by=reviewer, reason="  ")
    reject(db, variant, by=reviewer, reason="Kunnen we deze zin concreter maken?")
    assert variant.status == "afgewezen"
    assert variant.comments[0].text == "Afgewezen: Kunnen we deze zin concreter maken?"
    assert _revisions(db, variant, "status")[-1].reason == "Kunnen we deze zin concreter maken?"
    submit_for_review(db, variant, by=auteur)  # a rejected variant can be offered again
    assert variant.status == "ter_review"


def test_only_variants_up_for_review_can_be_approved(db, question_with_variants, make_user):
    question, _ = question_with_variants()
    with pytest.raises(ValidationError, match="de status is Concept"):
        approve(db, question.variants[0], by=make_user("reviewer"))


def test_an_empty_variant_cannot_be_offered_for_review(db, question_with_variants):
    question, auteur = question_with_variants(bodies=("",))
    with pytest.raises(ValidationError, match="leeg antwoord"):
        submit_for_review(db, question.variants[0], by=auteur)


@pytest.mark.parametrize("role", ["reviewer", "staf", "pers"])
def test_roles_other_than_auteur_and_beheer_cannot_submit(db, question_with_variants, make_user,
                                                          role):
    question, _ = question_with_variants()
    with pytest.raises(PermissionDenied, match="ter review aan te bieden"):
        submit_for_review(db, question.variants[0], by=make_user(role))


def test_choosing_another_variant_unpicks_the_first_and_records_who_when_why(
        db, question_with_variants, make_user):
    question, auteur = question_with_variants()
    reviewer, staf = make_user("reviewer"), make_user("staf")
    first, second = (_approved(db, v, auteur, reviewer) for v in question.variants)
    choose(db, first, by=staf)
    choose(db, second, by=staf, reason="Minder stellig")
    db.commit()
    assert (first.chosen, second.chosen) == (False, True)
    assert (second.chosen_by_id, second.choice_reason) == (staf.id, "Minder stellig")
    assert second.chosen_at is not None and first.chosen_at is None
    assert question.chosen_variant is second
    assert [(r.new_text, r.reason) for r in _revisions(db, first, "chosen")] == [
        ("ja", None), ("nee", "ander antwoord gekozen")]
    assert [(r.action, r.user_id) for r in _revisions(db, second, "chosen")] == [
        ("choose", staf.id)]


def test_only_an_approved_variant_can_be_chosen(db, question_with_variants, make_user):
    question, auteur = question_with_variants()
    submit_for_review(db, question.variants[0], by=auteur)
    with pytest.raises(ValidationError, match="Alleen een antwoord met status Akkoord"):
        choose(db, question.variants[0], by=make_user("staf"))


def test_unchoosing_leaves_the_question_without_a_choice(db, question_with_variants, make_user):
    question, auteur = question_with_variants()
    staf = make_user("staf")
    variant = _approved(db, question.variants[0], auteur, make_user("reviewer"))
    choose(db, variant, by=staf)
    unchoose(db, variant, by=staf, reason="Toch niet")
    assert question.chosen_variant is None
    assert _revisions(db, variant, "chosen")[-1].reason == "Toch niet"
    with pytest.raises(ValidationError, match="niet gekozen"):
        unchoose(db, variant, by=staf)


def test_editing_a_chosen_variant_returns_it_to_concept_and_unpicks_it(
        db, question_with_variants, make_user):
    question, auteur = question_with_variants()
    variant = _approved(db, question.variants[0], auteur, make_user("reviewer"))
    choose(db, variant, by=make_user("staf"))
    update_variant(db, variant, by=auteur, body="Ja, dat klopt, maar het gaat om weken.")
    assert (variant.status, variant.chosen) == ("concept", False)
    assert _revisions(db, variant, "status")[-1].reason == "tekst gewijzigd"


def test_a_reviewer_cannot_approve_text_that_changed_after_they_read_it(
        db, question_with_variants, make_user):
    question, auteur = question_with_variants()
    variant = question.variants[0]
    submit_for_review(db, variant, by=auteur)
    seen = variant.version
    update_variant(db, variant, by=auteur, body="Nieuwe tekst.", expected_version=seen)
    submit_for_review(db, variant, by=auteur)
    with pytest.raises(Conflict):
        approve(db, variant, by=make_user("reviewer"), expected_version=seen)


def test_the_press_office_submits_variants_of_press_qa_for_review(
        db, question_with_variants, make_user):
    question, _ = question_with_variants(kind="persvragen")
    submit_for_review(db, question.variants[0], by=make_user("pers"))
    assert question.variants[0].status == "ter_review"
