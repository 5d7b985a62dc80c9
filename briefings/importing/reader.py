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
from briefings.messages import msg

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 20 * 1024 * 1024
#: a .docx is a zip: its parts together may not unpack to more than this (zip bombs)
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
MAX_ZIP_ENTRIES = 2000
EXTENSIONS = (".docx", ".txt", ".md")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: extension -> key of the refusal
REFUSED = {".doc": "import.oud_word_bestand", ".pdf": "import.pdf_bestand"}
#: what to do with a damaged Word file, said after what is wrong with it
RESAVE = "Open het in Word, sla het opnieuw op als .docx en importeer het dan nog eens."


def read_document(filename: str, data: bytes, *, max_bytes=MAX_FILE_BYTES) -> Paragraphs:
    """Return the paragraphs of a .docx, .txt or .md file.

    :raises ImportRefused: unsupported type, too large, empty, corrupt, password-protected.
    """
    extension = PurePath(filename).suffix.lower()
    if extension in REFUSED:
        raise ImportRefused(msg(REFUSED[extension]))
    if extension not in EXTENSIONS:
        raise ImportRefused(msg("import.onbekend_bestandstype_extension_alleen",
                                extension=extension or filename))
    if len(data) > max_bytes:
        raise ImportRefused(msg("http.bestand_te_groot_mb",
                                megabytes=max_bytes // (1024 * 1024)))
    if not data.strip():
        raise ImportRefused(msg("commitment.bestand_leeg"))
    if extension == ".docx":
        return _read_docx_safely(data)
    if data.startswith(b"%PDF"):
        raise ImportRefused(msg(REFUSED[".pdf"]))
    return read_text(data)


def _read_docx_safely(data: bytes) -> Paragraphs:
    if data.startswith(_OLE_MAGIC):
        raise ImportRefused(msg("import.word_bestand_beveiligd_met"))
    check_zip(data)
    try:
        return read_docx(data)
    except Exception as error:  # python-docx and lxml raise many kinds on a damaged file
        log.warning("Word-bestand niet leesbaar", exc_info=error)
        raise ImportRefused(msg("import.word_beschadigd", damage=_damage(error))
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
        raise ImportRefused(msg("import.word_geen_zip")) from None
    if len(entries) > MAX_ZIP_ENTRIES or sum(e.file_size for e in entries) > MAX_UNPACKED_BYTES:
        raise ImportRefused(msg("import.word_bestand_uitgepakt_veel",
                                megabytes=MAX_UNPACKED_BYTES // (1024 * 1024)))
    if "word/document.xml" not in {e.filename for e in entries}:
        raise ImportRefused(msg("import.word_zonder_document"))
