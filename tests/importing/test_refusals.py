"""Issue 10, point 5: every refusal of an import says in Dutch what is wrong with the file and
what to do; never an exception name. The technical cause goes to the log."""

import io
import logging
import re
import zipfile

import pytest

from briefings.errors import ValidationError
from briefings.importing import parse_document
from tests.importing.docbuilder import docx_from_text

GOOD = docx_from_text("Annotatie voor wethouder Van Buren\n\nVragen\n\n1. Klopt het?\n\nJa.")
#: an exception name, a module path or a traceback in a message
TECHNICAL = re.compile(r"\b\w*(?:Error|Exception|Warning)\b|Traceback|\w+\.\w+\(|\(\w+\)$|"
                       r"\blxml\b|\bdocx\.[a-z]|\bzipfile\b|KeyError|XMLSyntax")
#: what to do: every refusal ends in advice
ADVICE = re.compile(r"\b(?:Open|open|Sla|sla|Kies|kies|Splits|splits|Gebruik|gebruik|"
                    r"Controleer|controleer|Haal|haal|Stuur|Upload|kopieer)\b")


def _rewrite(data: bytes, change) -> bytes:
    """The same .docx with its parts changed by `change(name, content) -> content or None`."""
    source, target = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(target, "w") as archive:
        for item in source.infolist():
            content = change(item.filename, source.read(item.filename))
            if content is not None:
                archive.writestr(item, content)
    return target.getvalue()


def _corrupt_crc(data: bytes) -> bytes:
    """Flip a byte inside document.xml's compressed data: the zip opens, the part does not."""
    position = data.index(b"word/document.xml") + 200
    return data[:position] + bytes([data[position] ^ 0xFF]) + data[position + 1:]


BROKEN = {
    "afgebroken download": GOOD[: len(GOOD) // 2],
    "beschadigde inhoud": _corrupt_crc(GOOD),
    "ongeldige XML": _rewrite(GOOD, lambda n, c: c[: len(c) // 2] if n == "word/document.xml"
                              else c),
    "geen inhoudstypen": _rewrite(GOOD, lambda n, c: None if n == "[Content_Types].xml" else c),
    "kapotte opmaakprofielen": _rewrite(GOOD, lambda n, c: b"<w:styles" if n == "word/styles.xml"
                                        else c),
    "kapotte nummering": _rewrite(GOOD, lambda n, c: b"<?xml version='1.0'?><x>"
                                  if n == "word/numbering.xml" else c),
    "geen Word-document": _rewrite(GOOD, lambda n, c: None if n == "word/document.xml" else c),
    "willekeurige bytes": bytes(range(256)) * 40,
    "wachtwoord": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600,
    "tekst met docx-naam": b"Dit is gewoon tekst.",
}


def _refusal(name: str, data: bytes) -> str:
    with pytest.raises(ValidationError) as refused:
        parse_document(name, data)
    return refused.value.message


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_a_damaged_word_file_is_refused_in_dutch_with_advice(case):
    message = _refusal("stuk.docx", BROKEN[case])
    assert not TECHNICAL.search(message), message
    assert ADVICE.search(message), message
    assert message.startswith(("Het Word-bestand is beschadigd", "Dit Word-bestand is beveiligd"))


@pytest.mark.parametrize(("name", "data"), [
    ("binair.txt", b"\x00\x01\x02tekst"), ("oud.doc", b"\xd0\xcf\x11\xe0"),
    ("stuk.pdf", b"%PDF-1.7"), ("foto.png", b"\x89PNG"), ("brief.txt", b"Beste collega,"),
    ("lang.txt", b"regel\n" * 120_000), ("alinea.txt", b"a" * 60 + b"\n" + b"x\n" * 60_000),
    # text from a PDF, wrapped at every line, that never ends its one sentence
    ("pdf-tekst.txt", b"De gemeente heeft in het afgelopen jaar meldingen over de wachttijd en\n"
     * 3_000),
    # a table of figures and nothing else: no question, no heading, no header
    ("cijfers.md", b"| 2021 | 15 |\n| 2022 | 18 |\n"),
    ("vragen-zonder-tekst.md", b"| Vraag | Antwoord |\n|---|---|\n| | |\n"),
])
def test_other_refusals_say_what_is_wrong_without_exception_names(name, data):
    message = _refusal(name, data)
    assert not TECHNICAL.search(message), message
    assert len(message.split()) >= 5, message


def test_the_technical_cause_goes_to_the_log(caplog):
    with caplog.at_level(logging.WARNING, logger="briefings.importing"):
        _refusal("stuk.docx", BROKEN["ongeldige XML"])
    assert any(record.exc_info and "XMLSyntaxError" in type(record.exc_info[1]).__name__
               for record in caplog.records)


def test_a_damaged_word_upload_shows_the_dutch_reason(client, login_as, app, tmp_path):
    app.config["IMPORT_UPLOAD_DIR"] = str(tmp_path / "uploads")
    login_as("auteur")
    response = client.post("/importeren/", data={"document": (
        io.BytesIO(BROKEN["ongeldige XML"]), "stuk.docx")}, content_type="multipart/form-data")
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "Het Word-bestand is beschadigd" in page and "XMLSyntaxError" not in page
