"""Bad input: a clear Dutch reason, never a crash and never anything saved."""

import io
import zipfile

import pytest

from briefings.errors import ValidationError
from briefings.importing import parse_document
from briefings.importing.reader import MAX_UNPACKED_BYTES


def _refused(filename, data, **kwargs) -> str:
    with pytest.raises(ValidationError) as raised:
        parse_document(filename, data, **kwargs)
    return raised.value.message


def test_old_word_and_pdf_files_are_refused_with_advice():
    assert "sla het op als .docx" in _refused("oud.doc", b"\xd0\xcf\x11\xe0 iets")
    assert "PDF" in _refused("stuk.pdf", b"%PDF-1.7 ...")
    assert "PDF" in _refused("stuk.txt", b"%PDF-1.7 ...")


def test_unknown_extension_is_refused():
    assert "alleen .docx, .txt en .md" in _refused("foto.png", b"\x89PNG")


def test_empty_file_is_refused():
    assert _refused("leeg.docx", b"") == "Het bestand is leeg."
    assert _refused("leeg.txt", b"  \n\n ") == "Het bestand is leeg."


def test_file_over_the_size_limit_is_refused():
    assert "te groot (maximaal 1 MB)" in _refused("groot.txt", b"x" * (1024 * 1024 + 1),
                                                  max_bytes=1024 * 1024)


def test_corrupt_docx_is_refused():
    assert "beschadigd" in _refused("kapot.docx", b"PK\x03\x04 dit is geen zip")


def test_zip_without_a_word_document_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("iets.txt", "hallo")
    assert "geen Word-document" in _refused("raar.docx", buffer.getvalue())


def test_damaged_word_xml_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types")
        archive.writestr("word/document.xml", "<w:document")
    assert "beschadigd" in _refused("kapot.docx", buffer.getvalue())


def test_password_protected_docx_is_refused():
    # Word stores an encrypted .docx in an OLE compound file, not in a zip.
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600
    assert "wachtwoord" in _refused("geheim.docx", data)


def test_zip_bomb_is_refused_before_unpacking():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<x/>")
        archive.writestr("word/media/bom.bin", b"\x00" * (MAX_UNPACKED_BYTES + 1))
    data = buffer.getvalue()
    assert len(data) < 1024 * 1024
    assert "uitgepakt veel te groot" in _refused("bom.docx", data)


def test_binary_text_file_is_refused():
    assert "geen tekstbestand" in _refused("data.txt", b"abc\x00\x01\x02")


def test_text_without_recognisable_structure_is_refused():
    message = _refused("brief.txt", b"Beste collega,\n\nhierbij de stukken. Groet, Anna.")
    assert message.startswith("Geen herkenbare annotatie gevonden")


def test_windows_encoded_text_is_read():
    document = parse_document("oud.txt", "Kernboodschap\n\n- Café geïnformeerd.".encode("cp1252"))
    assert document["sections"][0]["markdown"] == "- Café geïnformeerd."
