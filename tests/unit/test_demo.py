"""The demo data holds the whole sample annotation and can be loaded twice."""

from sqlalchemy import func, select

from briefings.authoring import get_annotation
from briefings.demo import PASSWORD, load_demo_data
from briefings.models import Annotation, AnswerVariant, IndexChange, Question, Revision, User
from briefings.users import authenticate


def _sample(db):
    annotation_id = db.scalar(select(Annotation.id).where(
        Annotation.registration_number == "VN2024-000821"))
    return get_annotation(db, annotation_id, full=True)


def test_the_sample_annotation_is_complete(db):
    load_demo_data(db)
    db.commit()
    annotation = _sample(db)
    assert annotation.portfolio_holder == "wethouder van Buren"
    assert annotation.title.startswith("Kennisnemen van de discussie over de brandbrief")
    assert (annotation.meeting.body, annotation.meeting.name) == ("raad", "Raad")
    assert [d.date.isoformat() for d in annotation.meeting.dates] == ["2024-02-28"]
    assert annotation.agenda_item == "29"
    assert annotation.requested_decision == "Ter bespreking en voor kennisgeving aannemen"
    assert annotation.handling_officials == ["5.1.2e", "5.1.2e"]
    assert "persoonlijke casuïstiek" in annotation.overview

    themes = [s for s in annotation.sections if s.kind == "kernboodschap"]
    assert len(themes) == 11
    assert [themes[0].heading, themes[9].heading, themes[10].heading] == [
        "Algemeen", "Toekomst", "Cijfers/ meldingen"]
    assert "\n  - Er is met vertegenwoordigers van de medezeggenschap" in themes[2].body

    questions = annotation.questions
    assert [q.number for q in questions] == [str(n) for n in range(1, 26)]
    assert {q.block for q in questions} == {"Vragen commissie 18 januari"}
    per_asker = {}
    for question in questions:
        key = (question.asker.name, question.asker.party)
        per_asker[key] = per_asker.get(key, 0) + 1
    assert per_asker == {("Mangal", "Denk"): 17, ("van Pijpen", "GroenLinks"): 1,
                         ("Perdok", "Lijst AV"): 4, ("van Berkel", "Ja21"): 1,
                         ("Oliveira", "Lijst Kabamba"): 2}
    assert all(len(q.variants) == 1 and q.variants[0].label == "antwoord" for q in questions)
    assert questions[12].variants[0].body.count("\n    - ") == 4
    assert questions[24].text.startswith("Met wie worden er gesprekken gevoerd")


def test_demo_users_log_in_with_the_documented_password(db):
    report = load_demo_data(db)
    db.commit()
    for role in ("auteur", "reviewer", "staf", "pers", "beheer"):
        user = authenticate(db, f"{role}@demo.gemeente.nl", PASSWORD)
        assert user is not None and user.role == role
    assert "Wachtwoord van alle demo-gebruikers: demo-wachtwoord" in report


def test_the_second_annotation_has_variants_in_several_review_states(db):
    load_demo_data(db)
    db.commit()
    variants = db.scalars(select(AnswerVariant).join(Question).join(Annotation).where(
        Annotation.registration_number == "DEMO2026-000042")).all()
    assert {v.status for v in variants} == {"concept", "ter_review", "akkoord", "afgewezen"}
    assert [v.status for v in variants if v.chosen] == ["akkoord"]


def test_loading_goes_through_the_services_and_twice_adds_nothing(db):
    load_demo_data(db)
    db.commit()
    counts = [db.scalar(select(func.count()).select_from(model))
              for model in (User, Annotation, Question, AnswerVariant, Revision, IndexChange)]
    assert counts[4] > 0 and counts[5] > 0
    report = load_demo_data(db)
    db.commit()
    assert [db.scalar(select(func.count()).select_from(model))
            for model in (User, Annotation, Question, AnswerVariant, Revision,
                          IndexChange)] == counts
    assert "Annotatie VN2024-000821 bestaat al" in "\n".join(report)


def test_the_demo_data_command_prints_the_logins(runner):
    result = runner.invoke(args=["demo-data"])
    assert result.exit_code == 0, result.output
    assert "auteur@demo.gemeente.nl" in result.output
    assert "demo-wachtwoord" in result.output
