"""Word export of an annotation, in three modes, each a function returning the document:

- `export_final`: per question only the chosen answer; no notes, comments or statuses.
- `export_draft`: every variant with label, review status and author, internal notes, open
  review comments as Word comments, "CONCEPT" in the header.
- `export_woo`: the final copy with personal data replaced by its Woo ground (`5.1.2e`,
  `5.1.1e`) in black boxes, and an inventory of the redactions (see briefings/woo/).

Final and Woo refuse (IncompleteExport, listing the gaps) while a question has no chosen answer
or an open point is left, unless `allow_incomplete`: then the gaps are marked in the document.
"""

import io

from briefings.export import blackbox, ooxml, package
from briefings.export.document import Mode, Writer
from briefings.export.readiness import Gap, IncompleteExport, export_gaps
from briefings.export.template import ensure_styles, open_template
from briefings.export.woo import (
    GROUND,
    add_inventory,
    inventory,
    scrub_relationships,
    woo_redactor,
)
from briefings.vocabulary import dutch_dates
from briefings.woo.redactor import DEFAULT_PUBLIC_ROLES, unmark

#: mode -> (Dutch label, permission action)
MODES = {
    "final": ("Definitief", "export.final"),
    "draft": ("Concept", "export.draft"),
    "woo": ("Woo-versie", "export.woo"),
}
CLASSIFICATIONS = {"final": "Definitief", "draft": "CONCEPT", "woo": "Woo-versie (openbaar)"}
#: the header of a final copy exported with gaps left (marked in yellow in the text)
INCOMPLETE = "ONVOLLEDIG – nog niet definitief"

__all__ = ["MODES", "Gap", "IncompleteExport", "export", "export_draft", "export_final",
           "export_gaps", "export_woo", "to_bytes", "woo_proposals",
           "woo_with_inventory"]


def export_final(annotation, *, allow_incomplete=False, template=None, by=None):
    """Return the final copy of `annotation` as a python-docx Document.

    :raises IncompleteExport: when gaps are left and `allow_incomplete` is not set.
    """
    gaps = _check(annotation, allow_incomplete)
    # A copy with gaps is not final, and its header must not say so.
    classification = INCOMPLETE if gaps else CLASSIFICATIONS["final"]
    mode = Mode("final", classification, internal=False, incomplete=len(gaps))
    author = package.user_name(annotation, annotation.created_by_id)
    return _build(annotation, mode, template, author=author, modified_by=_name(by, author))


def export_draft(annotation, *, template=None, by=None):
    """Return the draft copy of `annotation`: everything, for internal use."""
    mode = Mode("draft", CLASSIFICATIONS["draft"], internal=True)
    author = package.user_name(annotation, annotation.created_by_id)
    return _build(annotation, mode, template, author=author, modified_by=_name(by, author))


def export_woo(annotation, *, allow_incomplete=False, template=None, by=None,
               public_roles=DEFAULT_PUBLIC_ROLES):
    """Return the Woo copy: the final copy without personal data (names, e-mail, telephone,
    BSN, IBAN, postcode with number) anywhere in the package, each redaction a black box with
    its ground, and an inventory of the redactions as its last part.

    :raises IncompleteExport: when gaps are left and `allow_incomplete` is not set.
    """
    return woo_with_inventory(annotation, allow_incomplete=allow_incomplete, template=template,
                              by=by, public_roles=public_roles)[0]


def woo_with_inventory(annotation, *, allow_incomplete=False, template=None, by=None,
                       public_roles=DEFAULT_PUBLIC_ROLES):
    """Return the Woo copy and its inventory rows (place, kind, ground, count).

    :raises IncompleteExport: when gaps are left and `allow_incomplete` is not set.
    """
    gaps = _check(annotation, allow_incomplete)
    redact = woo_redactor(annotation, by, public_roles)
    document = _woo_document(annotation, redact, template, len(gaps))
    rows = inventory(redact)
    writer_body = ooxml.Body(document, ensure_styles(document))
    add_inventory(document, writer_body, rows)
    blackbox.black_boxes(document)
    scrub_relationships(document)
    package.scrub_app_properties(document)
    return document, rows


def woo_proposals(annotation, *, template=None, by=None, public_roles=DEFAULT_PUBLIC_ROLES):
    """Return (hits, redactor): every redaction the Woo copy of `annotation` makes, in
    document order, whether or not it is complete yet (for the lakken page)."""
    redact = woo_redactor(annotation, by, public_roles)
    _woo_document(annotation, redact, template, len(export_gaps(annotation)))
    return redact.hits, redact


def _woo_document(annotation, redact, template, incomplete):
    mode = Mode("woo", CLASSIFICATIONS["woo"], internal=False, redact=redact,
                incomplete=incomplete)
    document = _build(annotation, mode, template, author=GROUND, modified_by=GROUND)
    blackbox.sweep(document, redact)
    blackbox.scrub_other_parts(document, redact)
    return document


def export(annotation, mode: str, *, allow_incomplete=False, template=None, by=None,
           public_roles=DEFAULT_PUBLIC_ROLES):
    """Return the document of `annotation` in `mode` ("final", "draft" or "woo")."""
    if mode == "draft":
        return export_draft(annotation, template=template, by=by)
    if mode == "woo":
        return export_woo(annotation, allow_incomplete=allow_incomplete, template=template,
                          by=by, public_roles=public_roles)
    return export_final(annotation, allow_incomplete=allow_incomplete, template=template, by=by)


def to_bytes(document) -> bytes:
    """Return the .docx file of a document."""
    stream = io.BytesIO()
    document.save(stream)
    return stream.getvalue()


def _check(annotation, allow_incomplete) -> list[Gap]:
    gaps = export_gaps(annotation)
    if gaps and not allow_incomplete:
        raise IncompleteExport(gaps)
    return gaps


def _name(user, default: str) -> str:
    return user.name if user is not None else default


def _build(annotation, mode: Mode, template, *, author, modified_by):
    document = open_template(template)
    styles = ensure_styles(document)
    writer = Writer(document, styles, mode)
    writer.write(annotation)
    if mode.internal:
        package.add_review_comments(document, styles, writer.variant_anchors)
    mode.at("Paginakop")
    package.header_and_footer(document, styles, mode.redact(annotation.title),
                              mode.classification)
    mode.at("Documenteigenschappen")
    title = unmark(mode.redact(annotation.title))
    package.set_properties(
        document, annotation, title=title, subject=unmark(mode.redact(_subject(annotation))),
        author=author, modified_by=modified_by, category=MODES[mode.name][0],
        status=mode.classification,
    )
    return document


def _subject(annotation) -> str:
    parts = [f"Annotatie voor {annotation.portfolio_holder}"]
    if annotation.meeting is not None:
        dates = dutch_dates([d.date for d in annotation.meeting.dates])
        parts.append(f"{annotation.meeting.name} {dates}".strip())
    if annotation.agenda_item:
        parts.append(f"agendapunt {annotation.agenda_item}")
    return ", ".join(parts)

