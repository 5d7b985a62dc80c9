"""Tables in Word files and Markdown text: Q&A tables read as the labelled paragraphs they mean.

Councils publish technical questions as tables: one table per question with label cells
('Vraagnummer 14-2' | 'Fractie GroenLinks', 'Vraag' | text, 'Antwoord' | text), or one table
with columns ('Nr.' | 'Fractie' | 'Vraag' | 'Antwoord'). Other small tables are flattened to
lines ('2021 15'), a label cell and its value as 'Label: value'.
"""

import re

from briefings.importing.paragraphs import Paragraph

#: a table cell: its paragraphs' texts
Cell = list[str]

_COLUMNS = {
    "number": re.compile(r"^(?:nr|nummer|vraagnummer|vraag\s*nr|no|#)$", re.I),
    "asker": re.compile(r"^(?:fractie|partij|vragensteller|indiener|raadslid|statenlid)$", re.I),
    "question": re.compile(r"^(?:vraag|vragen|technische vraag)$", re.I),
    "answer": re.compile(r"^(?:antwoord|antwoorden|beantwoording|reactie(?: college)?)$", re.I),
}
#: 'Vraagnummer 14-2', 'Vraag nr. 3', 'Nr. 3': the number of the question in the next rows
_NUMBER_CELL = re.compile(
    r"^(?:Vraagnummer|Vraag\s*nr\.?|Nummer|Nr\.?)\s*:?\s*(?P<number>\d[\w-]*)$", re.I)
#: label cells of a table per question
_LABEL_CELL = re.compile(
    r"^(?P<label>Vraag|Antwoord|Beantwoording|Toelichting|Reactie(?: college)?)"
    r"(?:\s+(?P<number>\d[\w-]*))?$", re.I)
_TYPED_NUMBER = re.compile(r"^(?P<number>\d{1,4}[a-z]?)[.)]\s+(?P<text>\S.*)$")
_LABELLED_NUMBER = re.compile(r"^Vraag\s+(?P<number>\d{1,4}[a-z]?)\s*[:.]\s*(?P<text>\S.*)$",
                              re.I)
_PARTY_ONLY = re.compile(r"^[A-Z0-9][\w'&/ -]{0,50}$")


def table_paragraphs(rows: list[list[Cell]], ref: str) -> list[Paragraph]:
    """The paragraphs a table stands for, in reading order."""
    rows = [[[t for t in cell if t] for cell in row] for row in rows]
    rows = [row for row in rows if any(row)]
    if not rows:
        return []
    columns = _header_columns(rows[0])
    if columns is not None:
        return _column_table(rows[1:], columns, ref)
    columns = _question_columns(rows)
    if columns is not None:
        return _column_table(rows, columns, ref)
    if any(_row_label(row) for row in rows):
        return _label_table(rows, ref)
    return [Paragraph(_row_text(row), f"{ref}, rij {number}")
            for number, row in enumerate(rows, start=1) if _row_text(row)]


#: runs of text in a line laid out with spaces (pdftotext -layout): two spaces or more part them
_RUNS = re.compile(r"\S+(?: \S+)*")


class LayoutTable:
    """A table in text laid out with spaces, as 'pdftotext -layout' writes a PDF's table: a
    header row naming a question and an answer column ('Fractie  Vraag  Antwoord'), then rows
    whose cells run on over several lines. Lines are cut at the header's column starts."""

    def __init__(self, header: str):
        self.starts = [m.start() for m in _RUNS.finditer(header)]
        self.header = [[m.group()] for m in _RUNS.finditer(header)]
        self.rows: list[list[list[str]]] = []

    @staticmethod
    def opens(line: str) -> bool:
        if "\t" in line or "  " not in line.strip():
            return False  # a Word table saved as text has tabs; prose has single spaces
        runs = [[m.group()] for m in _RUNS.finditer(line)]
        return len(runs) >= 2 and _header_columns(runs) is not None

    def feed(self, line: str) -> bool:
        """Take one line of the table; False when the line is no longer part of it."""
        runs = list(_RUNS.finditer(line))
        if not runs:
            return True
        if [[m.group()] for m in runs] == self.header:
            return True  # the header again, on the next page
        if len(runs) == 1 and runs[0].start() < self.starts[1] <= runs[0].end():
            return False  # a line across the columns: text below the table
        cells: list[list[str]] = [[] for _ in self.starts]
        for run in runs:
            column = max((i for i, s in enumerate(self.starts) if s <= run.start() + 1),
                         default=0)
            cells[column].append(run.group())
        if cells[0] or not self.rows:
            self.rows.append([[] for _ in self.starts])
        for row_cell, pieces in zip(self.rows[-1], cells, strict=True):
            row_cell += pieces
        return True

    def paragraphs(self, ref: str) -> list[Paragraph]:
        rows = [self.header] + [[[" ".join(cell)] if cell else [] for cell in row]
                                for row in self.rows]
        return table_paragraphs(rows, ref)


def _plain(text: str) -> str:
    return text.replace("**", "").strip().rstrip(":.").strip()


def _header_columns(row: list[Cell]) -> dict[str, int] | None:
    """{'question': 2, 'answer': 3, ...} when the first row names a question and an answer
    column, else None."""
    found: dict[str, int] = {}
    for index, cell in enumerate(row):
        name = _plain(" ".join(cell))
        for kind, pattern in _COLUMNS.items():
            if pattern.match(name) and kind not in found:
                found[kind] = index
    return found if {"question", "answer"} <= found.keys() else None


def _question_columns(rows: list[list[Cell]]) -> dict[str, int] | None:
    """A table without a header row whose rows hold a question ('...?') and, in the next
    column, its answer: {'question': i, 'answer': i + 1}."""
    width = max(len(row) for row in rows)
    for index in range(width - 1):
        asked = sum(1 for row in rows if " ".join(_cell(row, index)).rstrip().endswith("?")
                    and _cell(row, index + 1))
        if asked and asked * 2 >= len(rows):
            return {"question": index, "answer": index + 1}
    return None


def _cell(row: list[Cell], index: int | None) -> Cell:
    return row[index] if index is not None and index < len(row) else []


def _column_table(rows, columns, ref) -> list[Paragraph]:
    paragraphs, asker = [], None
    for number, row in enumerate(rows, start=2):
        where = f"{ref}, rij {number}"
        who = " ".join(_cell(row, columns.get("asker"))).strip()
        if who and who != asker:
            paragraphs.append(Paragraph(asker_line(who), where))
            asker = who
        question = " ".join(_cell(row, columns["question"])).strip()
        if not question:
            continue
        label = _plain(" ".join(_cell(row, columns.get("number"))))
        typed = _TYPED_NUMBER.match(question) or _LABELLED_NUMBER.match(question)
        if typed and not label:  # '1. Hoeveel ...?', 'Vraag 1: Hoeveel ...?' in its own cell
            label, question = typed["number"], typed["text"]
        paragraphs.append(Paragraph(f"Vraag {label}: {question}" if label else
                                    f"Vraag: {question}", where))
        paragraphs += _answer(_cell(row, columns["answer"]), "Antwoord", where)
    return paragraphs


def _label_table(rows, ref) -> list[Paragraph]:
    paragraphs, number = [], None
    for index, row in enumerate(rows, start=1):
        where = f"{ref}, rij {index}"
        first = _plain(" ".join(row[0])) if row else ""
        rest = [text for cell in row[1:] for text in cell]
        numbered = _NUMBER_CELL.match(first)
        labelled = _LABEL_CELL.match(first)
        if numbered:
            number = numbered["number"]
            if rest:
                paragraphs.append(Paragraph(asker_line(" ".join(rest)), where))
        elif labelled and labelled["label"].lower() == "vraag":
            number = labelled["number"] or number
            text = " ".join(rest)
            paragraphs.append(Paragraph(f"Vraag {number}: {text}" if number else
                                        f"Vraag: {text}", where))
            number = None
        elif labelled:
            label = labelled["label"].capitalize()
            paragraphs += _answer(rest, "Toelichting" if label == "Toelichting" else
                                  "Antwoord", where)
        elif _row_text(row):
            paragraphs.append(Paragraph(_row_text(row), where))
    return paragraphs


def _row_label(row: list[Cell]) -> bool:
    first = _plain(" ".join(row[0])) if row else ""
    return len(row) >= 2 and bool(_NUMBER_CELL.match(first) or _LABEL_CELL.match(first))


def _answer(cell: Cell, label: str, where: str) -> list[Paragraph]:
    """The label with the cell's first paragraph, its other paragraphs after it."""
    if not cell:
        return [Paragraph(f"{label}:", where)]
    return [Paragraph(f"{label}: {cell[0]}", where)] + [Paragraph(t, where) for t in cell[1:]]


def asker_line(who: str) -> str:
    """A cell naming who asks, as the line the parser reads as an asker."""
    who = who.strip()
    if re.match(r"^(?:Fractie|Lid|Raadslid|Statenlid|Commissielid)\b", who, re.I):
        return who
    if "(" in who:
        return f"Lid {who}"
    return f"Fractie {who}" if _PARTY_ONLY.match(who) else who


def _row_text(row: list[Cell]) -> str:
    """A label cell and a value cell ('Vergadering' | 'Raad 28 februari 2024') read as
    'Vergadering: Raad 28 februari 2024'; other rows as their cells side by side."""
    cells = []
    for cell in row:
        text = " ".join(cell).strip()
        if text and (not cells or cells[-1] != text):
            cells.append(text)
    if not cells:
        return ""
    label = cells[0].replace("**", "").strip().rstrip(":")
    if len(cells) == 2 and len(label) <= 40 and (cells[0].startswith("**") or
                                                 cells[0].endswith(":")):
        return f"{label}: {cells[1]}"
    return " ".join(cells)
