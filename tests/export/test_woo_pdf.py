"""The Woo copy as LibreOffice reads it and as the PDF/A it publishes: black boxes with the
ground, no redacted text in the text layer or the metadata."""

import io
import re
import shutil
import subprocess

import pytest

from tests.export.test_woo import KEPT, _leaks

pytestmark = pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext")
                                is None, reason="LibreOffice and poppler-utils are needed")


def _libreoffice_text(docx: bytes, tmp_path) -> str:
    path = tmp_path / "woo.docx"
    path.write_bytes(docx)
    subprocess.run(["soffice", f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
                    "--headless", "--convert-to", "txt:Text", "--outdir", str(tmp_path),
                    str(path)], check=True, capture_output=True, timeout=240)
    return (tmp_path / "woo.txt").read_text(encoding="utf-8-sig")


def test_woo_pdfa_and_libreoffice_text_hold_no_personal_data(
        client, login_as, personal, tmp_path):
    pdfplumber = pytest.importorskip("pdfplumber")
    login_as("staf")
    page = client.get(f"/annotaties/{personal.id}/woo-lakken").get_data(as_text=True)
    assert "Woo-versie downloaden (PDF/A)" in page

    text = _libreoffice_text(client.get(f"/annotaties/{personal.id}/export/woo").data, tmp_path)
    assert _leaks(text) == []
    assert all(kept in " ".join(text.split()) for kept in KEPT)
    assert "Bijlage: inventaris van de lakkingen" in text

    response = client.get(f"/annotaties/{personal.id}/export/woo/pdf")
    assert response.status_code == 200 and response.mimetype == "application/pdf"
    assert response.headers["Content-Disposition"].endswith(".pdf")
    pdf = response.data
    (tmp_path / "woo.pdf").write_bytes(pdf)
    layer = subprocess.run(["pdftotext", str(tmp_path / "woo.pdf"), "-"], check=True,
                           capture_output=True, text=True).stdout
    info = subprocess.run(["pdfinfo", "-meta", str(tmp_path / "woo.pdf")], check=True,
                          capture_output=True, text=True).stdout
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        words = " ".join(page.extract_text() or "" for page in document.pages)
        metadata = " ".join(str(value) for value in document.metadata.values())
        black = [r for page in document.pages for r in page.rects
                 if r.get("non_stroking_color") in ((0,), (0, 0, 0), [0], [0, 0, 0], 0)]
    for readable in (layer, words, info, metadata):
        assert _leaks(readable) == []
    raw = pdf.decode("latin-1").lower()  # the XMP packet and Info dictionary are plain text
    assert not any(word in raw for word in ("petra", "pietersen", "dewit@", "111222", "henk"))
    assert "Brandbrief van 5.1.2e" in info  # the title, redacted, is the PDF's title
    assert re.search(r"pdfaid:part[^0-9]*2", info), "not PDF/A-2"
    assert "5.1.1e" in layer and layer.count("5.1.2e") > 20
    assert len(black) > 20, "the redactions are not drawn as black boxes"
