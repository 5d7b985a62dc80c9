"""Read .txt and .md files (as saved from Word or extracted from a published PDF)."""

import re

from briefings.errors import ValidationError
from briefings.importing.cleanup import clean_line
from briefings.importing.paragraphs import Paragraph

_BULLET = re.compile(
    r"^(?P<indent>[ \t]*)(?:[-*+•▪◦·]|o(?=\s))\s+(?P<o>o\s+|[•▪◦]\s+)?(?P<text>.*)$")
_NUMBER = re.compile(r"^\s*(?P<number>\d{1,3})[.)]\s+(?P<text>\S.*)$")
_HEADING = re.compile(r"^(?P<hashes>#{1,6})\s+(?P<text>.+?)\s*#*$")
_TERMINAL = (".", "!", "?", ":", ";")
#: a line broken by a page break is long; short lines are headings or list items
_MIN_BROKEN_LENGTH = 40


def read_text(data: bytes) -> list[Paragraph]:
    """Return the paragraphs of a text file, sentences broken by page breaks joined again.

    :raises ValidationError: when the bytes are not text.
    """
    text = _decode(data)
    paragraphs: list[Paragraph] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        previous = paragraphs[-1] if paragraphs else None
        paragraph = paragraph_from_line(line, f"regel {number}", previous)
        append_joined(paragraphs, paragraph)
    return paragraphs


def append_joined(paragraphs: list[Paragraph], paragraph: Paragraph) -> None:
    """Append `paragraph`, or join it to the one before when a page break split a sentence."""
    if paragraphs and _continues(paragraphs[-1], paragraph):
        paragraphs[-1].text = f"{paragraphs[-1].text} {paragraph.text}"
    elif paragraph.text:
        paragraphs.append(paragraph)


def _decode(data: bytes) -> str:
    if b"\x00" in data[:4096]:
        raise ValidationError("Dit is geen tekstbestand (het bevat binaire gegevens).")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ValidationError("De tekst kon niet worden gelezen: onbekende tekenset.")


def paragraph_from_line(line: str, ref: str, previous: Paragraph | None) -> Paragraph:
    """Return one line as a paragraph: Markdown heading, (nested) bullet, typed number."""
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


def _continues(previous: Paragraph, paragraph: Paragraph) -> bool:
    """A page break leaves a sentence's end on its own line, starting in lower case."""
    text = paragraph.text
    if (not text or not text[0].islower() or paragraph.number or paragraph.heading is not None
            or paragraph.style):
        return False
    if previous.heading is not None or previous.text.endswith(_TERMINAL):
        return False
    return len(previous.text) >= _MIN_BROKEN_LENGTH
