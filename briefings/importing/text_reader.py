"""Read .txt and .md files (as saved from Word or extracted from a published PDF)."""

import codecs
import re

from briefings.importing.cleanup import clean_line
from briefings.importing.errors import ImportRefused
from briefings.importing.layouts import is_furniture, is_page_furniture
from briefings.importing.paragraphs import Paragraph, Paragraphs
from briefings.importing.tables import LayoutTable, table_paragraphs
from briefings.messages import msg

_BULLET = re.compile(
    r"^(?P<indent>[ \t]*)(?:[-*+•▪◦·–]|o(?=\s))\s+(?P<o>o\s+|[•▪◦]\s+)?(?P<text>.*)$")
_NUMBER = re.compile(r"^\s*(?P<number>\d{1,4}[a-z]?)[.)]\s+(?P<text>\S.*)$")
#: "D66-1. Hoeveel ...": a question numbered per fractie with its code
_CODE_NUMBER = re.compile(
    r"^\s*(?P<number>[A-Z][A-Za-z0-9]{0,9}-\d{1,3}[a-z]?)[.):]\s+(?P<text>\S.*)$")
#: "1 (a). Hoeveel ...": a sub-question, numbered 1a
_SUB_NUMBER = re.compile(r"^\s*(?P<number>\d{1,4})\s*\((?P<sub>[a-z])\)[.:]?\s+(?P<text>\S.*)$")
#: a Markdown table row; the rule under its header row
_TABLE_ROW = re.compile(r"^\s*\|(?P<cells>.*)\|\s*$")
_TABLE_RULE = re.compile(r"^[\s|:-]+$")
#: 'onderwerp  : Jaarstukken' a field typed with its colon aligned: never a sentence's rest
_ALIGNED_FIELD = re.compile(r"^[a-z][\w-]*(?: [\w-]+)?\s+:\s")
_CELL_BREAK = re.compile(r"\s*<br\s*/?>\s*", re.I)
#: a line that starts something new, never the rest of the line above it
_STARTS_NEW = re.compile(r"^(?:[-*+•▪◦·–]\s|\d{1,4}[a-z]?(?:[.)]\s|$)|#|\|)|^(?:Vraag|Antwoord|"
                         r"Toelichting|Beantwoording|Reactie|NB|N\.B\.|Noot|V:|A:)\b", re.I)
_LIST_MARKER = re.compile(r"[-*+•▪◦·–o]|\d{1,4}[a-z]?[.)]|[a-z][.)]")
#: text exported from a PDF is hard-wrapped: most long lines stop mid-sentence
_WRAP_WIDTH = 60
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
    previous, above = None, None  # the last paragraph; the line right above, if not blank
    lines = text.splitlines()
    wrapped = hard_wrapped(lines)
    table: list[list[list[str]]] = []
    layout = None  # a table laid out with spaces (pdftotext -layout), while in it
    for number, line in enumerate(lines + [""], start=1):
        if layout is not None:
            if number <= len(lines) and (is_page_furniture(clean_line(line)) or layout.feed(line)):
                continue
            for paragraph in layout.paragraphs(f"tabel boven regel {number}"):
                joiner.add(paragraph)
            layout, above = None, None
        if LayoutTable.opens(line):
            layout = LayoutTable(line)
            continue
        row = _TABLE_ROW.match(line)
        if row:
            if not _TABLE_RULE.match(line):
                table.append([_CELL_BREAK.split(c.strip()) for c in row["cells"].split("|")])
            continue
        cells = tab_cells(line)
        if cells and (table or tab_cells(_line(lines, number))
                      or tab_cells(_line(lines, number - 2))):
            table.append([[cell] for cell in cells])  # a Word table saved as text
            continue
        if table:
            for paragraph in table_paragraphs(table, f"tabel boven regel {number}"):
                joiner.add(paragraph)
            table, above = [], None
        if not line.strip():
            above = None
            continue
        if wrapped and above is not None and wraps_on(above, line):
            joiner.extend(clean_line(line))
        else:
            previous = paragraph_from_line(line, f"regel {number}", previous)
            joiner.add(previous)
        above = line.strip()
    return Paragraphs(joiner.result(), warnings)


def tab_cells(line: str) -> list[str] | None:
    """The cells of a line that Word wrote for a table row: texts between tabs (not the tabs
    that indent a bullet)."""
    cells = [cell.strip() for cell in line.strip().split("\t")]
    if _LIST_MARKER.fullmatch(cells[0]):
        return None  # '•<tab>text', '1.<tab>text': a list item as Word writes it
    return cells if len(cells) >= 2 and sum(1 for c in cells if c) >= 2 else None


def _line(lines: list[str], index: int) -> str:
    return lines[index] if 0 <= index < len(lines) else ""


def hard_wrapped(lines: list[str]) -> bool:
    """Text from a PDF: at least three long lines, and a third of them, stop mid-sentence with
    the sentence going on on the very next line. Word's text export has a line per paragraph."""
    long = broken = 0
    for line, following in zip(lines, lines[1:] + [""], strict=True):
        line = line.strip()
        if len(line) < _WRAP_WIDTH:
            continue
        long += 1
        if not line.endswith(_TERMINAL) and following.strip():
            broken += 1
    return broken >= 3 and broken * 3 >= long


def wraps_on(above: str, line: str) -> bool:
    """In hard-wrapped text: `line` is the rest of the sentence on the line above it (also
    when it starts with a capital, or with '10)' after '(bladzijde')."""
    if is_page_furniture(above) or is_furniture(line.strip()):
        return False
    if above.count("(") > above.count(")"):
        return True
    return (len(above) >= _WRAP_WIDTH and not above.endswith(_TERMINAL)
            and not _STARTS_NEW.match(line.strip()))


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
            self.extend(paragraph.text)
        elif paragraph.text:
            self._close()
            self.paragraphs.append(paragraph)
            self._parts, self._length = [paragraph.text], len(paragraph.text)

    def extend(self, text: str) -> None:
        """`text` continues the last paragraph (a sentence split by a page break or a wrap)."""
        if not self.paragraphs or not text:
            return
        self._parts.append(text)
        self._length += len(text) + 1
        if self._length > MAX_PARAGRAPH_CHARS:
            raise ImportRefused(
                msg("import.vanaf_ref_loopt_alinea", ref=self.paragraphs[-1].ref,
                    max_chars=_dutch(MAX_PARAGRAPH_CHARS)))

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
                or paragraph.style or _ALIGNED_FIELD.match(text)):
            return False
        if previous.heading is not None or self._parts[-1].endswith(_TERMINAL):
            return False
        if is_furniture(self._parts[-1]):
            return False  # 'Burgemeester en wethouders van X,' above 'namens dezen,
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
    code = _CODE_NUMBER.match(line)
    if code and sum(c.isupper() or c.isdigit() for c in code["number"].split("-")[0]) >= 2:
        return Paragraph(clean_line(code["text"]), ref, number=code["number"])  # not 'Covid-19.'
    sub = _SUB_NUMBER.match(line)
    if sub:
        return Paragraph(clean_line(sub["text"]), ref, number=sub["number"] + sub["sub"])
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
