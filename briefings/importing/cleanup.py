"""Text clean-up shared by the readers: tracked-change residue, redaction marks, placeholders."""

import re

#: Woo redaction grounds as published: "5.1, 2, e", "5.1. 2. e", "5.1.2.e", "5.1.2e", "5.2, 1"
REDACTION = re.compile(
    r"(?<![\w.])(?:5\.[12](?:\s*[.,]\s*|\.)\d(?:\s*[.,]\s*|\.?)[a-i](?![\w])"
    r"|5\.[12](?:\s*,\s*|\.\s*)\d(?![\w.,]))"
)
_SUPERSCRIPT_MARK = re.compile(r"\^\{([^{}]*)\}")
_LINK_RESIDUE = re.compile(r"\[([^\[\]]*)\]\(#\)")
_DELETED = re.compile(r"~~.*?~~")
_SPACES = re.compile(r"[ \t\u00a0]+")
#: what a web page's table leaves when copied as text: '|' alone, or behind a cell's text
_CELL_RESIDUE = re.compile(r"^\s*\|\s*$|\s+\|\s*$")

def clean_line(text: str) -> str:
    """Return `text` without tracked-change residue, with redaction marks in plain form."""
    text = _LINK_RESIDUE.sub(r"\1", text)
    text = _DELETED.sub("", text)
    text = _SUPERSCRIPT_MARK.sub(_superscript, text)
    return _CELL_RESIDUE.sub("", _SPACES.sub(" ", text).strip())


def _superscript(match: re.Match) -> str:
    """`^{5.1, 2, e}` is a redaction mark set in superscript; other superscripts stay text."""
    inner = match.group(1).strip()
    return f" {inner} " if REDACTION.fullmatch(inner) else inner


def is_redaction(text: str) -> bool:
    """Return whether `text` consists of redaction marks only ("5.1, 2, e [REDACTED]")."""
    rest = REDACTION.sub("", text).replace("[REDACTED]", "")
    return not rest.strip(" ,;") and text.strip() != ""


def split_names(value: str) -> list[str]:
    """Split "A; B, C" into names, keeping redaction marks such as "5.1, 2, e" whole."""
    marks = []

    def keep(match):
        marks.append(match.group(0))
        return f"\x00{len(marks) - 1}\x00"

    protected = REDACTION.sub(keep, value)
    names = []
    for part in re.split(r"[;,]|\s+en\s+", protected):
        part = re.sub(r"\x00(\d+)\x00", lambda m: marks[int(m.group(1))], part).strip(" .")
        if part:
            names.append(part)
    return names
