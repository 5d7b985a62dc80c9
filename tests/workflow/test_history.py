import pytest

from briefings.authoring import add_section, update_section, update_variant
from briefings.errors import Conflict, PermissionDenied, ValidationError
from briefings.workflow import approve, list_revisions, restore_revision, submit_for_review


def test_restoring_an_earlier_text_adds_a_new_revision(db, question_with_variants):
    question, auteur = question_with_variants(bodies=("Eerste tekst.",))
    variant = question.variants[0]
    update_variant(db, variant, by=auteur, body="Tweede tekst.")
    first = list_revisions(db, "variant", variant.id)[0]
    restore_revision(db, first, by=auteur, expected_version=variant.version)
    db.commit()
    assert variant.body == "Eerste tekst."
    last = list_revisions(db, "variant", variant.id)[-1]
    assert (last.action, last.old_text, last.new_text) == ("restore", "Tweede tekst.",
                                                           "Eerste tekst.")
    assert last.user_id == auteur.id and "teruggezet" in last.reason


def test_restoring_an_approved_variant_sends_it_back_to_concept(
        db, question_with_variants, make_user):
    question, auteur = question_with_variants(bodies=("Eerste tekst.",))
    variant = question.variants[0]
    update_variant(db, variant, by=auteur, body="Tweede tekst.")
    submit_for_review(db, variant, by=auteur)
    approve(db, variant, by=make_user("reviewer"))
    restore_revision(db, list_revisions(db, "variant", variant.id)[0], by=auteur)
    assert variant.status == "concept"


def test_restoring_with_a_stale_version_is_a_conflict(db, question_with_variants):
    question, auteur = question_with_variants(bodies=("Eerste tekst.",))
    variant = question.variants[0]
    stale = variant.version
    update_variant(db, variant, by=auteur, body="Tweede tekst.")
    with pytest.raises(Conflict):
        restore_revision(db, list_revisions(db, "variant", variant.id)[0], by=auteur,
                         expected_version=stale)
    assert variant.body == "Tweede tekst."


def test_the_current_text_cannot_be_restored_and_a_reviewer_cannot_restore(
        db, question_with_variants, make_user):
    question, auteur = question_with_variants(bodies=("Eerste tekst.",))
    variant = question.variants[0]
    update_variant(db, variant, by=auteur, body="Tweede tekst.")
    first, second = list_revisions(db, "variant", variant.id)
    with pytest.raises(ValidationError, match="huidige tekst"):
        restore_revision(db, second, by=auteur)
    with pytest.raises(PermissionDenied):
        restore_revision(db, first, by=make_user("reviewer"))


def test_a_section_body_can_be_restored(db, make_annotation, make_user):
    by = make_user("auteur")
    annotation = make_annotation(by=by)
    section = add_section(db, annotation, by=by, kind="kernboodschap", heading="Algemeen",
                          body="- punt een")
    update_section(db, section, by=by, heading="Algemeen", body="- punt twee")
    restore_revision(db, list_revisions(db, "section", section.id)[0], by=by)
    assert section.body == "- punt een"
