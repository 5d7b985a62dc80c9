"""The structure of an exported Word file, read back with python-docx."""

import io

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH

from tests.export.conftest import QUESTIONS
from tests.export.reading import exported, list_starts, paragraphs, styled, xml_parts


def test_final_copy_has_headings_for_sections_blocks_and_askers(annotation):
    data = exported(annotation, "final")
    headings = [(p["style"], p["text"]) for p in paragraphs(data)
                if p["style"].startswith(("Heading", "Title"))]
    assert headings == [
        ("Title", "Annotatie voor wethouder Van Buren"),
        ("Heading 1", "Kernboodschap"),
        ("Heading 1", "Handelingsperspectief"),
        ("Heading 1", "Vragen"),
        ("Heading 2", "Vragen commissie 18 januari"),
        ("Heading 3", "Lid Mangal (Denk)"),
        ("Heading 3", "Lid van Pijpen (GroenLinks)"),
        ("Heading 2", "Q&A uit de oude annotatie"),
        ("Heading 3", "Lid Perdok (Lijst AV)"),
    ]


def test_questions_are_one_numbered_list_per_run_of_numbers(annotation):
    data = exported(annotation, "final")
    questions = styled(data, "Vraag")
    assert [q["text"] for q in questions] == [q["text"] for q in QUESTIONS]
    nums = [q["num"] for q in questions]
    # 1, 2 (Mangal), 3 (Van Pijpen) run on across askers; the second block restarts at 1
    assert nums[0] == nums[1] == nums[2] != nums[3] == nums[4]
    starts = list_starts(data)
    assert (starts[nums[0]], starts[nums[3]]) == (1, 1)


def test_a_question_numbered_on_from_an_earlier_annotation_keeps_its_number(
        db, annotation, make_user):
    for question, number in zip(annotation.questions, ["7", "8", "12", "13", "x"], strict=True):
        question.number = number
    db.flush()
    data = exported(annotation, "final")
    questions = styled(data, "Vraag")
    starts = list_starts(data)
    assert starts[questions[0]["num"]] == 7 and questions[1]["num"] == questions[0]["num"]
    assert starts[questions[2]["num"]] == 12 and questions[3]["num"] == questions[2]["num"]
    assert questions[4]["num"] is None and questions[4]["text"].startswith("x. ")


def test_kernboodschap_themes_are_numbered_and_followed_by_their_bullets(annotation):
    rows = paragraphs(exported(annotation, "final"))
    themes = [p for p in rows if p["style"] == "Thema"]
    assert [t["text"] for t in themes] == ["Algemeen", "Zuidoost", "Vervolg"]
    assert themes[0]["num"] == themes[1]["num"] is not None
    assert themes[2]["num"] is None  # a handelingsperspectief heading has no number
    after_first = rows[rows.index(themes[0]) + 1: rows.index(themes[1])]
    assert [(p["text"], p["level"]) for p in after_first] == [
        ("Eerste kernpunt", 0), ("Tweede punt met een link", 0),
        ("genest punt", 1), ("nog een genest punt", 1),
    ]


def test_final_copy_has_only_the_chosen_answers_without_notes_statuses_or_comments(annotation):
    data = exported(annotation, "final")
    text = "\n".join(p["text"] for p in paragraphs(data))
    assert "Het MDRA is onafhankelijk." in text                     # chosen
    assert "Het MDRA heeft de infrastructuur." not in text          # not chosen
    assert "In het voorjaar." in text and "Voor de zomer." not in text
    # an "alternatieve aanvulling" comes after the main answer it adds to
    assert text.index("De interne weg moet eerst") < text.index("Deze optie is er altijd.")
    for internal in ("Niet te stellig", "NB (intern)", "Akkoord", "Concept", "Jan Jansen",
                     "Kan dit concreter"):
        assert internal not in text
    assert not any(name.startswith("word/comments") for name in xml_parts(data))
    assert {p["style"] for p in paragraphs(data)} >= {"Vraag", "Antwoord", "Toelichting"}


def test_draft_shows_every_variant_with_label_status_and_author_and_the_notes(annotation):
    data = exported(annotation, "draft")
    labels = [p["text"] for p in paragraphs(data)
              if p["style"] in ("Antwoord", "Alternatief antwoord", "Alternatieve aanvulling")
              and "(" in p["text"]]
    assert labels[:2] == ["Antwoord (Akkoord, Jan Jansen, gekozen)",
                          "Alternatief antwoord (Concept, Jan Jansen)"]
    assert "Alternatieve aanvulling (Akkoord, Jan Jansen, gekozen)" in labels
    notes = styled(data, "Notitie")
    assert [n["text"] for n in notes] == ["NB (intern): Niet te stellig zijn."]
    assert styled(data, "Alternatief antwoord")


def test_draft_has_open_review_comments_as_word_comments(annotation):
    data = exported(annotation, "draft")
    document = Document(io.BytesIO(data))
    comments = list(document.comments)
    assert len(comments) == 1
    assert comments[0].author == "Rita Reviewer"
    assert comments[0].text.splitlines() == ["Kan dit concreter?", "Jan Jansen: Ik pas het aan."]
    document_xml = xml_parts(data)["word/document.xml"]
    assert "commentRangeStart" in document_xml and "commentReference" in document_xml
    styles = {s.style_id for s in document.styles}
    assert {"CommentText", "CommentReference"} <= styles


def test_header_names_title_and_classification_and_footer_counts_pages(annotation):
    parts = xml_parts(exported(annotation, "draft"))
    header = next(v for k, v in parts.items() if k.startswith("word/header"))
    footer = next(v for k, v in parts.items() if k.startswith("word/footer"))
    assert "Kennisnemen van de brandbrief Zuidoost" in header and "CONCEPT" in header
    assert "Pagina " in footer and " PAGE " in footer and " NUMPAGES " in footer
    final_header = next(v for k, v in xml_parts(exported(annotation, "final")).items()
                        if k.startswith("word/header"))
    assert "CONCEPT" not in final_header and "Definitief" in final_header


def test_the_classification_has_its_own_header_line_however_long_the_title(annotation):
    annotation.title = "Kennisnemen van de voortgangsrapportage " * 6
    header = Document(io.BytesIO(exported(annotation, "draft"))).sections[0].header
    first, second = header.paragraphs
    assert first.text == "CONCEPT" and first.alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert second.text == annotation.title


def test_title_block_is_a_borderless_table_with_the_header_fields(annotation):
    document = Document(io.BytesIO(exported(annotation, "final")))
    table = document.tables[0]
    rows = {row.cells[0].text: row.cells[1].text for row in table.rows}
    assert rows["Vergadering"] == "Raad 28 februari 2024"
    assert rows["Agendapunt"] == "29"
    assert rows["Registratienummer"] == "VN2024-000821"
    assert rows["Gevraagd besluit"] == "Ter bespreking en voor kennisgeving aannemen"
    assert rows["Behandelend ambtenaar"] == "Piet Pietersen; Klaas de Vries"
    borders = table._tbl.tblPr.xpath("./w:tblBorders/*/@w:val")
    assert borders and set(borders) == {"nil"}


def test_markdown_becomes_bold_italic_strike_links_and_numbered_lists(annotation):
    data = exported(annotation, "final")
    document = Document(io.BytesIO(data))
    runs = [run for p in document.paragraphs for run in p.runs]
    assert any(r.text == "kern" and r.bold for r in runs)
    assert any(r.text == "Zuidoost" and r.italic for r in runs)
    assert any(r.text == "vervallen" and r.font.strike for r in runs)
    links = [h for p in document.paragraphs for h in p.hyperlinks]
    assert [(h.text, h.address) for h in links] == [("een link", "https://www.amsterdam.nl/")]
    steps = [p for p in paragraphs(data) if p["text"] in ("eerste stap", "tweede stap")]
    assert steps[0]["num"] == steps[1]["num"] and list_starts(data)[steps[0]["num"]] == 1


def test_language_and_core_properties(annotation):
    data = exported(annotation, "final")
    document = Document(io.BytesIO(data))
    core = document.core_properties
    assert core.title == "Kennisnemen van de brandbrief Zuidoost"
    assert "Raad 28 februari 2024" in core.subject and "agendapunt 29" in core.subject
    assert core.author == "Jan Jansen" and core.language == "nl-NL"
    assert "python-docx" not in xml_parts(data)["docProps/core.xml"]
    assert 'w:val="nl-NL"' in xml_parts(data)["word/styles.xml"]


def test_text_pasted_with_control_characters_still_makes_a_valid_file(db, annotation):
    annotation.questions[0].variants[0].body = "Tekst\x0b uit Word\x01 met tab\tjes"
    annotation.title = "Titel\x0bmet regeleinde uit Word"
    db.commit()
    data = exported(annotation, "final")
    assert any(p["text"] == "Tekst\n uit Word met tab\tjes" for p in paragraphs(data))
    assert Document(io.BytesIO(data)).core_properties.title == "Titel met regeleinde uit Word"


def test_a_numbered_markdown_list_keeps_its_start_and_nested_lists_restart(db, annotation):
    annotation.questions[2].variants[0].body = "3. derde\n4. vierde\n   1. sub een\n   2. sub twee"
    db.commit()
    data = exported(annotation, "final")
    rows = {p["text"]: p for p in paragraphs(data)}
    starts = list_starts(data)
    assert starts[rows["derde"]["num"]] == 3 and rows["vierde"]["num"] == rows["derde"]["num"]
    assert rows["sub een"]["level"] == 1 and rows["sub een"]["num"] != rows["derde"]["num"]


def test_a_press_qa_without_askers_or_numbers_has_plain_questions(db, make_annotation):
    annotation = make_annotation(kind="persvragen", title="Vragen van Het Parool",
                                 questions=[{"text": "Hoeveel meldingen zijn er?"}])
    annotation.questions[0].number = None
    db.commit()
    rows = paragraphs(exported(annotation, "draft"))
    assert rows[0]["text"] == "Persvragen"
    question = next(p for p in rows if p["style"] == "Vraag")
    assert question == {"style": "Vraag", "text": "Hoeveel meldingen zijn er?", "num": None,
                        "level": None}
    assert not any(p["style"] == "Heading 3" for p in rows)
