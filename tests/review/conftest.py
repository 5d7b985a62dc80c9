import pytest

from briefings import workflow


@pytest.fixture
def variant_in(make_annotation, make_user, db):
    """Return a variant brought to `state` (concept, ter_review, akkoord, gekozen) by beheer."""
    def _variant_in(state="concept", body="Ja, dat klopt."):
        beheer = make_user("beheer")
        annotation = make_annotation(by=beheer, questions=[{
            "text": "Klopt het dat de wachtlijst langer wordt?",
            "asker": {"name": "Mangal", "party": "Denk"},
            "variants": [{"label": "antwoord", "body": body},
                         {"label": "alternatief_antwoord", "body": "Nee, dat klopt niet."}],
        }])
        variant = annotation.questions[0].variants[0]
        steps = ["ter_review", "akkoord", "gekozen"]
        for step in steps[:steps.index(state) + 1] if state in steps else []:
            {"ter_review": workflow.submit_for_review, "akkoord": workflow.approve,
             "gekozen": workflow.choose}[step](db, variant, by=beheer)
        db.commit()
        return variant

    return _variant_in
