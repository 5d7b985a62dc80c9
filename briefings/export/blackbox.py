"""Redactions in the Word package: a last sweep over every paragraph, then black boxes.

The redactor works on the source texts before they become runs. A name can still end up in a
paragraph in pieces the source did not show whole ("Pie**tersen**" is one word in Word), so
each paragraph of every part is read as Word shows it and redacted once more. Then every mark
becomes its own run: black shading, white text, the ground ("5.1.2e"); a PDF made from the
file shows a black box with the ground, and the redacted text is in no part of the package.
"""

import copy

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

from briefings.export import ooxml
from briefings.woo.redactor import MARK_CLOSE, MARK_OPEN, MARK_RE

_T, _R, _P, _RPR = qn("w:t"), qn("w:r"), qn("w:p"), qn("w:rPr")
#: rPr children that must come after w:color / w:shd in the schema's order
_AFTER_COLOR = {qn(f"w:{t}") for t in ("spacing", "w", "kern", "position", "sz", "szCs",
                                         "highlight", "u", "effect", "bdr", "shd", "fitText",
                                         "vertAlign", "rtl", "cs", "em", "lang",
                                         "eastAsianLayout", "specVanish", "oMath")}


def story_roots(document):
    """Yield the root element of every part holding text: body, headers, footers, comments,
    footnotes."""
    for part in document.part.package.iter_parts():
        element = getattr(part, "_element", None)
        if element is not None and part.partname.endswith(".xml") \
                and "/word/" in str(part.partname):
            yield element


def sweep(document, redactor) -> None:
    """Redact what the source texts did not show whole, paragraph by paragraph."""
    redactor.at("Overige tekst")
    for root in story_roots(document):
        for p in root.iter(_P):
            texts = [t for t in p.iter(_T) if t.text]
            whole = "".join(t.text for t in texts)
            if not whole.strip():
                continue
            hits = [h for h in redactor.find(whole) if not _inside_mark(whole, h.start)
                    and (h.kind, h.text.lower()) not in redactor.dismissed_texts]
            if not hits:
                continue
            redactor.hits.extend(hits)
            for hit in reversed(hits):
                _replace_across(texts, hit.start, hit.end,
                                f"{MARK_OPEN}{hit.ground}{MARK_CLOSE}")


def scrub_other_parts(document, redactor) -> None:
    """Redact the text of every other XML part (properties, settings, a template's custom
    parts): a template can carry a person's name where no paragraph shows it."""
    redactor.at("Documenteigenschappen")
    stories = {id(root) for root in story_roots(document)}
    for part in document.part.package.iter_parts():
        if not str(part.partname).endswith(".xml"):
            continue
        element = getattr(part, "_element", None)
        if element is not None:
            if id(element) not in stories:
                _scrub_tree(element, redactor)
            continue
        try:
            tree = etree.fromstring(part.blob)
        except etree.XMLSyntaxError:
            continue
        if _scrub_tree(tree, redactor):
            part._blob = etree.tostring(tree, xml_declaration=True, encoding="UTF-8",
                                        standalone=True)


def _scrub_tree(root, redactor) -> bool:
    changed = False
    for node in root.iter():
        if isinstance(node.tag, str) and node.text and node.text.strip():
            redacted = redactor.plain(node.text)
            if redacted != node.text:
                node.text, changed = redacted, True
    return changed


def _inside_mark(text: str, position: int) -> bool:
    return text.rfind(MARK_OPEN, 0, position) > text.rfind(MARK_CLOSE, 0, position)


def _replace_across(texts, start: int, end: int, mark: str) -> None:
    offset, placed = 0, False
    for t in texts:
        length = len(t.text)
        a, b = max(start, offset), min(end, offset + length)
        if a < b:
            local_a, local_b = a - offset, b - offset
            insert = "" if placed else mark
            t.text = t.text[:local_a] + insert + t.text[local_b:]
            placed = True
        offset += length


def black_boxes(document) -> int:
    """Turn each mark into a run of its own, white on black; return how many."""
    count = 0
    for root in story_roots(document):
        for t in [t for t in root.iter(_T) if t.text and MARK_OPEN in t.text]:
            r = t.getparent()
            if r is not None and r.tag == _R:
                count += _split(r)
    return count


def _split(r) -> int:
    rpr = r.find(_RPR)
    runs, current, count = [], None, 0

    def start(mark: bool):
        new = OxmlElement("w:r")
        if rpr is not None:
            new.append(copy.deepcopy(rpr))
        if mark:
            _black(new)
        runs.append(new)
        return new

    for child in list(r):
        if child is rpr:
            continue
        if child.tag == _T and child.text and MARK_OPEN in child.text:
            for piece, is_mark in _pieces(child.text):
                current = start(is_mark)
                t = ooxml.sub(current, "w:t")
                t.text = piece
                t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                count += is_mark
            current = None
        else:
            if current is None:
                current = start(False)
            current.append(child)
    for new in runs:
        r.addprevious(new)
    r.getparent().remove(r)
    return count


def _pieces(text: str):
    position = 0
    for match in MARK_RE.finditer(text):
        if match.start() > position:
            yield text[position:match.start()], False
        yield match.group(1), True
        position = match.end()
    if position < len(text):
        yield text[position:], False


def _black(r) -> None:
    rpr = r.find(_RPR)
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        r.insert(0, rpr)
    for tag in ("w:color", "w:highlight", "w:shd"):
        for old in rpr.findall(qn(tag)):
            rpr.remove(old)
    color = OxmlElement("w:color")
    color.set(qn("w:val"), "FFFFFF")
    successor = next((c for c in rpr if c.tag in _AFTER_COLOR), None)
    if successor is not None:
        successor.addprevious(color)
    else:
        rpr.append(color)
    shd = OxmlElement("w:shd")
    for name, value in (("val", "clear"), ("color", "auto"), ("fill", "000000")):
        shd.set(qn(f"w:{name}"), value)
    after_shd = {qn(f"w:{t}") for t in ("fitText", "vertAlign", "rtl", "cs", "em", "lang",
                                        "eastAsianLayout", "specVanish", "oMath")}
    successor = next((c for c in rpr if c.tag in after_shd), None)
    if successor is not None:
        successor.addprevious(shd)
    else:
        rpr.append(shd)
