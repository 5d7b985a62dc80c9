"""Word list numbering: the number or bullet Word shows before a paragraph (w:numPr)."""

from docx.oxml.ns import qn

ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
         (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


class StyleIndex:
    """Paragraph styles by id, read once (python-docx looks a style up by scanning them all)."""

    def __init__(self, document):
        self.styles = {}  # style id -> (name, based-on id, numPr element or None)
        self.default = None
        for style in document.styles.element.findall(qn("w:style")):
            if style.get(qn("w:type")) != "paragraph":
                continue
            style_id = style.get(qn("w:styleId"))
            name = style.find(qn("w:name"))
            based = style.find(qn("w:basedOn"))
            ppr = style.find(qn("w:pPr"))
            self.styles[style_id] = (
                name.get(qn("w:val")) if name is not None else style_id,
                based.get(qn("w:val")) if based is not None else None,
                ppr.find(qn("w:numPr")) if ppr is not None else None,
            )
            if style.get(qn("w:default")) in ("1", "true"):
                self.default = style_id

    def style_id(self, paragraph) -> str | None:
        ppr = paragraph._p.pPr
        return (ppr.style if ppr is not None else None) or self.default

    def name(self, paragraph) -> str:
        entry = self.styles.get(self.style_id(paragraph))
        return entry[0] if entry else ""

    def num_pr(self, paragraph):
        """numPr of the paragraph's style, or of the styles it is based on."""
        style_id, seen = self.style_id(paragraph), set()
        while style_id in self.styles and style_id not in seen:
            seen.add(style_id)
            _, based, num_pr = self.styles[style_id]
            if num_pr is not None:
                return num_pr
            style_id = based
        return None


class ListNumbering:
    """Counts list items per numbering instance, as Word does when it renders the document."""

    def __init__(self, document):
        self.levels = {}  # numId -> {ilvl: (numFmt, start)}
        self.counters = {}  # numId -> {ilvl: current value}
        self.styles = StyleIndex(document)
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            return
        abstract = {a.get(qn("w:abstractNumId")): a for a in root.findall(qn("w:abstractNum"))}
        for num in root.findall(qn("w:num")):
            ref = num.find(qn("w:abstractNumId"))
            definition = abstract.get(ref.get(qn("w:val"))) if ref is not None else None
            if definition is not None:
                self.levels[num.get(qn("w:numId"))] = _levels(definition, num)

    def label(self, paragraph) -> tuple[str, int, str] | None:
        """Return ("bullet"|"number", level, number text) for a list paragraph, else None."""
        num_id, ilvl = self._num_pr(paragraph)
        if num_id is None or num_id == "0" or num_id not in self.levels:
            return None
        fmt, start = self.levels[num_id].get(ilvl, ("decimal", 1))
        if fmt == "bullet":
            return "bullet", ilvl, ""
        if fmt == "none":
            return None
        counters = self.counters.setdefault(num_id, {})
        value = counters.get(ilvl, start - 1) + 1
        counters[ilvl] = value
        for deeper in [lvl for lvl in counters if lvl > ilvl]:
            del counters[deeper]
        return "number", ilvl, _format(value, fmt)

    def is_listed(self, paragraph, *, numbers_only=False) -> bool:
        """Whether Word puts a number (or a bullet) before the paragraph; counts nothing."""
        num_id, ilvl = self._num_pr(paragraph)
        if num_id is None or num_id == "0" or num_id not in self.levels:
            return False
        fmt = self.levels[num_id].get(ilvl, ("decimal", 1))[0]
        return not numbers_only or fmt not in ("bullet", "none")

    def _num_pr(self, paragraph):
        """numPr on the paragraph, else on its style or the styles it is based on."""
        ppr = paragraph._p.pPr
        num_pr = ppr.numPr if ppr is not None else None
        if num_pr is None:
            num_pr = self.styles.num_pr(paragraph)
        num_id = num_pr.find(qn("w:numId")) if num_pr is not None else None
        if num_id is None:
            return None, 0
        ilvl = num_pr.find(qn("w:ilvl"))
        return num_id.get(qn("w:val")), int(ilvl.get(qn("w:val")) if ilvl is not None else 0)


def _levels(definition, num) -> dict:
    levels = {}
    for lvl in definition.findall(qn("w:lvl")):
        fmt = lvl.find(qn("w:numFmt"))
        start = lvl.find(qn("w:start"))
        levels[int(lvl.get(qn("w:ilvl")))] = (
            fmt.get(qn("w:val")) if fmt is not None else "decimal",
            int(start.get(qn("w:val"))) if start is not None else 1,
        )
    for override in num.findall(qn("w:lvlOverride")):
        start = override.find(qn("w:startOverride"))
        ilvl = int(override.get(qn("w:ilvl")))
        if start is not None and ilvl in levels:
            levels[ilvl] = (levels[ilvl][0], int(start.get(qn("w:val"))))
    return levels


def _format(value: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (value - 1) % 26)
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        text = _roman(value)
        return text.upper() if fmt == "upperRoman" else text
    return str(value)


def _roman(value: int) -> str:
    result = ""
    for amount, letters in ROMAN:
        while value >= amount:
            result, value = result + letters, value - amount
    return result
