"""Around the body: page header and footer, review comments, document properties."""

import re
from datetime import UTC, datetime

from docx.oxml.ns import qn
from sqlalchemy.orm import object_session

from briefings.export import ooxml
from briefings.models import User


def header_and_footer(document, styles, title: str, classification: str) -> None:
    """Classification and title in the header; "Pagina X van Y" (fields) in the footer."""
    section = document.sections[0]
    header = _clear(section.header)
    # The classification has a line of its own: after a long title on the same line it
    # wrapped onto a second line, where nobody looks for "CONCEPT".
    p = _story_paragraph(header, styles.get("Header"), tab=None, align="right", clear=())
    ooxml.run(p, classification, bold=True)
    p = _story_paragraph(header, styles.get("Header"), tab=None, align=None, clear=())
    ooxml.run(p, title)
    footer = _clear(section.footer)
    p = _story_paragraph(footer, styles.get("Footer"), tab=None, align="right", clear=())
    ooxml.run(p, "Pagina ")
    ooxml.field(p, "PAGE")
    ooxml.run(p, " van ")
    ooxml.field(p, "NUMPAGES")


def _clear(story):
    story.is_linked_to_previous = False
    element = story._element
    for child in list(element):
        element.remove(child)
    return element


def _story_paragraph(parent, style_id, *, tab, align, clear):
    p = ooxml.sub(parent, "w:p")
    ppr = ooxml.sub(p, "w:pPr")
    if style_id:
        ooxml.sub(ppr, "w:pStyle", val=style_id)
    if tab:
        tabs = ooxml.sub(ppr, "w:tabs")
        for position in sorted({int(x) for x in clear} - {tab}):
            ooxml.sub(tabs, "w:tab", val="clear", pos=position)
        ooxml.sub(tabs, "w:tab", val="right", pos=tab)
    if align:
        ooxml.sub(ppr, "w:jc", val=align)
    return p


def add_review_comments(document, styles, anchors) -> int:
    """Add the unresolved review comments of each variant as Word comments on its label line,
    replies as paragraphs of the comment they answer; return how many were added."""
    added = 0
    for variant, p, runs in anchors:
        by_id = {c.id: c for c in variant.comments}
        for comment in variant.comments:
            if comment.parent_id is not None or comment.resolved:
                continue
            author = comment.author.name if comment.author else "Onbekend"
            first = document.add_comment(
                [_run_object(document, r, p) for r in (runs[0], runs[-1])],
                text=comment.text, author=author, initials=_initials(author),
            )
            first._comment_elm.date = comment.created_at
            for reply in _replies(comment, by_id):
                name = reply.author.name if reply.author else "Onbekend"
                first.add_paragraph(f"{name}: {reply.text}", style="annotation text")
            added += 1
    _fix_comment_style_ids(document, styles)
    return added


def _run_object(document, r, p):
    from docx.text.paragraph import Paragraph
    from docx.text.run import Run

    return Run(r, Paragraph(p, document._body))


def _replies(root, by_id):
    def root_of(comment):
        while comment.parent_id is not None and comment.parent_id in by_id:
            comment = by_id[comment.parent_id]
        return comment

    return [c for c in by_id.values()
            if c.parent_id is not None and not c.resolved and root_of(c) is root]


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[:1].isalpha()).upper()[:4]


def _fix_comment_style_ids(document, styles) -> None:
    """python-docx writes the style ids CommentText/CommentReference; a template may give
    those styles other ids (a Dutch Word names them differently)."""
    wanted = {"CommentText": styles.get("annotation text"),
              "CommentReference": styles.get("annotation reference")}
    if all(key == value or value is None for key, value in wanted.items()):
        return
    root = document.part._comments_part.element
    for tag in ("w:pStyle", "w:rStyle"):
        for element in root.iter(qn(tag)):
            value = element.get(qn("w:val"))
            if wanted.get(value):
                element.set(qn("w:val"), wanted[value])


def set_properties(document, annotation, *, title, subject, author, modified_by, category,
                   status) -> None:
    """Fill the core properties; nothing of the template's own (or python-docx's) remains."""
    core = document.core_properties
    title, subject, author, modified_by, number = map(
        ooxml.clean, (title, subject, author, modified_by, annotation.registration_number))
    core.title, core.subject, core.category = title, subject, category
    core.author, core.last_modified_by = author, modified_by
    core.keywords = core.identifier = number
    core.comments, core.content_status, core.version = "", status, str(annotation.version)
    core.created = _naive(annotation.created_at)
    core.modified = _naive(datetime.now(UTC))
    core.revision = max(1, annotation.version)


def _naive(value):
    return value.astimezone(UTC).replace(tzinfo=None) if value else None


def scrub_app_properties(document) -> None:
    """Blank the people named in docProps/app.xml (a template can carry a manager's name)."""
    for part in document.part.package.iter_parts():
        if str(part.partname) == "/docProps/app.xml":
            part._blob = re.sub(rb"<Manager>[^<]*</Manager>", b"<Manager/>", part.blob)


def user_name(annotation, user_id) -> str:
    """Return the name of a user linked to the annotation (empty when unknown)."""
    user = object_session(annotation).get(User, user_id) if user_id else None
    return user.name if user else ""
