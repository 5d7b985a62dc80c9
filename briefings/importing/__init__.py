"""Import annotations and press Q&A from .docx, .txt and .md files (no Flask here).

read (reader.py: limits, docx_reader.py, text_reader.py) -> paragraphs -> parse (parser.py)
-> the `--json` structure of DESIGN.md -> save (saving.py, through briefings.authoring).
"""

import logging
from dataclasses import dataclass

from briefings.errors import DomainError
from briefings.importing.errors import ImportRefused
from briefings.importing.parser import parse_paragraphs
from briefings.importing.reader import MAX_FILE_BYTES, read_document
from briefings.importing.saving import content_hash, find_imported, save_document, trial_save
from briefings.messages import msg

log = logging.getLogger(__name__)


@dataclass
class ImportOutcome:
    filename: str
    #: "imported", "skipped" (same content imported before) or "checked" (dry run)
    status: str
    document: dict
    annotation_id: int | None = None


def parse_document(filename: str, data: bytes, *, max_bytes=MAX_FILE_BYTES) -> dict:
    """Return the structure of one file.

    :raises ValidationError: (ImportRefused) with a Dutch reason; nothing is saved.
    """
    paragraphs = read_document(filename, data, max_bytes=max_bytes)
    try:
        document = parse_paragraphs(paragraphs)
    except DomainError:
        raise
    except Exception as error:  # a parser bug must still reach the user as a Dutch sentence
        log.exception("Inlezen van %s mislukt", filename, exc_info=error)
        raise ImportRefused(msg("import.indeling_bestand_kon_niet"),
                            ) from None
    document["warnings"][:0] = paragraphs.warnings
    return document


def import_document(session, filename: str, data: bytes, *, by, dry_run=False) -> ImportOutcome:
    """Parse one file and save it as an annotation, unless it was imported before; flush only.

    A dry run saves nothing; given a user (`by`) it still runs every check of the save.

    :raises ValidationError, PermissionDenied, Conflict:
    """
    document = parse_document(filename, data)
    digest = content_hash(data)
    earlier = find_imported(session, digest)
    if earlier is not None:
        return ImportOutcome(filename, "skipped", document, earlier.annotation_id)
    if dry_run:
        if by is not None:
            trial_save(session, document, by=by, filename=filename, digest=digest)
        return ImportOutcome(filename, "checked", document)
    annotation = save_document(session, document, by=by, filename=filename, digest=digest)
    return ImportOutcome(filename, "imported", document, annotation.id)


__all__ = ["ImportOutcome", "ImportRefused", "content_hash", "import_document", "parse_document",
           "save_document"]
