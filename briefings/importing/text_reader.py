"""Read .txt and .md files (as saved from Word or extracted from a published PDF)."""

import codecs
import re

from briefings.importing.cleanup import clean_line
from briefings.importing.errors import ImportRefused
from briefings.importing.layouts import is_page_furniture
from briefings.importing.paragraphs import Paragraph, Paragraphs
from briefings.messages import msg

_BULLET = re.compile(
    r"^(?P<indent>[ \t]*)(?:[-*+•▪◦·–]|o(?=\s))\s+(?P<o>o\s+|[•▪◦]\s+)?(?P<text>.*)$")
_NUMBER = re.compile(r"^\s*(?P<number>\d{1,4}[a-z]?)[.)]\s+(?P<text>\S.*)$")
_HEADING = re.compile(r"^(?P<hashes>#{1,6})\s+(?P<text>.+?)\s*#*$")
_TERMINAL = (".", "!", "?", ":", ";")
#: a line broken by a page break is long; short lines are headings or list items
_MIN_BROKEN_LENGTH = 40
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
#: an annotation of 1,000 questions has some 10,000 lines; far more is not one annotation
MAX_LINES = 100_000
#: a paragraph (lines joined over page breaks) longer than this is not prose of an annotation
MAX_PARAGRAPH_CHARS = 100_000


def read_text(data: bytes) -> Paragraphs:
    """Return the paragraphs of a text file, sentences broken by page breaks joined again.

    :raises ImportRefused: when the bytes are not text.
    """
    text, warnings = decode_text(data)
    lines = text.count("\n") + 1
    if lines > MAX_LINES:
        raise ImportRefused(msg("import.bestand_heeft_lines_regels",
                                lines=_dutch(lines), max_lines=_dutch(MAX_LINES)))
    joiner = Joiner()
    previous = None
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        previous = paragraph_from_line(line, f"regel {number}", previous)
        joiner.add(previous)
    return Paragraphs(joiner.result(), warnings)


class Joiner:
    """Collects paragraphs, joining a sentence a page break split; linear in the text."""

    def __init__(self):
        self.paragraphs: list[Paragraph] = []
        self._parts: list[str] = []  # the pieces of the last paragraph, joined at the end
        self._length = 0

    @property
    def last(self) -> Paragraph | None:
        return self.paragraphs[-1] if self.paragraphs else None

    def add(self, paragraph: Paragraph) -> None:
        if is_page_furniture(paragraph.text):
            return  # a page number between the halves of a sentence
        if self.paragraphs and self._continues(paragraph):
            self._parts.append(paragraph.text)
            self._length += len(paragraph.text) + 1
            if self._length > MAX_PARAGRAPH_CHARS:
                raise ImportRefused(
                    msg("import.vanaf_ref_loopt_alinea", ref=self.paragraphs[-1].ref,
                        max_chars=_dutch(MAX_PARAGRAPH_CHARS)))
        elif paragraph.text:
            self._close()
            self.paragraphs.append(paragraph)
            self._parts, self._length = [paragraph.text], len(paragraph.text)

    def result(self) -> list[Paragraph]:
        self._close()
        return self.paragraphs

    def _close(self) -> None:
        if len(self._parts) > 1:
            self.paragraphs[-1].text = " ".join(self._parts)
        self._parts = []

    def _continues(self, paragraph: Paragraph) -> bool:
        """A page break leaves a sentence's end on its own line, starting in lower case."""
        text, previous = paragraph.text, self.paragraphs[-1]
        if (not text or not text[0].islower() or paragraph.number or paragraph.heading is not None
                or paragraph.style):
            return False
        if previous.heading is not None or self._parts[-1].endswith(_TERMINAL):
            return False
        return self._length >= _MIN_BROKEN_LENGTH


def _dutch(number: int) -> str:
    return f"{number:,}".replace(",", ".")


def decode_text(data: bytes) -> tuple[str, list[str]]:
    """Return the text and warnings: UTF-16 (BOM), UTF-8 (with or without BOM), else cp1252
    with any byte it does not define replaced (and said so)."""
    if data.startswith(_UTF16_BOMS) or _looks_like_utf16(data):
        encoding = "utf-16" if data.startswith(_UTF16_BOMS) else "utf-16-le"
        return _decode_replacing(data, encoding, "UTF-16")
    if b"\x00" in data[:4096]:
        raise ImportRefused(msg("import.geen_tekstbestand_bevat_binaire"))
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        return _decode_replacing(data, "cp1252", "Windows-1252")


def _looks_like_utf16(data: bytes) -> bool:
    """UTF-16 without BOM: Dutch text has a zero byte after nearly every character."""
    sample = data[:4096]
    return len(sample) >= 8 and sample[1::2].count(0) > 0.9 * (len(sample) // 2)


def _decode_replacing(data: bytes, encoding: str, name: str) -> tuple[str, list[str]]:
    text = data.decode(encoding, errors="replace")
    bad = text.count("\ufffd")
    if not bad:
        return text, []
    line = text[:text.index("\ufffd")].count("\n") + 1
    return text, [f"regel {line}: {bad} teken(s) in de tekenset {name} onleesbaar; vervangen "
                  "door '\ufffd'. Controleer die plek in het origineel."]


def paragraph_from_line(line: str, ref: str, previous: Paragraph | None) -> Paragraph:
    """Return one line as a paragraph: Markdown heading, (nested) bullet, typed number."""
    line = line.replace("\f", " ")
    heading = _HEADING.match(line)
    if heading:
        return Paragraph(clean_line(heading["text"]), ref, heading=len(heading["hashes"]))
    bullet = _BULLET.match(line)
    if bullet:
        level = _bullet_level(bullet, line, previous)
        return Paragraph(clean_line(bullet["text"]), ref, bullet=level)
    numbered = _NUMBER.match(line)
    if numbered:
        return Paragraph(clean_line(numbered["text"]), ref, number=numbered["number"])
    return Paragraph(clean_line(line), ref)


def _bullet_level(match: re.Match, line: str, previous: Paragraph | None) -> int:
    """Nested bullets: `- o text`, ` - o text`, or an indented `- text`."""
    indent = len(match["indent"].expandtabs(4))
    marker_o = bool(match["o"]) or line.lstrip().startswith(("o ", "◦", "▪"))
    before = previous.bullet if previous and previous.bullet is not None else 0
    if indent >= 2:
        return indent // 2
    if marker_o:
        return 1
    if indent == 1:
        deeper = before >= 1 and previous is not None and previous.text.endswith(":")
        return before + 1 if deeper else max(before, 1)
    return 0
