"""The exports read with independent readers (docx2python, mammoth), not python-docx."""

import io
import re

import mammoth
from docx2python import docx2python

from tests.export.conftest import QUESTIONS
from tests.export.reading import exported


def _lines(data: bytes) -> list[str]:
    with docx2python(io.BytesIO(data)) as document:
        return [line.strip() for line in document.text.splitlines() if line.strip()]


def test_docx2python_sees_questions_numbered_as_stored_in_order(annotation):
    lines = _lines(exported(annotation, "final"))
    numbered = [line for line in lines if any(q["text"] in line for q in QUESTIONS)]
    assert numbered == [f"{q['number']})\t{q['text']}" for q in QUESTIONS]


def test_docx2python_sees_themes_numbered_and_bullets_nested(annotation):
    lines = _lines(exported(annotation, "final"))
    start = lines.index("1)\tAlgemeen")
    assert lines[start:start + 6] == [
        "1)\tAlgemeen", "--\tEerste kernpunt",
        '--\tTweede punt met <a href="https://www.amsterdam.nl/">een link</a>',
        "--\tgenest punt", "--\tnog een genest punt", "2)\tZuidoost",
    ]


def test_docx2python_reads_the_page_footer(annotation):
    assert _lines(exported(annotation, "final"))[-1].startswith("Pagina 1 van")


def test_mammoth_reads_headings_lists_and_links_in_order(annotation):
    html = mammoth.convert_to_html(io.BytesIO(exported(annotation, "final"))).value
    headings = re.findall(r"<h(\d)>(.*?)</h\1>", html)
    assert headings == [
        ("1", "Kernboodschap"), ("1", "Handelingsperspectief"), ("1", "Vragen"),
        ("2", "Vragen commissie 18 januari"), ("3", "Lid Mangal (Denk)"),
        ("3", "Lid van Pijpen (GroenLinks)"), ("2", "Q&amp;A uit de oude annotatie"),
        ("3", "Lid Perdok (Lijst AV)"),
    ]
    assert '<a href="https://www.amsterdam.nl/">een link</a>' in html
    assert "<ul><li>genest punt</li><li>nog een genest punt</li></ul>" in html
    assert "<strong>kern</strong>" in html and "<s>vervallen</s>" in html


def test_mammoth_sees_only_chosen_answers_in_final_and_all_in_draft(annotation):
    final = mammoth.extract_raw_text(io.BytesIO(exported(annotation, "final"))).value
    draft = mammoth.extract_raw_text(io.BytesIO(exported(annotation, "draft"))).value
    assert "Het MDRA heeft de infrastructuur." not in final
    assert "Het MDRA heeft de infrastructuur." in draft
    assert "Niet te stellig" not in final and "Niet te stellig" in draft
