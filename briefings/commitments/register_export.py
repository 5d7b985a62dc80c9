"""The griffie's list out: the register as an Excel workbook and as a Word table (house style).

Both take the commitments as the register page shows them (same filters, same order) and the
same columns as the CSV export, so the griffie can put them on the council agenda as is.
"""

import io
from datetime import date

from docx.enum.section import WD_ORIENT
from docx.shared import Pt

from briefings.commitments.services import due_label, is_overdue
from briefings.vocabulary import COMMITMENT_KINDS, COMMITMENT_STATUSES, MEETING_BODIES, dutch_date

COLUMNS = ("Nummer", "Soort", "Titel", "Toezegging", "Portefeuillehouder", "Gedaan aan",
           "Gedaan op", "Termijn", "Termijndatum", "Status", "Te laat", "Stand van zaken",
           "Afdoening")
WIDTHS = (12, 11, 24, 60, 22, 12, 12, 28, 12, 14, 8, 40, 30)
WORD_COLUMNS = ("Nr.", "Toezegging", "Portefeuillehouder", "Termijn", "Status")


def _row(c, today: date) -> list:
    return [c.number or str(c.id), COMMITMENT_KINDS.get(c.kind, c.kind), c.title or "", c.text,
            c.portfolio_holder or "", MEETING_BODIES.get(c.made_to or "", ""), c.made_on,
            c.due_text or "", c.due_date, COMMITMENT_STATUSES[c.status],
            "ja" if is_overdue(c, today) else "nee", c.progress or "", c.fulfilment or ""]


def commitments_xlsx(commitments, *, today: date) -> bytes:
    """Return the register as .xlsx: real date cells, frozen header, text never a formula."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Toezeggingen"
    sheet.append(COLUMNS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for c in commitments:
        sheet.append(_row(c, today))
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str) and cell.data_type == "f":
                cell.data_type = "s"  # "=SOM(…)" typed by a person stays text
            if isinstance(cell.value, date):
                cell.number_format = "d-m-yyyy"
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for index, width in enumerate(WIDTHS, start=1):
        sheet.column_dimensions[sheet.cell(1, index).column_letter].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def commitments_docx(commitments, *, today: date, title: str, template=None) -> bytes:
    """Return the register as a Word table in the house style (the export template)."""
    from briefings.export import to_bytes
    from briefings.export.template import ensure_styles, open_template

    document = open_template(template)
    ensure_styles(document)
    names = {style.name for style in document.styles}
    _landscape(document.sections[0])
    document.add_paragraph(title, style="Title" if "Title" in names else None)
    document.add_paragraph(f"Stand op {dutch_date(today)}: {len(commitments)} toezegging(en).")
    table = document.add_table(rows=1, cols=len(WORD_COLUMNS))
    if "Table Grid" in names:
        table.style = document.styles["Table Grid"]
    for cell, name in zip(table.rows[0].cells, WORD_COLUMNS, strict=True):
        cell.paragraphs[0].add_run(name).bold = True
    _repeat_header(table.rows[0])
    for c in commitments:
        cells = table.add_row().cells
        cells[0].text = c.number or str(c.id)
        _text_cell(cells[1], c)
        cells[2].text = c.portfolio_holder or ""
        cells[3].text = (due_label(c) or "") + (" — te laat" if is_overdue(c, today) else "")
        cells[4].text = COMMITMENT_STATUSES[c.status]
    return to_bytes(document)


def _text_cell(cell, c) -> None:
    paragraph = cell.paragraphs[0]
    if c.title:
        paragraph.add_run(c.title).bold = True
        paragraph.add_run("\n")
    paragraph.add_run(c.text)
    if c.kind != "toezegging":
        paragraph.add_run(f" ({COMMITMENT_KINDS.get(c.kind, c.kind)})").italic = True
    if c.progress:
        run = cell.add_paragraph().add_run(f"Stand van zaken: {c.progress}")
        run.italic, run.font.size = True, Pt(9)


def _landscape(section) -> None:
    if section.orientation != WD_ORIENT.LANDSCAPE:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width


def _repeat_header(row) -> None:
    """Repeat the header row on every page of a long register."""
    from docx.oxml import OxmlElement

    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    properties.append(header)
