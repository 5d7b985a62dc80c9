"""Sections of an annotation: kernboodschap themes and the other kinds, in order."""

from briefings.authoring.texts import text_saved
from briefings.changes import enqueue_index, record
from briefings.errors import ValidationError
from briefings.messages import msg
from briefings.models import Section
from briefings.permissions import require
from briefings.validation import check_version, choice, clean_text, found
from briefings.vocabulary import SECTION_KINDS


def get_section(session, section_id) -> Section:
    """:raises NotFound:"""
    return found(session.get(Section, section_id), "Dit onderdeel")


def add_section(session, annotation, *, by, kind, heading="", body="") -> Section:
    """Append a section at the end of the annotation.

    :raises PermissionDenied, ValidationError:
    """
    [section] = _append(session, annotation, [{"kind": kind, "heading": heading, "body": body}],
                        by=by)
    text_saved(session, section)
    return section


def add_sections(session, annotation, items: list[dict], *, by) -> list[Section]:
    """Append several sections (kind, heading, body) with one flush, to an annotation created in
    this transaction (an import): its own change-log row indexes them, and the caller offers
    their commitment suggestions (`suggest_for_new_texts`).

    :raises PermissionDenied, ValidationError:
    """
    return _append(session, annotation, items, by=by)


def _append(session, annotation, items, *, by) -> list[Section]:
    require(by, "annotation.edit")
    start = max((s.position for s in annotation.sections), default=-1) + 1
    sections = [_new_section(annotation, start + offset, **item)
                for offset, item in enumerate(items)]
    session.add_all(sections)
    session.flush()
    for section in sections:
        record(session, section, "body", None, section.body, by=by, action="create")
    return sections


def _new_section(annotation, position, *, kind, heading="", body="") -> Section:
    section = Section(
        annotation=annotation,
        kind=choice(kind, SECTION_KINDS, "soort onderdeel"),
        heading=clean_text(heading, "Kop", max_length=1000) or "",
        body=clean_text(body, "Tekst") or "",
        position=position,
    )
    if not section.heading and not section.body:
        raise _empty()
    return section


def update_section(session, section, *, by, expected_version=None, kind=None, heading, body):
    """Save a section's heading and bullets; a stale form raises Conflict.

    :raises PermissionDenied, ValidationError, Conflict:
    """
    require(by, "annotation.edit")
    heading = clean_text(heading, "Kop", max_length=1000) or ""
    body = clean_text(body, "Tekst") or ""
    check_version(section, expected_version, what="Dit onderdeel",
                  submitted={"heading": heading, "body": body})
    if not heading and not body:
        raise _empty()
    if kind is not None:
        section.kind = choice(kind, SECTION_KINDS, "soort onderdeel")
    record(session, section, "heading", section.heading, heading, by=by)
    record(session, section, "body", section.body, body, by=by)
    section.heading, section.body = heading, body
    section.version += 1
    text_saved(session, section)
    return section


def move_section(session, section, *, by, direction: int) -> None:
    """Swap the section with its neighbour above (-1) or below (+1)."""
    require(by, "annotation.edit")
    # Reorder a copy: assigning into the relationship list would orphan (delete) a section.
    siblings = list(section.annotation.sections)
    index = siblings.index(section)
    other = index + direction
    if 0 <= other < len(siblings):
        siblings[index], siblings[other] = siblings[other], siblings[index]
        for position, item in enumerate(siblings):
            item.position = position
        section.annotation.sections.sort(key=lambda item: item.position)
    session.flush()


def delete_section(session, section, *, by) -> None:
    require(by, "annotation.edit")
    record(session, section, "body", section.body, None, by=by, action="delete")
    enqueue_index(session, section, op="delete")
    section.annotation.sections.remove(section)
    session.flush()


def _empty() -> ValidationError:
    return ValidationError(msg("annotation.onderdeel_heeft_kop_tekst"))
