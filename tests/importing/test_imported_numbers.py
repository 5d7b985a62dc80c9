"""Imported questions keep the source's numbers (12, 14a, a restart at 1 under the next
asker) in every view and export; an answer given once for several questions is stored once."""

import io
import re

import pytest
from docx import Document
from sqlalchemy import select

from briefings.importing import import_document, parse_document
from briefings.models import Question
from tests.importing.corpus.facts import FOLDER

NUMBERS = ["12", "13", "14a", "14b", "1", "2"]


@pytest.fixture
def imported(db, make_user):
    data = (FOLDER / "nummers-uit-de-bron.txt").read_bytes()
    outcome = import_document(db, "nummers.txt", data, by=make_user("beheer"))
    db.commit()
    return outcome.annotation_id


def _question_lines(page: str) -> list[str]:
    return re.findall(r'<p class="question-text">([^<]*)</p>', page)


def test_the_read_and_edit_views_show_the_source_numbers(client, login_as, imported):
    login_as("auteur")
    for path in (f"/annotaties/{imported}", f"/annotaties/{imported}/bewerken"):
        shown = [line.split(".")[0] for line in
                 _question_lines(client.get(path).get_data(as_text=True))]
        assert shown == NUMBERS, path


def test_the_compare_page_and_readiness_name_the_source_number(client, login_as, imported, db):
    login_as("staf")
    question = db.scalars(select(Question).where(Question.number == "14a")).one()
    page = client.get(f"/vragen/{question.id}/vergelijken").get_data(as_text=True)
    assert "14a" in page and "Hoeveel woningen zijn er gasloos opgeleverd?" in page
    readiness = client.get(f"/annotaties/{imported}/gereedheid").get_data(as_text=True)
    assert "14a. Hoeveel woningen" in readiness


@pytest.mark.parametrize("mode", ["draft", "final", "woo"])
def test_word_exports_carry_the_source_numbers(client, login_as, imported, mode):
    login_as("beheer")
    response = client.post(f"/annotaties/{imported}/export/{mode}", data={"confirm": "y"})
    assert response.status_code == 200 and response.mimetype.endswith("document")
    again = parse_document(f"export-{mode}.docx", response.data)
    assert [q["number"] for q in again["questions"]] == NUMBERS
    text = "\n".join(p.text for p in Document(io.BytesIO(response.data)).paragraphs)
    assert "14a. Hoeveel woningen zijn er gasloos opgeleverd?" in text


def test_an_answer_to_several_questions_is_stored_once_and_linked(db, make_user):
    data = (FOLDER / "gedeelde-antwoorden.txt").read_bytes()
    outcome = import_document(db, "gedeeld.txt", data, by=make_user("beheer"))
    db.commit()
    questions = {q.number: q for q in db.scalars(
        select(Question).where(Question.annotation_id == outcome.annotation_id))}
    [shared] = questions["3"].variants
    [pointer] = questions["4"].variants
    assert shared.body.startswith("Gemiddeld duurt het 26 weken.")
    assert pointer.body == "Zie het antwoord op vraag 3." and pointer.source_variant is shared
    assert [v.source_variant for v in questions["7"].variants] == [questions["5"].variants[0]]
    bodies = [v.body for q in questions.values() for v in q.variants]
    assert sum("26 weken" in body for body in bodies) == 1
