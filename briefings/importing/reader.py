"""Open an uploaded or given file safely and read its paragraphs; every refusal in Dutch."""

import io
import logging
import zipfile
import zlib
from pathlib import PurePath

from lxml.etree import XMLSyntaxError

from briefings.importing.docx_reader import read_docx
from briefings.importing.errors import ImportRefused
from briefings.importing.paragraphs import Paragraphs
from briefings.importing.text_reader import read_text

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 20 * 1024 * 1024
#: a .docx is a zip: its parts together may not unpack to more than this (zip bombs)
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
MAX_ZIP_ENTRIES = 2000
EXTENSIONS = (".docx", ".txt", ".md")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
REFUSED = {
    ".doc": "Oude Word-bestanden (.doc) kunnen niet worden ingelezen. Open het in Word en sla "
            "het op als .docx.",
    ".pdf": "PDF-bestanden kunnen niet worden ingelezen. Gebruik het Word-bestand, of kopieer de "
            "tekst naar een .txt-bestand.",
}
#: what to do with a damaged Word file, said after what is wrong with it
RESAVE = "Open het in Word, sla het opnieuw op als .docx en importeer het dan nog eens."


def read_document(filename: str, data: bytes, *, max_bytes=MAX_FILE_BYTES) -> Paragraphs:
    """Return the paragraphs of a .docx, .txt or .md file.

    :raises ImportRefused: unsupported type, too large, empty, corrupt, password-protected.
    """
    extension = PurePath(filename).suffix.lower()
    if extension in REFUSED:
        raise ImportRefused(REFUSED[extension])
    if extension not in EXTENSIONS:
        raise ImportRefused(f"Onbekend bestandstype '{extension or filename}': alleen .docx, "
                            ".txt en .md kunnen worden ingelezen.")
    if len(data) > max_bytes:
        raise ImportRefused(f"Het bestand is te groot (maximaal {max_bytes // (1024 * 1024)} MB).")
    if not data.strip():
        raise ImportRefused("Het bestand is leeg.")
    if extension == ".docx":
        return _read_docx_safely(data)
    if data.startswith(b"%PDF"):
        raise ImportRefused(REFUSED[".pdf"])
    return read_text(data)


def _read_docx_safely(data: bytes) -> Paragraphs:
    if data.startswith(_OLE_MAGIC):
        raise ImportRefused("Dit Word-bestand is beveiligd met een wachtwoord (of het is een oud "
                            ".doc-bestand). Haal de beveiliging weg en sla het op als .docx.")
    check_zip(data)
    try:
        return read_docx(data)
    except Exception as error:  # python-docx and lxml raise many kinds on a damaged file
        log.warning("Word-bestand niet leesbaar", exc_info=error)
        raise ImportRefused(f"Het Word-bestand is beschadigd: {_damage(error)}. {RESAVE}"
                            ) from None


def _damage(error: Exception) -> str:
    """Say in Dutch what is wrong with the file; the exception itself goes to the log."""
    if isinstance(error, XMLSyntaxError):
        return "de opmaak van de tekst (XML) is onvolledig of ongeldig"
    if isinstance(error, KeyError):
        return "er ontbreekt een onderdeel dat elk Word-document heeft"
    if isinstance(error, (zipfile.BadZipFile, zlib.error, EOFError)):
        return "het ingepakte bestand is afgebroken of kapot"
    if isinstance(error, (ValueError, TypeError, AttributeError)):
        return "een onderdeel ervan heeft niet de vorm van een Word-document"
    return "het kon niet worden gelezen"


def check_zip(data: bytes) -> None:
    """Refuse a damaged zip, or one that would unpack to too much (a zip bomb)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise ImportRefused("Het Word-bestand is beschadigd: het is geen geldig .docx-bestand "
                            f"(geen leesbaar zip-archief). {RESAVE}") from None
    if len(entries) > MAX_ZIP_ENTRIES or sum(e.file_size for e in entries) > MAX_UNPACKED_BYTES:
        raise ImportRefused("Het Word-bestand is uitgepakt veel te groot "
                            f"(meer dan {MAX_UNPACKED_BYTES // (1024 * 1024)} MB); "
                            "het wordt niet ingelezen.")
    if "word/document.xml" not in {e.filename for e in entries}:
        raise ImportRefused("Het Word-bestand is beschadigd: dit .docx-bestand bevat geen "
                            f"Word-document (word/document.xml ontbreekt). {RESAVE}")
