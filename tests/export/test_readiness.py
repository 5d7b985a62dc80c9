"""What blocks a final copy, the refusal, and a forced copy with the gaps marked."""

import io

import pytest
from docx import Document

from briefings.export import IncompleteExport, export_final, export_gaps, export_woo
from briefings.export.document import NO_CHOICE
from tests.export.reading import exported, paragraphs


@pytest.fixture
def incomplete(db, annotation):
    """The sample with question 3 unchosen and an open point in a chosen answer."""
    annotation.questions[2].variants[0].chosen = False
    annotation.questions[0].variants[0].body = "Er zijn [Aanvullen: hoeveel?] meldingen."
    annotation.sections[0].body = "- De acties zijn ...."
    db.commit()
    return annotation


def test_a_complete_annotation_has_no_gaps(annotation):
    assert export_gaps(annotation) == []


def test_gaps_list_unchosen_questions_and_open_points_in_document_order(incomplete):
    gaps = export_gaps(incomplete)
    assert [(g.kind, g.message) for g in gaps] == [
        ("placeholder", "Onderdeel 'Algemeen': open punt “....”."),
        ("placeholder", "Vraag 1, antwoord: open punt “[Aanvullen: hoeveel?]”."),
        ("no_choice", "Vraag 3: er is nog geen antwoord gekozen."),
    ]
    assert gaps[0].anchor == f"onderdeel-{incomplete.sections[0].id}"
    assert gaps[2].anchor == f"vraag-{incomplete.questions[2].id}"


@pytest.mark.parametrize("export_function", [export_final, export_woo])
def test_final_and_woo_refuse_while_gaps_are_left(incomplete, export_function):
    with pytest.raises(IncompleteExport) as refused:
        export_function(incomplete)
    assert len(refused.value.gaps) == 3
    assert "3 open punten" in refused.value.message


def test_a_forced_final_copy_marks_the_gaps_visibly(incomplete):
    data = exported(incomplete, "final", allow_incomplete=True)
    document = Document(io.BytesIO(data))
    highlighted = [r.text for p in document.paragraphs for r in p.runs
                   if r.font.highlight_color is not None]
    assert highlighted[0].startswith("ONVOLLEDIG: deze versie bevat nog 3 open punt")
    assert highlighted[1:] == ["....", "[Aanvullen: hoeveel?]", NO_CHOICE]
    rows = paragraphs(data)
    third = next(i for i, p in enumerate(rows) if p["text"] == "Wat is de stand van zaken?")
    assert rows[third + 1] == {"style": "Antwoord", "text": NO_CHOICE, "num": None,
                               "level": None}


def test_a_forced_final_copy_is_not_headed_definitief(incomplete, annotation):
    def header(data):
        document = Document(io.BytesIO(data))
        return [p.text for p in document.sections[0].header.paragraphs]

    assert header(exported(incomplete, "final", allow_incomplete=True))[0] == (
        "ONVOLLEDIG – nog niet definitief")
    incomplete.questions[2].variants[0].chosen = True
    incomplete.questions[0].variants[0].body = "Er zijn 24 meldingen."
    incomplete.sections[0].body = "- De acties zijn gestart."
    assert header(exported(incomplete, "final"))[0] == "Definitief"


def test_a_draft_is_never_refused(incomplete):
    assert "Wat is de stand van zaken?" in [p["text"] for p in
                                            paragraphs(exported(incomplete, "draft"))]
