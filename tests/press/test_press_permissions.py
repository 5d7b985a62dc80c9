import pytest

from briefings import authoring
from briefings.errors import PermissionDenied


def test_the_press_office_writes_press_qa_but_no_other_annotations(db, make_user,
                                                                   make_annotation):
    pers = make_user("pers")
    press_qa = authoring.create_annotation(db, by=pers, kind="persvragen", title="Vragen NRC",
                                           portfolio_holder="burgemeester")
    question = authoring.add_question(db, press_qa, by=pers, text="Klopt het?",
                                      asker={"name": "Els", "party": "NRC", "role": "journalist"})
    variant = authoring.add_variant(db, question, by=pers, body="Ja.")
    authoring.update_question(db, question, by=pers, text="Klopt het bericht?")
    authoring.update_variant(db, variant, by=pers, body="Ja, dat klopt.")
    assert variant.body == "Ja, dat klopt."
    with pytest.raises(PermissionDenied):
        authoring.create_annotation(db, by=pers, title="Annotatie", portfolio_holder="x")
    annotation = make_annotation(questions=[{"text": "Vraag?", "variants": [{"body": "A"}]}])
    with pytest.raises(PermissionDenied):
        authoring.add_question(db, annotation, by=pers, text="Nog een vraag?")
    with pytest.raises(PermissionDenied):
        authoring.update_variant(db, annotation.questions[0].variants[0], by=pers, body="B")
