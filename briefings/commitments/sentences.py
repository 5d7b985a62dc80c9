"""Markdown text to plain sentences, and sentences to clauses, for the commitment detector."""

import re

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'(\[]?[A-ZÀ-Ý0-9])")
_BULLET = re.compile(r"^\s*(?:[-*+]\s+(?:o\s+)?|\d+[.)]\s+|o\s+)")
_MARKUP = re.compile(r"\*\*|__|(?<!\w)[*_]|[*_](?!\w)|~~.*?~~")

#: where a second promise can start: after ';' or a coordinating word that opens a new clause
#: ("… sturen en dat ik …", "… de woningen en in het najaar volgt …")
_CLAUSE_START = re.compile(
    r";\s*|,?\s+(?:en|maar)\s+(?=(?:dat|ook|daarna|vervolgens|in|voor|na|bij|begin|eind"
    r"|uiterlijk|over|zodra|de\s+resultaten|ik|wij|we|u)\b)", re.I)


def sentences(text: str) -> list[str]:
    """Split Markdown into plain sentences: one paragraph or bullet at a time."""
    result = []
    for block in _blocks(text or ""):
        result.extend(s.strip() for s in _SENTENCE_END.split(block) if s.strip())
    return result


def clauses(sentence: str) -> list[str]:
    """Split a sentence where a further promise may begin; the parts keep their words."""
    return [part.strip(" ,") for part in _CLAUSE_START.split(sentence) if part.strip(" ,")]


def _blocks(text: str) -> list[str]:
    """Return paragraphs and bullets, joining lines that continue the same item."""
    blocks: list[str] = []
    current: list[str] = []
    for line in text.splitlines():
        if not line.strip() or _BULLET.match(line):
            if current:
                blocks.append(" ".join(current))
            current = [_BULLET.sub("", line).strip()] if line.strip() else []
        else:
            current.append(line.strip())
    if current:
        blocks.append(" ".join(current))
    return [" ".join(_MARKUP.sub("", b).split()) for b in blocks if b.strip()]
