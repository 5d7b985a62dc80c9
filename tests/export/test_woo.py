"""A Woo copy: personal names replaced by the ground 5.1.2e, anywhere in the package."""

import io

import pytest
from docx import Document

from briefings.export.woo import GROUND, Redactor
from tests.export.reading import exported, paragraphs, xml_parts

NAMES = ["Piet Pietersen", "Klaas de Vries", "Henk Bakker", "Jan Jansen", "Sanne Staf",
         "Rita Reviewer", "Willem Woo"]


@pytest.fixture
def named(db, annotation):
    """The sample annotation with names typed into title, sections, questions and answers."""
    annotation.title = "Brandbrief over Henk Bakker"
    annotation.sections[0].body += "\n- Gesproken met **Piet Pietersen** en klaas de vries"
    question = annotation.questions[0]
    question.text = "Heeft Jan Jansen dit besproken met Sanne Staf?"
    chosen = question.chosen_variant
    chosen.body = ("Ja, volgens [Rita Reviewer](https://example.org/rita-reviewer) en Henk  "
                   "Bakker (henk.bakker@amsterdam.nl).")
    chosen.explanation = "Bron: Willem Woo."
    db.commit()
    return annotation


def test_no_personal_name_survives_in_any_part_of_a_woo_copy(named, make_user):
    data = exported(named, "woo", by=make_user("staf", name="Willem Woo"))
    for part, xml in xml_parts(data).items():
        for name in NAMES:
            assert name.lower() not in xml.lower(), f"{name} in {part}"


def test_woo_copy_shows_the_ground_where_the_names_were(named, make_user):
    data = exported(named, "woo", by=make_user("staf", name="Willem Woo"))
    document = Document(io.BytesIO(data))
    rows = {row.cells[0].text: row.cells[1].text for row in document.tables[0].rows}
    assert rows["Behandelend ambtenaar"] == f"{GROUND}; {GROUND}"
    text = "\n".join(p["text"] for p in paragraphs(data))
    assert f"Heeft {GROUND} dit besproken met {GROUND}?" in text
    assert f"Gesproken met {GROUND} en {GROUND}" in text
    core = document.core_properties
    assert (core.author, core.last_modified_by) == (GROUND, GROUND)
    assert core.title == f"Brandbrief over {GROUND}"


def test_woo_copy_keeps_public_names_of_council_members_and_portfolio_holder(named):
    text = "\n".join(p["text"] for p in paragraphs(exported(named, "woo")))
    assert "Lid Mangal (Denk)" in text and "wethouder Van Buren" in text


def test_final_copy_is_not_redacted(named):
    assert "Piet Pietersen" in xml_parts(exported(named, "final"))["word/document.xml"]


def test_redactor_matches_whole_names_in_any_case_and_spacing():
    redact = Redactor(["Jan Jansen", "Jan", "Ed"])
    assert redact("jan  jansen en Jan, niet Jansenius of Eduard") == (
        f"{GROUND} en {GROUND}, niet Jansenius of Eduard")
