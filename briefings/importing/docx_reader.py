"""Read .docx files: styles, headings, Word list numbering, bold labels, tracked changes."""

import io
import re

import docx
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph as DocxParagraph
from lxml import etree

from briefings.importing.cleanup import clean_line
from briefings.importing.layouts import is_page_furniture
from briefings.importing.numbering import ListNumbering
from briefings.importing.paragraphs import Paragraph, Paragraphs
from briefings.importing.tables import LayoutTable, table_paragraphs
from briefings.importing.text_reader import Joiner, hard_wrapped, paragraph_from_line, wraps_on
from briefings.placeholders import find_placeholders

#: the named paragraph styles of our own Word export
OWN_STYLES = {"Vraag", "Antwoord", "Alternatief antwoord", "Alternatieve aanvulling",
              "Toelichting", "Notitie", "Thema"}
_HEADING_STYLE = re.compile(r"^(?:Heading|Kop)\s+(\d)$", re.I)
_TITLE_STYLES = {"title", "titel"}
_BULLET_STYLE = re.compile(r"^List Bullet(?:\s+(\d))?$", re.I)
_SKIPPED = {qn("w:del"), qn("w:moveFrom")}
_TRACKED = ("w:ins", "w:del", "w:moveFrom", "w:moveTo")
_COMMENTS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
#: a remark for colleagues, as the parser reads it in any file: [[kunnen we dit concreter?]]
REMARK_OPEN, REMARK_CLOSE = "[[", "]]"


def read_docx(data: bytes) -> Paragraphs:
    """Return the paragraphs of a Word document in reading order (tables row by row).

    Word comments and highlighted text become remarks ([[...]]); tracked changes are read as
    accepted, with a warning.
    """
    document = docx.Document(io.BytesIO(data))
    numbering = ListNumbering(document)
    comments = _comments(document)
    joiner = Joiner()
    items = list(_blocks(document.element.body, document))
    # PDF text pasted into Word: a paragraph per line; joined as in a text file
    wrapped = hard_wrapped([_plain_text(item, numbering, comments) or "" for item in items])
    above = None  # the text of the plain paragraph right above
    layout = None  # PDF text laid out with spaces, pasted: a table (pdftotext -layout)
    for index, item in enumerate(items, start=1):
        ref = f"alinea {index}"
        raw = None if isinstance(item, Table) else _text(item, comments)
        if layout is not None:
            if raw is not None and (is_page_furniture(clean_line(raw)) or layout.feed(raw)):
                continue
            for row in layout.paragraphs(f"tabel boven {ref}"):
                joiner.add(row)
            layout, above = None, None
        if raw is not None and LayoutTable.opens(raw):
            layout = LayoutTable(raw)
            continue
        if isinstance(item, Table):
            for row in _table_rows(item, ref, comments):
                joiner.add(row)
            above = None
            continue
        plain = _plain_text(item, numbering, comments) if wrapped else None
        if plain and above and wraps_on(above, plain):
            joiner.extend(plain)
            above = plain
            continue
        if wrapped and above and _closes_bracket(above, item, numbering):
            # "(bladzijde" then "10) maakt ...", which Word took for list item 10
            joiner.extend(f"{numbering.label(item)[2]}) {clean_line(_text(item, comments))}")
            above = None
            continue
        paragraph = _paragraph(item, ref, numbering, joiner.last, comments)
        if paragraph is not None:
            joiner.add(paragraph)
        above = plain
    for row in layout.paragraphs("tabel aan het eind") if layout is not None else []:
        joiner.add(row)
    return Paragraphs(joiner.result(), _tracked_changes(document))


def _closes_bracket(above: str, item, numbering) -> bool:
    return (above.count("(") > above.count(")") and not isinstance(item, Table)
            and numbering.is_listed(item, numbers_only=True))


def _plain_text(item, numbering, comments) -> str | None:
    """The text of a paragraph without list numbering or a style of its own, else None."""
    if isinstance(item, Table) or numbering.is_listed(item):
        return None
    style = numbering.styles.name(item)
    if _heading_level(style) is not None or style in OWN_STYLES or _BULLET_STYLE.match(style):
        return None
    return clean_line(_text(item, comments))


def _tracked_changes(document) -> list[str]:
    body = document.element.body
    if any(body.find(f".//{qn(tag)}") is not None for tag in _TRACKED):
        return ["het Word-bestand bevat bijgehouden wijzigingen: ze zijn als geaccepteerd "
                "ingelezen (verwijderde tekst is weggelaten). Controleer de tekst."]
    return []


def _comments(document) -> dict[str, str]:
    """Word comments by id, as plain text."""
    for rel in document.part.rels.values():
        if rel.reltype == _COMMENTS_REL and not rel.is_external:
            root = etree.fromstring(rel.target_part.blob)
            return {c.get(qn("w:id")): " ".join("".join(t.text or "" for t in p.iter(qn("w:t")))
                                                for p in c.iter(qn("w:p"))).strip()
                    for c in root.iter(qn("w:comment"))}
    return {}


def _blocks(parent, document):
    """Paragraphs and tables in reading order, also those inside content controls (w:sdt)."""
    for child in parent.iterchildren():
        if child.tag == qn("w:p"):
            yield DocxParagraph(child, document)
        elif child.tag == qn("w:tbl"):
            yield Table(child, document)
        elif child.tag == qn("w:sdt"):
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _blocks(content, document)


def _paragraph(item: DocxParagraph, ref, numbering, previous, comments) -> Paragraph | None:
    text = clean_line(_text(item, comments))
    listed = numbering.label(item)
    if not text:
        return None
    style = numbering.styles.name(item)
    heading = _heading_level(style)
    own = style if style in OWN_STYLES else None
    if listed and listed[0] == "bullet":
        return Paragraph(text, ref, bullet=listed[1], style=own)
    if listed:
        return Paragraph(text, ref, number=listed[2], style=own, heading=heading)
    bullet_style = _BULLET_STYLE.match(style)
    if bullet_style:
        return Paragraph(text, ref, bullet=int(bullet_style[1] or 1) - 1, style=own)
    if own == "Vraag":
        typed = paragraph_from_line(text, ref, None)
        return Paragraph(typed.text, ref, number=typed.number, style=own)
    if heading is not None or own:
        return Paragraph(text, ref, style=own, heading=heading)
    return paragraph_from_line(text, ref, previous)


def _heading_level(style: str) -> int | None:
    if style.lower() in _TITLE_STYLES:
        return 0
    match = _HEADING_STYLE.match(style)
    return int(match[1]) if match else None


def _text(item: DocxParagraph, comments) -> str:
    """The paragraph's live text (insertions kept, deletions dropped), bold runs as **...**,
    highlighted remarks and comments as [[...]]."""
    pieces: list[tuple[bool, str]] = []
    for run in item._p.iter(qn("w:r")):
        if any(ancestor.tag in _SKIPPED for ancestor in run.iterancestors()):
            continue
        text = "".join(_run_text(child, comments) for child in run)
        if text and _is_remark(run, text):
            pieces.append((False, f" {REMARK_OPEN}{text.strip()}{REMARK_CLOSE} "))
        elif text:
            pieces.append((_is_bold(run), text))
    return _join_remarks(_join_bold(pieces))


def _is_remark(run, text: str) -> bool:
    """Highlighted text is a note to colleagues, unless it is an open point ([Aanvullen]) or
    bold (our own export highlights those)."""
    rpr = run.find(qn("w:rPr"))
    mark = rpr.find(qn("w:highlight")) if rpr is not None else None
    if mark is None or mark.get(qn("w:val"), "none") == "none" or _is_bold(run):
        return False
    return bool(text.strip()) and not find_placeholders(text) and REMARK_OPEN not in text


def _join_remarks(text: str) -> str:
    """Adjacent highlighted runs are one remark."""
    return text.replace(f"{REMARK_CLOSE}  {REMARK_OPEN}", " ")


def _run_text(child, comments) -> str:
    if child.tag == qn("w:t"):
        return child.text or ""
    if child.tag == qn("w:commentReference"):
        remark = comments.get(child.get(qn("w:id")), "").strip()
        return f" {REMARK_OPEN}{remark}{REMARK_CLOSE}" if remark else ""
    if child.tag in (qn("w:tab"), qn("w:br"), qn("w:cr")):
        return " "
    if child.tag == qn("w:noBreakHyphen"):
        return "-"
    return ""


def _is_bold(run) -> bool:
    rpr = run.find(qn("w:rPr"))
    bold = rpr.find(qn("w:b")) if rpr is not None else None
    return bold is not None and bold.get(qn("w:val"), "true") not in ("0", "false")


def _join_bold(pieces) -> str:
    merged: list[list] = []
    for bold, text in pieces:
        if merged and merged[-1][0] == bold:
            merged[-1][1] += text
        else:
            merged.append([bold, text])
    out = []
    for bold, text in merged:
        if bold and text.strip():
            lead, core, trail = _split_spaces(text)
            out.append(f"{lead}**{core}**{trail}")
        else:
            out.append(text)
    return "".join(out)


def _split_spaces(text):
    core = text.strip()
    start = text.index(core)
    return text[:start], core, text[start + len(core):]


def _table_rows(table: Table, ref, comments) -> list[Paragraph]:
    """The paragraphs a table stands for (tables.py): Q&A tables as questions and answers,
    small tables flattened to lines."""
    rows = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell is listed once per column it spans
                continue
            seen.add(id(cell._tc))
            cells.append([clean_line(_text(p, comments)) for p in cell.paragraphs])
        rows.append(cells)
    return table_paragraphs(rows, ref)
