"""PDF/A-2 from a Word file, through LibreOffice headless (where it is installed).

Woo copies are published as PDF. LibreOffice draws the black-shaded runs of the redactions as
black boxes with the ground in white; the document properties (already redacted) become the
PDF's metadata.
"""

import shutil
import subprocess
import tempfile
from pathlib import Path

from briefings.errors import DomainError
from briefings.messages import msg

#: PDF/A-2b (SelectPdfVersion 2); the JSON filter options need LibreOffice 7.4 or later
PDFA2_FILTER = 'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}'
TIMEOUT = 180


class PdfUnavailable(DomainError):
    """No PDF can be made on this server right now."""

    status = 503


def soffice() -> str | None:
    """Return the LibreOffice program, or None where it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def to_pdfa(docx: bytes) -> bytes:
    """Return `docx` converted to PDF/A-2.

    :raises PdfUnavailable: when LibreOffice is missing or the conversion fails.
    """
    program = soffice()
    if program is None:
        raise PdfUnavailable(msg("export.libreoffice_ontbreekt"))
    with tempfile.TemporaryDirectory(prefix="woo-pdf-") as folder:
        folder = Path(folder)
        source = folder / "woo.docx"
        source.write_bytes(docx)
        # a private profile: two conversions at once must not share (and lock) one
        profile = (folder / "profile").as_uri()
        try:
            subprocess.run([program, f"-env:UserInstallation={profile}", "--headless",
                            "--norestore", "--convert-to", PDFA2_FILTER, "--outdir",
                            str(folder), str(source)],
                           check=True, capture_output=True, timeout=TIMEOUT)
            return (folder / "woo.pdf").read_bytes()
        except (subprocess.SubprocessError, OSError) as error:
            raise PdfUnavailable(msg("export.pdf_mislukt")) from error
