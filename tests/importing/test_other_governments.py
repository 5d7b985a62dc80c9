"""Documents in other governments' layouts are saved as the corpus labels say they read:
every question with its source number, its asker and party, and its answer."""

import pytest

from briefings.importing import import_document, parse_document
from briefings.models import Annotation
from tests.importing.corpus.facts import FOLDER
from tests.importing.corpus.labels import FRESH, HELD_OUT, ROUND4, UNSEEN
from tests.importing.docbuilder import docx_from_corpus_text

OTHER_GOVERNMENTS = {**UNSEEN, **HELD_OUT, **FRESH, **ROUND4}


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


def test_a_sentence_about_askers_in_the_kernboodschap_stays_in_it():
    text = ("Annotatie voor wethouder Smit\n\nKernboodschap\n\nHet raadslid Jansen (VVD) heeft "
            "schriftelijke vragen gesteld over de parkeertarieven.\n\nVragen\n\nLid De Boer (SP)"
            "\n\n1. Klopt het dat de tarieven stijgen?\n\nJa, met 5 procent.\n")
    document = parse_document("annotatie.txt", text.encode())
    assert "Jansen (VVD) heeft schriftelijke vragen" in document["sections"][0]["markdown"]
    assert document["questions"][0]["asker"]["name"] == "De Boer"


def test_what_a_fractie_asks_is_a_question_in_a_nota_but_a_message_in_a_kernboodschap():
    nota = ("Algemeen deel\n\nDe leden van de VVD-fractie vragen waarom de zetels vervallen."
            "\n\nOmdat alle leden hun mandaat aan de kiezer ontlenen.\n")
    question = parse_document("nota.txt", nota.encode())["questions"][0]
    assert (question["asker"]["party"], question["variants"][0]["markdown"]) == (
        "VVD", "Omdat alle leden hun mandaat aan de kiezer ontlenen.")
    annotation = ("Annotatie voor wethouder Smit\n\nKernboodschap\n\nDe leden van de VVD-fractie "
                  "vragen al langer om een sporthal.\n\nVragen\n\nLid De Boer (SP)\n\n"
                  "1. Klopt het?\n\nJa.\n")
    document = parse_document("annotatie.txt", annotation.encode())
    assert "vragen al langer om een sporthal" in document["sections"][0]["markdown"]
    assert [q["text"] for q in document["questions"]] == ["Klopt het?"]


def test_word_text_export_of_bullets_and_fields_with_tabs_is_not_a_table():
    text = ("Annotatie voor wethouder Smit\nDatum:\t12 maart 2024\nOnderwerp:\tParkeren\n"
            "Kernboodschap\n•\tEerste punt over parkeren.\n•\tTweede punt.\nVragen\n"
            "1.\tKlopt het dat de tarieven stijgen?\nJa, met 5 procent.\n")
    document = parse_document("annotatie.txt", text.encode())
    assert document["title"] == "Parkeren" and not document["warnings"]
    assert document["sections"][0]["markdown"] == "- Eerste punt over parkeren.\n- Tweede punt."
    assert [(q["number"], q["variants"][0]["markdown"]) for q in document["questions"]] == [
        ("1", "Ja, met 5 procent.")]


def test_a_page_reference_after_the_question_number_is_no_asker():
    text = ("Technische vragen Begroting 2025\n\nVraag 3 (Pag. 12): Waarom stijgen de kosten?"
            "\n\nAntwoord: Door hogere tarieven.\n\nVraag 4 (fractie VVD): Klopt dat?\n\n"
            "Antwoord: Ja.\n")
    questions = parse_document("vragen.txt", text.encode())["questions"]
    assert [(q["number"], q["text"], (q["asker"] or {}).get("party")) for q in questions] == [
        ("3", "(Pag. 12): Waarom stijgen de kosten?", None), ("4", "Klopt dat?", "VVD")]
