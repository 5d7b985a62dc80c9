import pytest


@pytest.fixture
def question_with_variants(make_annotation, make_user):
    """An annotation (by an auteur) with one question that has Antwoord and Alternatief antwoord."""
    def _create(bodies=("Ja, dat klopt.", "Nee, dat klopt niet."), **header):
        auteur = make_user("auteur")
        labels = ("antwoord", "alternatief_antwoord", "alternatief_antwoord")
        annotation = make_annotation(by=auteur, questions=[{
            "text": "Klopt het dat de wachtlijst langer wordt?",
            "asker": {"name": "Mangal", "party": "Denk"},
            "variants": [{"label": label, "body": body}
                         for label, body in zip(labels, bodies, strict=False)],
        }], **header)
        return annotation.questions[0], auteur

    return _create
