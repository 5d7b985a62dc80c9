"""Read a toezeggingenlijst as griffies keep it: CSV, Excel (.xlsx) or text, into one table.

Council information systems (iBabs, NotuBiz) and griffies export CSV (';' or ',' or tabs, UTF-8
or Windows-1252) and .xlsx, often with a title above the header row. Text arrives as a table
(tabs, '|' or runs of spaces), as "Nummer: …" blocks (the Eerste Kamer's register), as table
rows flattened by a PDF into lines ("64 24-1-2013 Startnotitie … openstaand"), or as a plain
numbered list. Every shape becomes headers + rows; the column mapping is decided elsewhere.
"""

import csv
import io
import re
import zipfile
from datetime import date, datetime
from typing import NamedTuple

from briefings.commitments.register_columns import (
    DATE_WORDS,
    STATUS_WORDS,
    guess_field,
    is_header_row,
)
from briefings.errors import ValidationError
from briefings.messages import msg

MAX_BYTES = 10 * 1024 * 1024
MAX_ROWS = 5000
MAX_COLUMNS = 60


class Table(NamedTuple):
    headers: list[str]
    rows: list[list]  # cells: text, or a date from an Excel date cell
    shape: str  # "csv", "xlsx", "tabel", "blokken", "platte rijen", "lijst"


def read_register(filename: str, content: bytes) -> Table:
    """Return the register in `content` as a table.

    :raises ValidationError: with a Dutch message for a file that is empty, too large or not
        a register in a format we read
    """
    if not content.strip():
        raise ValidationError(msg("commitment.bestand_leeg"))
    if len(content) > MAX_BYTES:
        raise ValidationError(msg("commitment.bestand_groter_dan_mb"))
    if content.startswith(b"\xd0\xcf\x11\xe0"):
        raise ValidationError(msg("commitment.oude_excel_bestanden_xls"))
    if content.startswith(b"PK\x03\x04") or filename.lower().endswith(".xlsx"):
        return _xlsx(content)
    return _text(_decode(content))


def _decode(content: bytes) -> str:
    if b"\x00" in content[:4096]:
        raise ValidationError(msg("commitment.bestand_niet_leesbaar"))
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        return content.decode("cp1252", errors="replace")


def _xlsx(content: bytes) -> Table:
    from openpyxl import load_workbook  # only needed for Excel files

    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as error:
        raise ValidationError(msg("commitment.excel_bestand_niet_gelezen")) from error
    try:
        for sheet in workbook.worksheets:
            rows = [[_cell(value) for value in row[:MAX_COLUMNS]]
                    for row in sheet.iter_rows(max_row=MAX_ROWS + 20, values_only=True)]
            table = _with_header(rows, "xlsx")
            if table:
                return table
    finally:
        workbook.close()
    raise ValidationError(msg("commitment.excel_bestand_staat_geen"))


def _cell(value):
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date) or value is None:
        return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


def _with_header(rows: list[list], shape: str) -> Table | None:
    """Find the header row (a title may sit above it) and return the rows below it."""
    for index, row in enumerate(rows[:15]):
        if is_header_row(row):
            width = max(i + 1 for i, cell in enumerate(row) if cell not in (None, ""))
            body = [(list(r) + [None] * width)[:width] for r in rows[index + 1:]]
            body = [r for r in body if any(c not in (None, "") for c in r)]
            return Table([str(c or "").strip() for c in row[:width]], body[:MAX_ROWS], shape)
    return None


def _text(text: str) -> Table:
    lines = [line.rstrip() for line in text.splitlines()]
    for delimiter in (";", "\t", ",", "|"):
        table = _delimited(text, lines, delimiter)
        if table:
            return table
    return _spaced(lines) or _flattened(lines) or _blocks(lines) or _plain_list(lines)


def _delimited(text: str, lines: list[str], delimiter: str) -> Table | None:
    if not any(delimiter in line for line in lines[:15]):
        return None
    if delimiter == "|":
        rows = [[c.strip() for c in line.strip().strip("|").split("|")] for line in lines
                if "|" in line and not re.fullmatch(r"[\s|:-]+", line)]
        return _with_header(rows, "tabel")
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    return _with_header([[" ".join(c.split()) for c in row] for row in rows],
                        "csv" if delimiter in ";," else "tabel")


def _spaced(lines: list[str]) -> Table | None:
    """A table whose cells are separated by runs of two or more spaces."""
    rows = [re.split(r"\s{2,}", line.strip()) for line in lines if line.strip()]
    return _with_header(rows, "tabel")


def _label(line: str) -> tuple[str, str] | None:
    """Return (label, value) of "Status: openstaand" or "Datum toezegging 7 april 2009"."""
    text = line.strip()
    if not text[:1].isalpha():
        return None
    head, colon, rest = text.partition(":")
    if colon and len(head) <= 40 and guess_field(head, strict=True):
        return head.strip(), rest.strip()
    words = text.split()
    for n in (3, 2, 1):
        label = " ".join(words[:n])
        if len(words) > n and guess_field(label, strict=True):
            return label, " ".join(words[n:])
    return None


def _blocks(lines: list[str]) -> Table | None:
    """Records written as "Label: value" lines, one record per block or per repeated label."""
    records: list[dict] = []
    current: dict = {}
    for line in lines + [""]:
        found = _label(line)
        if found and found[0] not in current:
            current[found[0]] = found[1]
            continue
        if current and (not line.strip() or found):
            records.append(current)
            current = dict([found]) if found else {}
        elif current and line.strip():
            last = list(current)[-1]
            current[last] = f"{current[last]} {line.strip()}".strip()
    records = [r for r in records if is_header_row(list(r))]
    if not records:
        return None
    headers = list(dict.fromkeys(k for r in records for k in r))
    return Table(headers, [[r.get(h, "") for h in headers] for r in records][:MAX_ROWS],
                 "blokken")


_MONTHS = "|".join(DATE_WORDS)
_ROW_START = re.compile(
    rf"^\s*(?P<number>[A-Z]{{0,3}}[-\s]?\d{{1,6}}[a-z]?)[.)]?\s+(?P<date>\d{{1,2}}[-/.]\d{{1,2}}"
    rf"[-/.]\d{{2,4}}|\d{{1,2}}\s+(?:{_MONTHS})\.?\s+\d{{4}})\s+(?P<rest>.+)$", re.I)
_STATUS_AT_END = re.compile(r"[\s:;,-]+(?P<status>" + "|".join(
    sorted(STATUS_WORDS, key=len, reverse=True)) + r")\s*\.?\s*$", re.I)


def _flattened(lines: list[str]) -> Table | None:
    """Table rows a PDF flattened into lines: number, date, then the rest of the row."""
    rows: list[list[str]] = []
    for line in lines:
        match = _ROW_START.match(line)
        if match:
            rows.append([match["number"], match["date"], match["rest"].strip()])
        elif rows and line.strip() and not is_header_row(re.split(r"\s+", line.strip())):
            rows[-1][2] = f"{rows[-1][2]} {line.strip()}"
    if len(rows) < 1:
        return None
    for row in rows:
        found = _STATUS_AT_END.search(row[2])
        row.append(found["status"] if found else "")
        if found:
            row[2] = row[2][:found.start()].strip()
    return Table(["Nummer", "Datum toezegging", "Toezegging", "Status"], rows, "platte rijen")


_ITEM_START = re.compile(r"^\s*(?:[-*•]\s|[A-Z]{0,3}-?\d{1,5}[.):]\s)")
_ITEM = re.compile(r"^\s*(?:[-*•]\s+|(?P<number>[A-Z]{0,3}[-]?\d{1,5})[.):]\s+)?(?P<text>.+)$")


def _plain_list(lines: list[str]) -> Table:
    """One commitment per bullet or numbered item (a title above the first item is skipped),
    lines continuing an item joined; without bullets or numbers, one per line."""
    starts = [bool(_ITEM_START.match(line)) for line in lines]
    rows: list[list[str]] = []
    for line, start in zip(lines, starts, strict=True):
        if not line.strip() or (any(starts) and not rows and not start):
            continue
        match = _ITEM.match(line)
        if start or not any(starts):
            rows.append([match["number"] or "", match["text"].strip()])
        else:
            rows[-1][1] = f"{rows[-1][1]} {line.strip()}"
    if not rows:
        raise ValidationError(msg("commitment.bestand_niet_leesbaar"))
    return Table(["Nummer", "Toezegging"], rows[:MAX_ROWS], "lijst")
