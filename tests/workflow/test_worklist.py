from briefings.authoring import update_header
from briefings.workflow import approve, assign_owner, my_work, reject, submit_for_review


def test_mijn_werk_shows_what_each_role_must_write_review_or_choose(
        db, question_with_variants, make_user):
    question, auteur = question_with_variants()
    reviewer, staf = make_user("reviewer"), make_user("staf")
    first, second = question.variants
    submit_for_review(db, first, by=auteur)
    submit_for_review(db, second, by=auteur)
    approve(db, second, by=reviewer)
    update_header(db, question.annotation, by=auteur, internal_deadline="2024-02-20")
    assign_owner(db, question, auteur, by=staf)
    db.commit()

    assert my_work(db, auteur).to_write == []
    assert my_work(db, auteur).owned_questions == [question]
    assert my_work(db, reviewer).to_review == [first]
    assert my_work(db, staf).to_choose == [question]
    assert my_work(db, staf).deadlines == [question.annotation]
    assert my_work(db, reviewer).to_choose == []


def test_rejected_variants_come_back_on_the_authors_list(db, question_with_variants, make_user):
    question, auteur = question_with_variants(bodies=("Ja.",))
    variant = question.variants[0]
    assert my_work(db, auteur).to_write == [variant]
    submit_for_review(db, variant, by=auteur)
    assert my_work(db, auteur).to_write == []
    reject(db, variant, by=make_user("reviewer"), reason="Te kort.")
    assert my_work(db, auteur).to_write == [variant]
