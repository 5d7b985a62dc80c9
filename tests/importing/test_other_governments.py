"""Documents in other governments' layouts are saved as the corpus labels say they read:
every question with its source number, its asker and party, and its answer."""

import pytest

from briefings.importing import import_document
from briefings.models import Annotation
from tests.importing.corpus.facts import FOLDER
from tests.importing.corpus.labels import HELD_OUT, UNSEEN
from tests.importing.docbuilder import docx_from_corpus_text

OTHER_GOVERNMENTS = {**UNSEEN, **HELD_OUT}


@pytest.mark.parametrize("kind", ["txt", "docx"])
@pytest.mark.parametrize("name", sorted(OTHER_GOVERNMENTS))
def test_a_document_of_another_government_is_saved_as_it_reads(db, make_user, name, kind):
    text = (FOLDER / f"{name}.txt").read_text(encoding="utf-8")
    data = text.encode() if kind == "txt" else docx_from_corpus_text(text)
    outcome = import_document(db, f"{name}.{kind}", data, by=make_user("auteur"))
    db.commit()
    annotation = db.get(Annotation, outcome.annotation_id)
    labels = OTHER_GOVERNMENTS[name]
    if "title" in labels["header"]:
        assert annotation.title == labels["header"]["title"]
    expected = labels["questions"]
    assert [q.number for q in annotation.questions] == [fact["number"] for fact in expected]
    for question, fact in zip(annotation.questions, expected, strict=True):
        assert question.text.startswith(fact["text"])
        if fact["party"] is not None:
            assert question.asker.party == fact["party"]
        if fact["answer"] is not None:
            assert fact["answer"] in question.variants[0].body
