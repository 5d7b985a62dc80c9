"""The press office never reaches a draft, a note or a comment: checked for every GET route.

The test walks `app.url_map`, so routes other areas add (search, export, API) are covered too.
Each route is requested as a pers user with the ids of real objects, with and without search
parameters; zip answers (.docx exports) are opened and their XML searched as well.
"""

import itertools
import re

import pytest

from briefings.commitments import suggest_for_annotation
from briefings.models import ReviewComment
from briefings.press import publish_line, reuse_line
from tests.web.test_visibility_property import texts_of

APPROVED = "OPENBAAR-AKKOORD-3f1 Er kwamen vijftien meldingen binnen."
SECRETS = {
    "concept": "GEHEIM-CONCEPT-8a2",
    "explanation": "GEHEIM-TOELICHTING-5c9",
    "ter_review": "GEHEIM-TERREVIEW-1d4",
    "afgewezen": "GEHEIM-AFGEWEZEN-7b6",
    "note": "GEHEIM-NOTITIE-2e8",
    "comment": "GEHEIM-OPMERKING-9f0",
    "press_draft": "GEHEIM-PERSCONCEPT-4a7",
    "press_note": "GEHEIM-PERSNOTITIE-6c3",
}
#: values tried for route arguments that are not integer ids (modes, formats, ...)
STRING_ARGUMENTS = ("draft", "final", "woo", "concept", "csv", "json", "docx", "1")
ARGUMENT = re.compile(r"<(?:(\w+)(?:\([^)]*\))?:)?(\w+)>")
QUERIES = ("", "?q=GEHEIM", "?q=meldingen&query=meldingen&approved_only=0&mode=draft",
           "?format=csv&q=binnen")


@pytest.fixture
def world(db, make_user, make_annotation):
    """An annotation with approved, draft, in-review and rejected answers, a note, a comment,
    a line published from the approved answer, and a press Q&A with a draft and a reused line."""
    auteur = make_user("auteur")
    annotation = make_annotation(by=auteur, questions=[{
        "text": "Hoeveel meldingen kwamen binnen?", "number": "11",
        "note": f"{SECRETS['note']} niet noemen",
        "asker": {"name": "Mangal", "party": "Denk"},
        "variants": [
            {"body": APPROVED},
            {"label": "alternatief_antwoord",
             "body": f"{SECRETS['concept']}: Na de zomer wordt u geïnformeerd over meldingen.",
             "explanation": SECRETS["explanation"]},
            {"label": "alternatief_antwoord", "body": f"{SECRETS['ter_review']} meldingen"},
            {"label": "alternatief_antwoord", "body": f"{SECRETS['afgewezen']} meldingen"},
        ]}])
    approved, draft, in_review, rejected = annotation.questions[0].variants
    approved.status, in_review.status, rejected.status = "akkoord", "ter_review", "afgewezen"
    db.add(ReviewComment(variant=draft, author_id=auteur.id, text=SECRETS["comment"]))
    suggest_for_annotation(db, annotation)
    line = publish_line(db, approved, by=make_user("staf"), topic="Meldingen")
    reused = reuse_line(db, line, by=make_user("pers"), today=line.published_at.date(),
                        title="Vragen Parool", portfolio_holder="wethouder Van Buren",
                        journalist="Jan de Vries", medium="Het Parool",
                        question_text="Hoeveel meldingen?")
    press_qa = make_annotation(by=make_user("beheer"), kind="persvragen", meeting=None,
                               title="Persvragen NRC", questions=[{
                                   "text": "Klopt het?", "note": SECRETS["press_note"],
                                   "asker": {"name": "Els", "party": "NRC", "role": "journalist"},
                                   "variants": [{"body": SECRETS["press_draft"]}]}])
    db.commit()
    return {"annotation": annotation, "press_qa": press_qa, "line": line, "reused": reused}


def _ids(db, world) -> dict[str, list[int]]:
    from sqlalchemy import select

    from briefings.models import (
        AnswerVariant,
        Commitment,
        CommitmentSuggestion,
        PressLine,
        Question,
        ReviewComment,
        Revision,
        Section,
    )

    def all_ids(model):
        return list(db.scalars(select(model.id)))

    ids = {
        "annotation_id": [world["annotation"].id, world["press_qa"].id,
                          world["reused"].question.annotation_id],
        "question_id": all_ids(Question), "variant_id": all_ids(AnswerVariant),
        "comment_id": all_ids(ReviewComment), "line_id": all_ids(PressLine),
        "commitment_id": all_ids(Commitment), "suggestion_id": all_ids(CommitmentSuggestion),
        "section_id": all_ids(Section), "revision_id": all_ids(Revision),
    }
    ids["id"] = sorted({i for values in ids.values() for i in values})
    return ids


def _urls(app, ids):
    for rule in app.url_map.iter_rules():
        if "GET" not in rule.methods or rule.endpoint == "static":
            continue
        converters = {name: conv for conv, name in ARGUMENT.findall(rule.rule)}
        choices = []
        for name in sorted(rule.arguments):
            if converters.get(name) == "int":
                choices.append([(name, i) for i in ids.get(name, ids["id"])])
            else:
                choices.append([(name, s) for s in STRING_ARGUMENTS])
        for combination in itertools.product(*choices):
            path = rule.build(dict(combination), append_unknown=False)[1]
            for query in QUERIES:
                yield path + query


def test_the_press_office_never_sees_drafts_notes_or_comments_on_any_get_route(
        app, client, db, login_as, world):
    login_as("pers")
    seen_approved, checked = False, 0
    for url in _urls(app, _ids(db, world)):
        response = client.get(url, follow_redirects=True)
        assert response.status_code < 500, url
        for text in texts_of(response):
            leaked = [name for name, secret in SECRETS.items() if secret in text]
            assert leaked == [], f"{url} shows {leaked} to the press office"
            seen_approved = seen_approved or "OPENBAAR-AKKOORD-3f1" in text
        checked += 1
    assert checked > 20
    assert seen_approved, "no route showed the approved answer: the walk proves nothing"
