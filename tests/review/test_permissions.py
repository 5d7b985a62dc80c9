"""Every role × every workflow action through the web layer: allowed acts, forbidden is a 403."""

import pytest

from briefings import workflow
from briefings.authoring import update_variant
from briefings.models import AnswerVariant, ReviewComment
from briefings.permissions import MATRIX

ROLES = ["auteur", "reviewer", "staf", "pers", "beheer"]


def _submit(db, variant_in, make_user):
    variant = variant_in("concept")
    return (f"/antwoorden/{variant.id}/ter-review", {},
            lambda: db.get(AnswerVariant, variant.id).status == "ter_review")


def _approve(db, variant_in, make_user):
    variant = variant_in("ter_review")
    return (f"/antwoorden/{variant.id}/akkoord", {},
            lambda: db.get(AnswerVariant, variant.id).status == "akkoord")


def _reject(db, variant_in, make_user):
    variant = variant_in("ter_review")
    return (f"/antwoorden/{variant.id}/afwijzen", {"reason": "Te stellig."},
            lambda: db.get(AnswerVariant, variant.id).status == "afgewezen")


def _choose(db, variant_in, make_user):
    variant = variant_in("akkoord")
    return (f"/antwoorden/{variant.id}/kiezen", {"reason": "Beste toon"},
            lambda: db.get(AnswerVariant, variant.id).chosen)


def _unchoose(db, variant_in, make_user):
    variant = variant_in("gekozen")
    return (f"/antwoorden/{variant.id}/keuze-intrekken", {},
            lambda: not db.get(AnswerVariant, variant.id).chosen)


def _comment(db, variant_in, make_user):
    variant = variant_in("ter_review")
    return (f"/antwoorden/{variant.id}/opmerkingen", {"text": "Bron?"},
            lambda: len(db.get(AnswerVariant, variant.id).comments) == 1)


def _resolve(db, variant_in, make_user):
    variant = variant_in("ter_review")
    comment = workflow.add_comment(db, variant, by=make_user("reviewer"), text="Bron?")
    db.commit()
    return (f"/opmerkingen/{comment.id}/afhandelen", {},
            lambda: db.get(ReviewComment, comment.id).resolved)


def _set_status(db, variant_in, make_user):
    annotation = variant_in().question.annotation
    return (f"/annotaties/{annotation.id}/status", {"status": "in_review"},
            lambda: db.get(type(annotation), annotation.id).status == "in_review")


def _assign_owner(db, variant_in, make_user):
    question, owner = variant_in().question, make_user("auteur")
    return (f"/vragen/{question.id}/eigenaar", {"owner_id": str(owner.id)},
            lambda: db.get(type(question), question.id).owner_id == owner.id)


def _restore(db, variant_in, make_user):
    variant = variant_in(body="Eerste tekst.")
    update_variant(db, variant, by=make_user("beheer"), body="Tweede tekst.")
    db.commit()
    first = workflow.list_revisions(db, "variant", variant.id)[0]
    return (f"/versies/{first.id}/terugzetten", {"version": variant.version},
            lambda: db.get(AnswerVariant, variant.id).body == "Eerste tekst.")


#: web action -> (MATRIX action that governs it, setup returning url, form data, effect check)
ACTIONS = {
    "submit": ("variant.submit", _submit),
    "approve": ("variant.review", _approve),
    "reject": ("variant.review", _reject),
    "choose": ("variant.choose", _choose),
    "unchoose": ("variant.choose", _unchoose),
    "comment": ("comment.add", _comment),
    "resolve": ("comment.resolve", _resolve),
    "set_status": ("annotation.set_status", _set_status),
    "assign_owner": ("question.assign", _assign_owner),
    "restore": ("variant.write", _restore),
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", ACTIONS)
def test_each_role_may_do_exactly_the_workflow_actions_of_the_matrix(
        client, db, login_as, make_user, variant_in, action, role):
    matrix_action, setup = ACTIONS[action]
    url, data, done = setup(db, variant_in, make_user)
    login_as(role)
    response = client.post(url, data=data)
    db.expire_all()
    if role in MATRIX[matrix_action]:
        assert response.status_code == 302, response.get_data(as_text=True)
        assert done()
    else:
        assert response.status_code == 403
        assert "U heeft geen rechten om" in response.get_data(as_text=True)
        assert not done()


PAGES = {
    "compare": lambda v: f"/vragen/{v.question_id}/vergelijken",
    "variant_history": lambda v: f"/antwoorden/{v.id}/geschiedenis",
    "readiness": lambda v: f"/annotaties/{v.question.annotation_id}/gereedheid",
    "my_work": lambda v: "/mijn-werk",
}


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("page", PAGES)
def test_workflow_pages_show_drafts_to_everyone_but_the_press_office(
        client, login_as, variant_in, page, role):
    url = PAGES[page](variant_in("ter_review"))
    login_as(role)
    response = client.get(url)
    assert response.status_code == (403 if role == "pers" else 200)
