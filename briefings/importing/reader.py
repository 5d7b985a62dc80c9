"""Open an uploaded or given file safely and read its paragraphs; every refusal in Dutch."""

import io
import zipfile
from pathlib import PurePath

from briefings.errors import ValidationError
from briefings.importing.docx_reader import read_docx
from briefings.importing.paragraphs import Paragraph
from briefings.importing.text_reader import read_text

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


class ImportRefused(ValidationError):
    """A file that cannot be imported; `message` says why in Dutch."""


def read_document(filename: str, data: bytes, *, max_bytes=MAX_FILE_BYTES) -> list[Paragraph]:
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


def _read_docx_safely(data: bytes) -> list[Paragraph]:
    if data.startswith(_OLE_MAGIC):
        raise ImportRefused("Dit Word-bestand is beveiligd met een wachtwoord (of het is een oud "
                            ".doc-bestand). Haal de beveiliging weg en sla het op als .docx.")
    check_zip(data)
    try:
        return read_docx(data)
    except Exception as error:  # python-docx and lxml raise many kinds on a damaged file
        raise ImportRefused("Het Word-bestand is beschadigd en kan niet worden gelezen "
                            f"({type(error).__name__}).") from None


def check_zip(data: bytes) -> None:
    """Refuse a damaged zip, or one that would unpack to too much (a zip bomb)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise ImportRefused("Het Word-bestand is beschadigd: het is geen geldig .docx-bestand."
                            ) from None
    if len(entries) > MAX_ZIP_ENTRIES or sum(e.file_size for e in entries) > MAX_UNPACKED_BYTES:
        raise ImportRefused("Het Word-bestand is uitgepakt veel te groot "
                            f"(meer dan {MAX_UNPACKED_BYTES // (1024 * 1024)} MB); "
                            "het wordt niet ingelezen.")
    if "word/document.xml" not in {e.filename for e in entries}:
        raise ImportRefused("Dit .docx-bestand bevat geen Word-document.")
