import pytest
from sqlalchemy import select

from briefings.authoring import add_section, update_variant
from briefings.errors import PermissionDenied, ValidationError
from briefings.models import Revision
from briefings.placeholders import find_placeholders
from briefings.workflow import (
    add_comment,
    approve,
    choose,
    readiness,
    reject,
    resolve_comment,
    set_annotation_status,
    submit_for_review,
)


@pytest.mark.parametrize("text, expected", [
    ("De acties zijn ....[Aanvullen]", ["....[Aanvullen]"]),
    ("Het gaat om [Aanvullen: hoeveel woningen?] woningen.", ["[Aanvullen: hoeveel woningen?]"]),
    ("Zie [link naar de raadsbrief].", ["[link naar de raadsbrief]"]),
    ("Aanvullen antwoord X [wat is de planning?]", ["Aanvullen antwoord X [wat is de planning?]"]),
    ("Wacht…", []),
    ("Drie puntjes... zijn geen open punt.", []),
])
def test_placeholders_are_found_in_text(text, expected):
    assert find_placeholders(text) == expected


def test_readiness_lists_everything_that_is_open_and_blocks_definitief(
        db, question_with_variants, make_user):
    question, auteur = question_with_variants(bodies=("Ja, [Aanvullen: datum].", "Nee."))
    annotation = question.annotation
    add_section(db, annotation, by=auteur, kind="kernboodschap", heading="Algemeen",
                body="- De acties zijn ....")
    staf, reviewer = make_user("staf"), make_user("reviewer")
    first, second = question.variants
    submit_for_review(db, second, by=auteur)
    comment = add_comment(db, first, by=reviewer, text="Welke datum?")
    result = readiness(db, annotation)
    assert result.questions_without_choice == [question]
    assert result.variants_waiting == [second]
    assert result.blockers == ["1 vraag zonder gekozen antwoord", "1 antwoord wacht op review",
                               "1 onafgehandelde opmerking",
                               "1 open punt (zoals [Aanvullen])"]
    with pytest.raises(ValidationError, match="kan nog niet definitief worden: 1 vraag zonder"):
        set_annotation_status(db, annotation, "definitief", by=staf)

    approve(db, second, by=reviewer)
    choose(db, second, by=staf)
    resolve_comment(db, comment, by=auteur)
    annotation.sections[0].body = "- De acties zijn gestart."
    assert readiness(db, annotation).ready
    set_annotation_status(db, annotation, "definitief", by=staf, reason="Klaar voor de raad")
    db.commit()
    revision = db.scalars(select(Revision).where(Revision.entity_type == "annotation",
                                                 Revision.action == "status")).one()
    assert (revision.old_text, revision.new_text, revision.user_id, revision.reason) == (
        "concept", "definitief", staf.id, "Klaar voor de raad")


def test_a_placeholder_in_the_chosen_variant_blocks_definitief(
        db, question_with_variants, make_user):
    question, auteur = question_with_variants(bodies=("Zie [link naar de brief].",))
    variant = question.variants[0]
    submit_for_review(db, variant, by=auteur)
    approve(db, variant, by=make_user("reviewer"))
    choose(db, variant, by=make_user("staf"))
    placeholders = readiness(db, question.annotation).placeholders
    assert [(p.where, p.text) for p in placeholders] == [
        ("Vraag 1, antwoord", "[link naar de brief]")]


def test_only_staf_and_beheer_change_the_annotation_status(db, question_with_variants,
                                                           make_user):
    question, auteur = question_with_variants()
    with pytest.raises(PermissionDenied, match="status van een annotatie"):
        set_annotation_status(db, question.annotation, "in_review", by=auteur)
    set_annotation_status(db, question.annotation, "in_review", by=make_user("beheer"))
    assert question.annotation.status == "in_review"


def test_editing_the_chosen_answer_of_a_final_annotation_takes_it_out_of_definitief(
        db, question_with_variants, make_user):
    question, auteur = question_with_variants(bodies=("Ja, dat klopt.",))
    variant, annotation = question.variants[0], question.annotation
    submit_for_review(db, variant, by=auteur)
    approve(db, variant, by=make_user("reviewer"))
    choose(db, variant, by=make_user("staf"))
    set_annotation_status(db, annotation, "definitief", by=make_user("staf"))
    update_variant(db, variant, by=auteur, body="Ja, maar de wachtlijst groeit.")
    assert (variant.status, variant.chosen, annotation.status) == ("concept", False, "in_review")
    last = db.scalars(select(Revision).filter_by(entity_type="annotation", field="status")
                      .order_by(Revision.id.desc())).first()
    assert (last.old_text, last.new_text, last.user_id) == ("definitief", "in_review", auteur.id)


def test_comments_on_rejected_or_unchosen_variants_do_not_block_definitief(
        db, question_with_variants, make_user):
    question, auteur = question_with_variants(
        bodies=("Ja, dat klopt.", "Nee, dat klopt niet.", "Dat weten we nog niet."))
    reviewer, staf = make_user("reviewer"), make_user("staf")
    used, unchosen, rejected = question.variants
    for variant in question.variants:
        submit_for_review(db, variant, by=auteur)
    approve(db, used, by=reviewer)
    approve(db, unchosen, by=reviewer)
    reject(db, rejected, by=reviewer, reason="Te vaag voor de raad.")
    add_comment(db, unchosen, by=reviewer, text="Klopt dit cijfer?")
    # Nothing chosen yet: the approved variant's remark blocks, the rejection does not.
    assert readiness(db, question.annotation).unresolved_comments == 1

    choose(db, used, by=staf)
    result = readiness(db, question.annotation)
    assert result.open_comments == []
    assert result.ready
    set_annotation_status(db, question.annotation, "definitief", by=staf)
    # The remarks stay in the history of those variants.
    assert [c.text for c in rejected.comments] == ["Afgewezen: Te vaag voor de raad."]

    add_comment(db, used, by=reviewer, text="Nog één komma.")
    assert readiness(db, question.annotation).blockers == ["1 onafgehandelde opmerking"]
