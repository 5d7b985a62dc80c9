"""The exports as LibreOffice renders them: list labels, page footer, only what the mode says."""

import shutil
import subprocess

import pytest

from tests.export.reading import exported

pytestmark = pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext")
                                is None, reason="LibreOffice and poppler-utils are needed")


def _convert(paths, target: str, tmp_path):
    """Convert with soffice headless, in a private profile so parallel runs do not collide."""
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", target,
         "--outdir", str(tmp_path), *map(str, paths)],
        check=True, capture_output=True, timeout=240,
    )


@pytest.fixture
def rendered(annotation, tmp_path):
    """Return {mode: (text export, pdf text)} as LibreOffice renders each mode."""
    paths = []
    for mode in ("final", "draft"):
        path = tmp_path / f"{mode}.docx"
        path.write_bytes(exported(annotation, mode))
        paths.append(path)
    _convert(paths, "pdf", tmp_path)
    _convert(paths, "txt:Text", tmp_path)
    result = {}
    for path in paths:
        pdf_text = subprocess.run(["pdftotext", "-layout", str(path.with_suffix(".pdf")), "-"],
                                  check=True, capture_output=True, text=True).stdout
        result[path.stem] = (path.with_suffix(".txt").read_text(encoding="utf-8-sig"), pdf_text)
    return result


def test_libreoffice_renders_the_list_labels_in_order(rendered):
    text, _ = rendered["final"]
    lines = [line.strip() for line in text.splitlines()]
    assert "1. Algemeen" in lines and "2. Zuidoost" in lines
    questions = [line for line in lines if line.endswith("?") and line[:1].isdigit()]
    assert [q.split(".")[0] for q in questions] == ["1", "2", "3", "1", "2"]
    assert "• Eerste kernpunt" in lines


def test_libreoffice_renders_the_footer_and_header(rendered):
    _, pdf_text = rendered["final"]
    assert "Pagina 1 van" in pdf_text
    assert "Kennisnemen van de brandbrief Zuidoost" in pdf_text and "Definitief" in pdf_text
    _, draft_pdf = rendered["draft"]
    assert "CONCEPT" in draft_pdf


def test_libreoffice_shows_internal_matter_only_in_the_draft(rendered):
    final, _ = rendered["final"]
    draft, _ = rendered["draft"]
    assert "NB (intern)" not in final and "NB (intern): Niet te stellig zijn." in draft
    assert "Het MDRA heeft de infrastructuur." not in final
    assert "Alternatief antwoord (Concept, Jan Jansen)" in draft
