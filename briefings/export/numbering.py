"""Real Word lists: abstract definitions in numbering.xml and one `w:num` instance per list.

Every list gets its own instance with an explicit start, so Word and LibreOffice restart the
numbering exactly where the annotation restarts it; paragraphs that share an instance run on,
also across the headings and answers in between.
"""

from docx.oxml.ns import qn
from lxml import etree

from briefings.export.ooxml import sub

#: first-level indent (twips) of questions and themes; answers and bullets hang under their text
STEP = 360
BULLETS = ("\u2022", "o", "\u25aa")


class Numbering:
    """The numbering definitions of one document being exported."""

    def __init__(self, document):
        self.root = document.part.numbering_part.element
        self._next_abstract = 1 + max(
            (int(x) for x in self.root.xpath("./w:abstractNum/@w:abstractNumId")), default=-1
        )
        self._next_num = 1 + max((int(x) for x in self.root.xpath("./w:num/@w:numId")),
                                 default=0)
        self._first_num = self.root.find(qn("w:num"))
        self.abstract = {
            "items": self._define(_items_levels()),
            "bullet": self._define(_list_levels("bullet")),
            "ordered": self._define(_list_levels("decimal")),
        }

    def new_list(self, kind: str, *, start: int = 1, level: int = 0) -> int:
        """Return the id of a new list instance of `kind` whose `level` starts at `start`."""
        num_id = self._next_num
        self._next_num += 1
        num = sub(self.root, "w:num", numId=num_id)
        sub(num, "w:abstractNumId", val=self.abstract[kind])
        override = sub(num, "w:lvlOverride", ilvl=level)
        sub(override, "w:startOverride", val=start)
        return num_id

    def _define(self, levels) -> int:
        """Add an abstractNum (before the first w:num, as the schema requires); return its id."""
        abstract_id = self._next_abstract
        self._next_abstract += 1
        element = etree.Element(qn("w:abstractNum"))
        element.set(qn("w:abstractNumId"), str(abstract_id))
        sub(element, "w:multiLevelType", val="hybridMultilevel" if len(levels) > 1
            else "singleLevel")
        for level, (fmt, text, left, font) in enumerate(levels):
            lvl = sub(element, "w:lvl", ilvl=level)
            sub(lvl, "w:start", val=1)
            sub(lvl, "w:numFmt", val=fmt)
            sub(lvl, "w:lvlText", val=text)
            sub(lvl, "w:lvlJc", val="left")
            sub(sub(lvl, "w:pPr"), "w:ind", left=left, hanging=STEP)
            if font:
                sub(sub(lvl, "w:rPr"), "w:rFonts", ascii=font, hAnsi=font, hint="default")
        if self._first_num is not None:
            self._first_num.addprevious(element)
        else:
            self.root.append(element)
        return abstract_id


def _items_levels():
    """Questions and themes: '1.' at the margin."""
    return [("decimal", "%1.", STEP, None)]


def _list_levels(fmt: str):
    """Markdown lists, nine levels, hanging under the question or theme text."""
    levels = []
    for level in range(9):
        left = 2 * STEP + level * STEP
        if fmt == "bullet":
            symbol = BULLETS[level % len(BULLETS)]
            levels.append(("bullet", symbol, left, "Courier New" if symbol == "o" else None))
        else:
            levels.append(("decimal", f"%{level + 1}.", left, None))
    return levels
