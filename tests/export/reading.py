"""Reading an exported .docx back, as Word would: styles, list numbering, every XML part."""

import io
import zipfile

from docx import Document
from docx.oxml.ns import qn

from briefings.export import export, to_bytes


def exported(annotation, mode, **options) -> bytes:
    return to_bytes(export(annotation, mode, **options))


def paragraphs(data: bytes) -> list[dict]:
    """Return the body paragraphs: style name, text, list instance and level."""
    document = Document(io.BytesIO(data))
    rows = []
    for paragraph in document.paragraphs:
        numpr = paragraph._p.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
        num = level = None
        if numpr is not None:
            num = int(numpr.find(qn("w:numId")).get(qn("w:val")))
            level = int(numpr.find(qn("w:ilvl")).get(qn("w:val")))
        rows.append({"style": paragraph.style.name, "text": paragraph.text, "num": num,
                     "level": level})
    return rows


def styled(data: bytes, style: str) -> list[dict]:
    return [p for p in paragraphs(data) if p["style"] == style]


def list_starts(data: bytes) -> dict[int, int]:
    """Return numId -> the start value its level-0 override sets."""
    numbering = Document(io.BytesIO(data)).part.numbering_part.element
    starts = {}
    for num in numbering.findall(qn("w:num")):
        override = num.find(f"{qn('w:lvlOverride')}/{qn('w:startOverride')}")
        if override is not None:
            starts[int(num.get(qn("w:numId")))] = int(override.get(qn("w:val")))
    return starts


def xml_parts(data: bytes) -> dict[str, str]:
    """Return every XML part of the package (document, headers, comments, properties)."""
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return {name: package.read(name).decode("utf-8") for name in package.namelist()
                if name.endswith((".xml", ".rels"))}
