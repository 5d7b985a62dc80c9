"""Low-level WordprocessingML: paragraphs, runs, hyperlinks, fields and list numbering.

Built with lxml directly (python-docx's element classes) because a 200-question annotation has
thousands of paragraphs and the export must stay under a second. Child elements are written in
the order the OOXML schema prescribes.
"""

import re
from functools import lru_cache

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

#: characters XML 1.0 does not allow; a pasted text can contain them
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
#: styles whose numbered paragraphs keep their spacing (a question, a theme heading)
_NUMBERED_HEADS = {"Vraag", "Thema"}


@lru_cache(maxsize=256)
def _clark(name: str) -> str:
    return qn(name)


def sub(parent, tag: str, **attrs) -> etree._Element:
    """Append a `w:` child (attributes given without prefix) and return it."""
    if not attrs:
        return etree.SubElement(parent, _clark(tag))
    return etree.SubElement(parent, _clark(tag),
                            {_clark("w:" + name): str(value) for name, value in attrs.items()})


class Body:
    """Appends paragraphs to a story (document body, header, footer) before its closing sectPr."""

    def __init__(self, document, styles: dict[str, str]):
        self.document = document
        self.part = document.part
        self.styles = styles
        body = document.element.body
        self._anchor = body.find(qn("w:sectPr"))
        self._body = body
        #: url -> relationship id; python-docx looks a relationship up by scanning them all
        self._links: dict[str, str] = {}

    def paragraph(self, style: str | None = None, *, num: int | None = None, level: int = 0,
                  indent: int | None = None, keep_next: bool = False) -> etree._Element:
        """Append an empty paragraph in `style` (a style name), numbered if `num` is given."""
        p = OxmlElement("w:p")
        # list items sit close together, like Word's own List Paragraph; a numbered question
        # or theme heading keeps its space
        tight = num is not None and style not in _NUMBERED_HEADS
        set_paragraph_properties(p, self.styles.get(style) if style else None, num=num,
                                 level=level, indent=indent, keep_next=keep_next, tight=tight)
        if self._anchor is not None:
            self._anchor.addprevious(p)
        else:
            self._body.append(p)
        return p

    def hyperlink(self, p, url: str) -> etree._Element:
        """Append a `w:hyperlink` to an external `url` and return it (runs go inside)."""
        rid = self._links.get(url)
        if rid is None:
            rid = self._links[url] = self.part.relate_to(url, RT.HYPERLINK, is_external=True)
        link = sub(p, "w:hyperlink")
        link.set(qn("r:id"), rid)
        link.set(qn("w:history"), "1")
        return link


def set_paragraph_properties(p, style_id, *, num=None, level=0, indent=None, keep_next=False,
                             tight=False):
    ppr = sub(p, "w:pPr")
    if style_id:
        sub(ppr, "w:pStyle", val=style_id)
    if keep_next:
        sub(ppr, "w:keepNext")
    if num is not None:
        numpr = sub(ppr, "w:numPr")
        sub(numpr, "w:ilvl", val=level)
        sub(numpr, "w:numId", val=num)
    if indent is not None:
        sub(ppr, "w:ind", left=indent)
    if tight:
        sub(ppr, "w:contextualSpacing")


def run(parent, text: str, *, bold=False, italic=False, strike=False, style_id=None,
        color=None, highlight=None, mono=False) -> etree._Element:
    """Append a run with `text` (newlines become breaks, tabs become tabs) and return it."""
    r = sub(parent, "w:r")
    if bold or italic or strike or style_id or color or highlight or mono:
        rpr = sub(r, "w:rPr")
        if style_id:
            sub(rpr, "w:rStyle", val=style_id)
        if mono:
            sub(rpr, "w:rFonts", ascii="Courier New", hAnsi="Courier New", cs="Courier New")
        if bold:
            sub(rpr, "w:b")
        if italic:
            sub(rpr, "w:i")
        if strike:
            sub(rpr, "w:strike")
        if color:
            sub(rpr, "w:color", val=color)
        if highlight:
            sub(rpr, "w:highlight", val=highlight)
    _add_text(r, text)
    return r


def clean(text: str | None) -> str:
    """Return `text` without the characters XML cannot hold; Word's manual line break (a
    vertical tab when pasted) becomes a space."""
    return _ILLEGAL.sub("", (text or "").replace("\x0b", " "))


def _add_text(r, text: str) -> None:
    text = clean(text.replace("\x0b", "\n"))
    for line_number, line in enumerate(text.split("\n")):
        if line_number:
            sub(r, "w:br")
        for piece_number, piece in enumerate(line.split("\t")):
            if piece_number:
                sub(r, "w:tab")
            if piece:
                t = sub(r, "w:t")
                t.text = piece
                if piece[0].isspace() or piece[-1].isspace():
                    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


def field(p, instruction: str, placeholder: str = "1") -> None:
    """Append a complex field (PAGE, NUMPAGES) whose result Word and LibreOffice compute."""
    sub(sub(p, "w:r"), "w:fldChar", fldCharType="begin")
    instr = sub(sub(p, "w:r"), "w:instrText")
    instr.text = f" {instruction} "
    instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    sub(sub(p, "w:r"), "w:fldChar", fldCharType="separate")
    run(p, placeholder)
    sub(sub(p, "w:r"), "w:fldChar", fldCharType="end")


def no_borders(table) -> None:
    """Remove every border of a python-docx table (the title block is a borderless table)."""
    tblpr = table._tbl.tblPr
    for old in tblpr.findall(qn("w:tblBorders")):
        tblpr.remove(old)
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        sub(borders, f"w:{edge}", val="nil")
    # tblBorders comes after tblStyle/tblpPr/tblOverlap/bidiVisual/tblStyleRowBandSize/
    # tblStyleColBandSize/tblW/jc/tblCellSpacing/tblInd; before shd/tblLayout/tblCellMar/tblLook
    successors = {qn(f"w:{t}") for t in ("shd", "tblLayout", "tblCellMar", "tblLook",
                                          "tblCaption", "tblDescription")}
    for child in tblpr:
        if child.tag in successors:
            child.addprevious(borders)
            return
    tblpr.append(borders)
