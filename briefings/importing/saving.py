"""Save a parsed document as an Annotation through the authoring services (history + outbox)."""

import hashlib
from pathlib import PurePath

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from briefings import authoring
from briefings.errors import Conflict
from briefings.importing.header import OVERVIEW
from briefings.models import ImportedDocument, ReviewComment
from briefings.permissions import require
from briefings.vocabulary import VARIANT_LABELS

#: stands in for a required header field the document did not have; an open point to fill in
MISSING_HOLDER = "[Aanvullen: portefeuillehouder]"
LABEL_CODES = {label: code for code, label in VARIANT_LABELS.items()}


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def find_imported(session, digest: str) -> ImportedDocument | None:
    """Return the earlier import of a file with this content hash, if any."""
    return session.scalars(
        select(ImportedDocument).where(ImportedDocument.content_hash == digest)
    ).first()


def save_document(session, document: dict, *, by, filename: str, digest: str):
    """Create the annotation described by `document` and record the import; flush, no commit.

    :raises PermissionDenied, ValidationError, Conflict: Conflict when already imported.
    """
    require(by, "import")
    imported = _claim(session, digest, filename, by=by)
    overview, sections = _overview(document["sections"])
    annotation = authoring.create_annotation(session, by=by, overview=overview,
                                             **_header(document, filename))
    for section in sections:
        if section["heading"] or section["markdown"]:
            authoring.add_section(session, annotation, by=by, kind=section["kind"],
                                  heading=section["heading"], body=section["markdown"])
    saved: list[list] = []  # the variants of each question, for answers shared between them
    for question in document["questions"]:
        saved.append(_save_question(session, annotation, question, by=by, saved=saved))
    imported.annotation_id = annotation.id
    session.flush()
    return annotation


def trial_save(session, document: dict, *, by, filename: str, digest: str) -> None:
    """Run the whole save in a savepoint and undo it: every check, nothing kept.

    :raises PermissionDenied, ValidationError, Conflict: as save_document would.
    """
    savepoint = session.begin_nested()
    try:
        save_document(session, document, by=by, filename=filename, digest=digest)
    finally:
        if savepoint.is_active:
            savepoint.rollback()


def _claim(session, digest: str, filename: str, *, by) -> ImportedDocument:
    """Record the file's hash first: a second import of the same file (even at the same
    moment, in another request) stops here with Conflict instead of saving a duplicate.

    One INSERT that the unique constraint on the hash decides, as the first statement of the
    transaction: a read before it would make SQLite refuse the write at once ("database is
    locked") when another upload wrote in between, instead of waiting its turn. No savepoint
    of its own either: on SQLite, releasing an outermost savepoint commits, which would keep
    the claim of a file whose save then fails.
    """
    imported = ImportedDocument(content_hash=digest, filename=PurePath(filename).name[:500],
                                imported_by_id=by.id)
    session.add(imported)
    try:
        session.flush()
    except IntegrityError:
        session.rollback()
        raise Conflict(f"{PurePath(filename).name} is al eerder geïmporteerd.") from None
    return imported


def _overview(sections) -> tuple[str | None, list[dict]]:
    """'De annotatie bestaat uit de volgende onderdelen:' with its bullets is the overview."""
    for index, section in enumerate(sections):
        if section["kind"] == "overig" and OVERVIEW.match(section["heading"]):
            text = f"{section['heading']}:\n\n{section['markdown']}".strip()
            return text, sections[:index] + sections[index + 1:]
    return None, sections


def _header(document: dict, filename: str) -> dict:
    askers = [q["asker"] for q in document["questions"] if q["asker"]]
    press = any(a["role"] == "journalist" for a in askers)
    return {
        "kind": "persvragen" if press else "annotatie",
        "title": document["title"] or PurePath(filename).stem,
        "portfolio_holder": document["portfolio_holder"] or MISSING_HOLDER,
        "agenda_item": document["agenda_item"],
        "registration_number": document["registration_number"],
        "requested_decision": document["requested_decision"],
        "handling_officials": document["handling_officials"],
        "meeting": document["meeting"],
    }


def _save_question(session, annotation, question: dict, *, by, saved) -> list:
    """Save one question with its variants; return the variants. A variant that points to
    another question's answer ('Zie het antwoord op vraag 3.') is linked to it."""
    saved_question = authoring.add_question(
        session, annotation, by=by, text=question["text"], block=question["block"],
        asker=question["asker"], note=question["note"], number=question["number"] or "",
    )
    if not question["number"]:
        saved_question.number = None
    variants = []
    for variant in question["variants"]:
        added = authoring.add_variant(
            session, saved_question, by=by, label=LABEL_CODES[variant["label"]],
            body=variant["markdown"], explanation=variant["explanation"],
            source_variant=_shared(variant, saved),
        )
        for remark in variant.get("comments", []):
            session.add(ReviewComment(variant_id=added.id, author_id=by.id, text=remark))
        variants.append(added)
    return variants


def _shared(variant: dict, saved: list[list]):
    same = variant.get("same_as")
    if not same or same["question"] >= len(saved):
        return None
    owner = saved[same["question"]]
    return owner[same["variant"]] if same["variant"] < len(owner) else None
