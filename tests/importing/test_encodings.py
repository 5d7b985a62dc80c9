"""Text files as Windows and Word save them: UTF-16 with BOM, UTF-8 with BOM, Windows-1252."""

import codecs

from briefings.importing import parse_document

TEXT = ("Annotatie voor wethouder Öztürk\n\nVragen commissie\n\nLid Mulder (GroenLinks)\n\n"
        "1. Hoeveel ideeën zijn er ingediend voor het café?\n\nAntwoord: Er zijn 12 ideeën "
        "ingediend.\n")


def _question(document):
    return document["questions"][0]["text"], document["questions"][0]["variants"][0]["markdown"]


def test_utf16_with_bom_is_read_in_both_byte_orders():
    for bom, encoding in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        document = parse_document("word-export.txt", bom + TEXT.replace("\n", "\r\n")
                                  .encode(encoding))
        assert document["portfolio_holder"] == "wethouder Öztürk"
        assert _question(document) == ("Hoeveel ideeën zijn er ingediend voor het café?",
                                       "Er zijn 12 ideeën ingediend.")
        assert document["warnings"] == []


def test_utf16_without_bom_is_recognised():
    document = parse_document("zonder-bom.txt", TEXT.encode("utf-16-le"))
    assert document["portfolio_holder"] == "wethouder Öztürk"


def test_utf8_with_bom_has_no_stray_character_in_the_first_line():
    document = parse_document("kladblok.txt", codecs.BOM_UTF8 + TEXT.encode("utf-8"))
    assert document["portfolio_holder"] == "wethouder Öztürk"
    assert document["warnings"] == []


def test_windows_1252_is_read():
    document = parse_document("oud.txt", TEXT.replace("Öztürk", "De Vries").encode("cp1252"))
    assert _question(document)[0] == "Hoeveel ideeën zijn er ingediend voor het café?"
    assert document["warnings"] == []


def test_one_byte_the_code_page_does_not_define_is_replaced_with_a_warning():
    data = TEXT.replace("Öztürk", "De Vries").encode("cp1252").replace(b"12 id", b"12 \x81id")
    document = parse_document("oud.txt", data)
    assert _question(document)[1] == "Er zijn 12 \ufffdideeën ingediend."
    [warning] = document["warnings"]
    assert warning.startswith("regel 9: 1 teken(s)") and "Windows-1252" in warning
