"""Build real Word documents for the import tests: Word list numbering (w:numPr), not digits."""

import io
import re

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from briefings.importing.text_reader import paragraph_from_line

_NUMBERED = re.compile(r"^\s*(\d{1,3})[.)]\s+(.*)$")
_BULLET = re.compile(r"^(\s*)[-*]\s+(o\s+)?(.*)$")
_HEADING = re.compile(r"^(#{1,3})\s+(.*)$")
_BOLD = re.compile(r"\*\*(.+?)\*\*")
#: a Markdown table row ('| Vraag | tekst |'); its rule row ('|---|---|') is left out of Word
_TABLE_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
_TABLE_RULE = re.compile(r"^[\s|:-]+$")
#: a line break inside a table cell, as Markdown tables write it
_CELL_BREAK = re.compile(r"\s*<br\s*/?>\s*", re.I)


class WordList:
    """A numbering definition of one format; `restart()` begins a new instance at 1."""

    def __init__(self, document, fmt="decimal"):
        self.numbering = document.part.numbering_part.element
        ids = [int(a.get(qn("w:abstractNumId")))
               for a in self.numbering.findall(qn("w:abstractNum"))]
        self.abstract_id = max(ids, default=0) + 1
        text = "•" if fmt == "bullet" else "%1."
        levels = "".join(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/></w:lvl>' for i in range(4))
        abstract = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{self.abstract_id}">'
                             f"{levels}</w:abstractNum>")
        first_num = self.numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            self.numbering.append(abstract)
        self.num_id = None
        self.restart()

    def restart(self, start=1) -> None:
        ids = [int(n.get(qn("w:numId"))) for n in self.numbering.findall(qn("w:num"))]
        self.num_id = max(ids, default=0) + 1
        override = (f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start}"/>'
                    "</w:lvlOverride>" if start != 1 else "")
        self.numbering.append(parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{self.num_id}">'
            f'<w:abstractNumId w:val="{self.abstract_id}"/>{override}</w:num>'))

    def apply(self, paragraph, level=0) -> None:
        num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = level
        num_pr.get_or_add_numId().val = self.num_id


def add_text(paragraph, text: str) -> None:
    """Add `text` as runs, **bold** parts as bold runs."""
    position = 0
    for match in _BOLD.finditer(text):
        if match.start() > position:
            paragraph.add_run(text[position:match.start()])
        paragraph.add_run(match.group(1)).bold = True
        position = match.end()
    if position < len(text):
        paragraph.add_run(text[position:])


def docx_from_text(text: str, *, add=add_text, style_of=lambda line: None) -> bytes:
    """Turn text in the shape of FORMAT.md into Word: typed numbers become Word numbering,
    '- ' and '- o ' bullets become Word bullets, '#' lines become headings."""
    document = docx.Document()
    numbers, bullets = WordList(document), WordList(document, "bullet")
    previous, last_number = None, None
    rows: list[list[str]] = []
    for line in text.splitlines() + [""]:
        row = _TABLE_ROW.match(line)
        if row:
            if not _TABLE_RULE.match(line):
                rows.append([cell.strip() for cell in row[1].split("|")])
            continue
        if "\t" in line.strip():  # a Word table saved as text: the cells between tabs
            rows.append([cell.strip() for cell in line.strip().split("\t")])
            continue
        if rows:
            _add_table(document, rows, add)
            rows = []
        if not line.strip():
            continue
        heading, numbered, bullet = _HEADING.match(line), _NUMBERED.match(line), _BULLET.match(line)
        if heading:
            add(document.add_paragraph(style=f"Heading {len(heading[1])}"), heading[2])
        elif numbered:
            number = int(numbered[1])
            if last_number is None or number != last_number + 1:
                numbers.restart(number)  # as an author would: a new list where numbers jump
            last_number = number
            paragraph = document.add_paragraph()
            numbers.apply(paragraph)
            add(paragraph, numbered[2])
        elif bullet:
            previous = paragraph_from_line(line, "", previous)
            level = previous.bullet
            paragraph = document.add_paragraph()
            bullets.apply(paragraph, level)
            add(paragraph, bullet[3])
        else:
            # PDF text laid out in columns keeps its spaces when pasted into Word
            text = line.rstrip() if "  " in line.rstrip() else line.strip()
            add(document.add_paragraph(style=style_of(line.strip())), text)
    return save(document)


def _add_table(document, rows: list[list[str]], add) -> None:
    """A real Word table; '<br>' in a cell starts a new paragraph in that cell."""
    table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    for cells, row in zip(rows, table.rows, strict=True):
        for text, cell in zip(cells, row.cells, strict=False):
            parts = _CELL_BREAK.split(text)
            add(cell.paragraphs[0], parts[0])
            for part in parts[1:]:
                add(cell.add_paragraph(), part)


_REMARK_OR_DELETION = re.compile(r"\[\[(.+?)\]\]|~~(.+?)~~")
_LABEL_LINE = re.compile(r"^(?:Vraag|Antwoord|Beantwoording|Reactie)\b[^.?]{0,40}$", re.I)


def docx_from_corpus_text(text: str) -> bytes:
    """Word as an official would have it: block lines in a heading style, labels in bold,
    [[remarks]] as Word comments and highlighted text (in turn), ~~text~~ as a tracked
    deletion, numbers and bullets as Word lists."""
    from briefings.importing import labels  # the app's own idea of a block heading

    turn = iter(range(10_000))

    def add(paragraph, line):
        if _LABEL_LINE.match(line):
            paragraph.add_run(line).bold = True
            return
        position = 0
        for match in _REMARK_OR_DELETION.finditer(line):
            add_text(paragraph, line[position:match.start()])
            if match[2] is not None:
                _deleted_run(paragraph, match[2])
            elif next(turn) % 2:
                paragraph.add_run(match[1]).font.highlight_color = 7  # yellow
            else:
                anchor = paragraph.runs[-1] if paragraph.runs else paragraph.add_run(" ")
                paragraph.part.document.add_comment(anchor, text=match[1], author="Collega")
            position = match.end()
        add_text(paragraph, line[position:])

    def style_of(line):
        return "Heading 2" if labels.is_block(line) else None

    return docx_from_text(text, add=add, style_of=style_of)


def _deleted_run(paragraph, text: str) -> None:
    paragraph._p.append(parse_xml(
        f'<w:del {nsdecls("w")} w:id="{abs(hash(text)) % 10_000}" w:author="Collega" '
        f'w:date="2023-10-01T10:00:00Z"><w:r><w:delText xml:space="preserve">{text}</w:delText>'
        "</w:r></w:del>"))


def docx_from_styles(items) -> bytes:
    """Build a document from (style, text) pairs, creating our export's named styles."""
    document = docx.Document()
    questions = WordList(document)
    for style, text in items:
        if style not in [s.name for s in document.styles]:
            document.styles.add_style(style, WD_STYLE_TYPE.PARAGRAPH)
        paragraph = document.add_paragraph(style=style)
        if style == "Vraag":
            questions.apply(paragraph)
        add_text(paragraph, text)
    return save(document)


def save(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
