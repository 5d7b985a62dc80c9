"""Save a parsed document as an Annotation through the authoring services (history + index log)."""

import hashlib
from pathlib import PurePath

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from briefings import authoring
from briefings.authoring.bulk import add_questions
from briefings.commitments.suggestions import suggest_for_new_texts
from briefings.errors import Conflict
from briefings.importing.header import OVERVIEW
from briefings.messages import msg
from briefings.models import ImportedDocument
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


def save_document(session, document: dict, *, by, filename: str, digest: str, trial=False):
    """Create the annotation described by `document` and record the import; flush, no commit.

    :raises PermissionDenied, ValidationError, Conflict: Conflict when already imported.
    """
    require(by, "import")
    imported = _claim(session, digest, filename, by=by)
    overview, sections = _overview(document["sections"])
    annotation = authoring.create_annotation(session, by=by, overview=overview,
                                             **_header(document, filename))
    added = authoring.add_sections(session, annotation, [
        {"kind": section["kind"], "heading": section["heading"], "body": section["markdown"]}
        for section in sections if section["heading"] or section["markdown"]], by=by)
    questions = add_questions(session, annotation,
                              [_question_item(q) for q in document["questions"]], by=by)
    if not trial:  # a trial save is rolled back: it has no use for suggestions
        suggest_for_new_texts(session, annotation, sections=added, questions=questions)
    imported.annotation_id = annotation.id
    session.flush()
    return annotation


def trial_save(session, document: dict, *, by, filename: str, digest: str) -> None:
    """Run the whole save in a savepoint and undo it: every check, nothing kept.

    :raises PermissionDenied, ValidationError, Conflict: as save_document would.
    """
    savepoint = session.begin_nested()
    try:
        save_document(session, document, by=by, filename=filename, digest=digest, trial=True)
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
        raise Conflict(msg("import.name_al_eerder_geimporteerd",
                           name=PurePath(filename).name)) from None
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


def _question_item(question: dict) -> dict:
    """A parsed question as add_questions takes it; the source's number is kept as it was."""
    return {
        "text": question["text"], "block": question["block"], "asker": question["asker"],
        "note": question["note"], "number": question["number"],
        "variants": [{"label": LABEL_CODES[v["label"]], "body": v["markdown"],
                      "explanation": v["explanation"], "comments": v.get("comments", []),
                      "same_as": _same_as(v)} for v in question["variants"]],
    }


def _same_as(variant: dict) -> tuple[int, int] | None:
    same = variant.get("same_as")
    return (same["question"], same["variant"]) if same else None
