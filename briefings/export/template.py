"""The Word template: the shipped house style, or a municipality's own (`WORD_TEMPLATE`).

The template's styles are used as they are; named styles it lacks are created, so the importer
can always recognise a question, an answer and a note by its style name.
"""

import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from briefings.errors import ValidationError
from briefings.export.ooxml import sub
from briefings.messages import msg

DEFAULT_TEMPLATE = Path(__file__).with_name("default-template.docx")
LANGUAGE = "nl-NL"

P, C = WD_STYLE_TYPE.PARAGRAPH, WD_STYLE_TYPE.CHARACTER

#: style name -> (type, base style, formatting applied only when the style is created)
NAMED_STYLES = {
    "Thema": (P, "Normal", {"bold": True, "keep_next": True, "space_before": 10}),
    "Vraag": (P, "Normal", {"bold": True, "keep_next": True, "space_before": 10}),
    "Antwoord": (P, "Normal", {"indent": 0.635}),
    "Alternatief antwoord": (P, "Antwoord", {"color": "1F4E79"}),
    "Alternatieve aanvulling": (P, "Antwoord", {"color": "1F4E79"}),
    "Toelichting": (P, "Antwoord", {"italic": True, "size": 9}),
    "Notitie": (P, "Antwoord", {"color": "9C2B00", "italic": True}),
    "List Paragraph": (P, "Normal", {"indent": 1.27}),
    "Hyperlink": (C, None, {"color": "0563C1", "underline": True}),
}
#: styles python-docx's comments refer to by id without defining them
COMMENT_STYLES = {
    "CommentText": ("annotation text", P, {"size": 10}),
    "CommentReference": ("annotation reference", C, {"size": 8}),
}
STRUCTURE_STYLES = ("Title", "Heading 1", "Heading 2", "Heading 3", "Header", "Footer")


def open_template(path: str | Path | None = None):
    """Return a new document on the template at `path` (default: the shipped house style),
    with an empty body and every style the export needs."""
    path = Path(path) if path else DEFAULT_TEMPLATE
    try:
        document = Document(_as_document(path))
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, PackageNotFoundError):
        raise ValidationError(
            msg("export.word_sjabloon_ontbreekt", path=path)
        ) from None
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    drop_stale_parts(document)
    ensure_styles(document)
    set_language(document)
    return document


def drop_stale_parts(document) -> None:
    """Drop what the template carries that would not match the export: Word 2010's
    stylesWithEffects.xml copy of the styles (stale once styles.xml gains a style; Word may
    report it as unreadable content) and the thumbnail picture of the template's own page."""
    part = document.part
    for rid, rel in list(part.rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):
            part.drop_rel(rid)
    package_rels = part.package.rels
    for rid, rel in list(package_rels.items()):
        if rel.reltype.endswith("/thumbnail"):
            package_rels.pop(rid)


def _as_document(path: Path):
    """Open a .dotx as if it were a .docx (python-docx refuses the template content type)."""
    if path.suffix.lower() not in (".dotx", ".dotm"):
        return str(path)
    source = zipfile.ZipFile(path)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"template.main+xml", b"document.main+xml")
            target.writestr(item, data)
    out.seek(0)
    return out


def ensure_styles(document) -> dict[str, str]:
    """Create the named styles the template lacks; return style name -> style id."""
    styles = document.styles
    for name, (kind, base, formatting) in NAMED_STYLES.items():
        if _find(styles, name) is None:
            style = styles.add_style(name, kind)
            if base and _find(styles, base) is not None:
                style.base_style = styles[base]
            _format(style, formatting)
    for style_id, (name, kind, formatting) in COMMENT_STYLES.items():
        if _find(styles, name) is None:
            style = styles.add_style(name, kind)
            style.element.styleId = style_id
            _format(style, formatting)
    for name in STRUCTURE_STYLES:
        if _find(styles, name) is None:
            styles.add_style(name, P).base_style = styles["Normal"]
    names = [*NAMED_STYLES, *STRUCTURE_STYLES, "Normal", "Table Grid",
             *(name for name, _, _ in COMMENT_STYLES.values())]
    return {name: style.style_id for name in names if (style := _find(styles, name))}


def _find(styles, name):
    try:
        return styles[name]
    except KeyError:
        return None


def _format(style, formatting: dict) -> None:
    font = style.font
    font.bold = formatting.get("bold")
    font.italic = formatting.get("italic")
    font.underline = formatting.get("underline")
    if "size" in formatting:
        font.size = Pt(formatting["size"])
    if "color" in formatting:
        font.color.rgb = RGBColor.from_string(formatting["color"])
    if style.type != P:
        return
    paragraph = style.paragraph_format
    if formatting.get("keep_next"):
        paragraph.keep_with_next = True
    if "space_before" in formatting:
        paragraph.space_before = Pt(formatting["space_before"])
    if "indent" in formatting:
        paragraph.left_indent = Cm(formatting["indent"])


def set_language(document) -> None:
    """Make Dutch (nl-NL) the language of every text without its own, for spelling and
    hyphenation in Word and LibreOffice."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = sub(styles, "w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = sub(defaults, "w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = sub(rpr_default, "w:rPr")
    for old in rpr.findall(qn("w:lang")):
        rpr.remove(old)
    lang = sub(rpr, "w:lang", val=LANGUAGE, eastAsia=LANGUAGE, bidi="ar-SA")
    _reorder_lang(rpr, lang)
    document.core_properties.language = LANGUAGE


def _reorder_lang(rpr, lang) -> None:
    """w:lang must precede eastAsianLayout/specVanish/oMath in a run's properties."""
    for tag in ("w:eastAsianLayout", "w:specVanish", "w:oMath"):
        later = rpr.find(qn(tag))
        if later is not None:
            later.addprevious(lang)
            return


def build_default_template(path: Path = DEFAULT_TEMPLATE) -> None:
    """Write the shipped house-style template: A4, 2.5 cm margins, Arial 10 pt, Dutch."""
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.5))
    normal = document.styles["Normal"].font
    normal.name, normal.size = "Arial", Pt(10)
    for name, size in (("Title", 16), ("Heading 1", 14), ("Heading 2", 12), ("Heading 3", 11)):
        font = document.styles[name].font
        font.name, font.size = "Arial", Pt(size)
    drop_stale_parts(document)
    ensure_styles(document)
    set_language(document)
    core = document.core_properties
    core.author = core.comments = core.last_modified_by = core.title = ""
    document.save(path)
