"""Suggestions come from the text that will be said, and follow the choice of variant."""

from briefings.commitments import dismiss_suggestion, open_suggestions, suggest_for_annotation
from briefings.workflow.review import approve, choose, reject, submit_for_review

PROMISE_A = "Na de zomer ontvangt de raad een evaluatie van de proef."
PROMISE_B = "Wij sturen u voor 1 oktober een voorstel voor de tarieven."
SHARED = "Ik kom in de commissie terug op de kosten."


def _two_variants(make_annotation):
    annotation = make_annotation(questions=[{
        "text": "Wanneer hoort de raad meer?", "asker": {"name": "Mangal", "party": "Denk"},
        "variants": [{"body": f"{PROMISE_A} {SHARED}"},
                     {"label": "alternatief_antwoord", "body": f"{PROMISE_B} {SHARED}",
                      "explanation": "Wij informeren de raad in maart over de cijfers."}]}])
    return annotation, annotation.questions[0].variants


def _offered(db, annotation):
    return sorted(s.sentence for s in open_suggestions(db, annotation.id))


def _approve(db, variant, make_user):
    submit_for_review(db, variant, by=make_user("auteur"))
    approve(db, variant, by=make_user("reviewer"))


def test_alternatives_are_not_offered_until_it_is_known_which_one_will_be_said(
        db, make_annotation, make_user):
    annotation, (first, second) = _two_variants(make_annotation)
    assert _offered(db, annotation) == []
    _approve(db, second, make_user)
    assert _offered(db, annotation) == sorted([PROMISE_B, SHARED])


def test_suggestions_follow_when_the_choice_changes(db, make_annotation, make_user):
    annotation, (first, second) = _two_variants(make_annotation)
    staf = make_user("staf")
    _approve(db, first, make_user)
    _approve(db, second, make_user)
    assert _offered(db, annotation) == []  # two approved variants and no choice yet
    choose(db, first, by=staf)
    assert _offered(db, annotation) == sorted([PROMISE_A, SHARED])
    choose(db, second, by=staf)
    assert _offered(db, annotation) == sorted([PROMISE_B, SHARED])


def test_a_dismissed_promise_stays_dismissed_when_another_variant_says_it_too(
        db, make_annotation, make_user):
    annotation, (first, second) = _two_variants(make_annotation)
    staf = make_user("staf")
    _approve(db, first, make_user)
    _approve(db, second, make_user)
    choose(db, first, by=staf)
    [shared] = [s for s in open_suggestions(db, annotation.id) if s.sentence == SHARED]
    dismiss_suggestion(db, shared, by=staf)
    choose(db, second, by=staf)
    suggest_for_annotation(db, annotation)
    assert _offered(db, annotation) == [PROMISE_B]


def test_a_rejected_variant_leaves_its_sibling_as_the_text_that_will_be_said(
        db, make_annotation, make_user):
    annotation, (first, second) = _two_variants(make_annotation)
    submit_for_review(db, first, by=make_user("auteur"))
    reject(db, first, by=make_user("reviewer"), reason="Te stellig")
    assert _offered(db, annotation) == sorted([PROMISE_B, SHARED])


def test_sections_are_offered_but_a_toelichting_is_background(db, make_annotation):
    annotation = make_annotation(
        sections=[{"kind": "kernboodschap", "heading": "Vervolg",
                   "body": "- Voor de begroting volgt een voorstel.\n- Het gaat goed."}],
        questions=[{"text": "Hoe staat het ervoor?", "variants": [{
            "body": "Het gaat goed.",
            "explanation": "Wij informeren de raad in maart over de cijfers."}]}])
    assert _offered(db, annotation) == ["Voor de begroting volgt een voorstel."]


def test_an_imported_answer_offers_its_promise_and_not_its_past_facts(db, make_annotation):
    answer = (
        "- In januari is de opdracht gegeven aan een extern bureau.\n"
        "- Alle leidinggevenden zijn inmiddels geïnformeerd over het meldpunt.\n"
        "- In 2023 waren er 15 meldingen.\n"
        "- Voor de zomer kunt u nog een werk- en monitoringsplan van ons verwachten.")
    annotation = make_annotation(questions=[{"text": "Wat is de stand?",
                                             "variants": [{"body": answer}]}])
    assert _offered(db, annotation) == [
        "Voor de zomer kunt u nog een werk- en monitoringsplan van ons verwachten."]
