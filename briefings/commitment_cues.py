"""Spot sentences that look like a toezegging (commitment), with the due date as written.

Used by the importer (suggestions in the parsed structure) and by the commitments area.
Only suggestions: a person confirms. Keep the API small:
`find_commitment_sentences(text) -> list[CommitmentCue]`.
"""

import re
from typing import NamedTuple

from briefings.vocabulary import DUTCH_MONTHS


class CommitmentCue(NamedTuple):
    #: the whole sentence, Markdown markers and bullet signs removed
    sentence: str
    #: the due date as written ("in het voorjaar", "uiterlijk 1 januari 2026"), or None
    due_text: str | None


_MONTH = "(?:" + "|".join(DUTCH_MONTHS) + ")"
_SEASON = r"(?:voorjaar|zomer|najaar|winter|herfst|zomerreces|kerstreces|jaarwisseling)"
_YEAR = r"(?:\s+(?:van\s+)?\d{4})?"

#: due phrases, most specific first; the first match in a sentence is its due text
DUE_PATTERNS = [re.compile(p, re.IGNORECASE) for p in (
    rf"\b(?:uiterlijk|vóór|voor|per|op|rond|eind|begin|medio)\s+\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?",
    rf"\b(?:uiterlijk|vóór|voor|per|eind|begin|medio|in)\s+{_MONTH}(?:\s+\d{{4}})?",
    rf"\b(?:in|na|voor|vóór|rond|tijdens)\s+(?:het|de)\s+{_SEASON}{_YEAR}",
    rf"\b(?:de|het)\s+{_SEASON}\s+\d{{4}}",
    rf"\b{_SEASON}\s+\d{{4}}",
    r"\b(?:voor|vóór|uiterlijk|eind|begin)\s+(?:het\s+)?(?:einde\s+van\s+(?:het|dit)\s+jaar|"
    r"\d{4}|volgend jaar|dit jaar)",
    r"\b(?:in|uiterlijk in|voor|vóór)\s+(?:het\s+)?(?:eerste|tweede|derde|vierde)\s+kwartaal"
    r"(?:\s+(?:van\s+)?\d{4})?",
    r"\bQ[1-4]\s+\d{4}",
    r"\bbinnen\s+(?:\w+\s+){0,2}(?:weken|maanden|dagen)",
    r"\b(?:de\s+)?komende\s+(?:weken|maanden)",
)]

#: words that make a sentence a promise (to inform, to send, to come back)
CUE_PATTERNS = [re.compile(p, re.IGNORECASE) for p in (
    r"\btoegezegd\b", r"\btoezegging(?:en)?\b", r"\bik zeg (?:u |de raad |hen )?toe\b",
    r"\bzeg ik (?:u |de raad )?toe\b",
    r"\bvolgt\b.{0,60}\b(?:brief|raadsinformatiebrief|rapportage|update|reactie|voorstel)\b",
    r"\b(?:brief|raadsinformatiebrief|rapportage|update|voorstel)\b.{0,60}\bvolgt\b",
    r"\b(?:wordt|worden|zal|zullen)\b.{0,80}\bgeïnformeerd\b",
    r"\bgeïnformeerd\s+(?:worden|wordt)\b",
    r"\binformeer (?:ik|wij|we)\b", r"\b(?:ik|wij|we) informeren\b",
    r"\bkom(?:en)? (?:ik|wij|we)\b.{0,40}\bterug\b", r"\bterugkoppel", r"\bontvangt u\b",
    r"\b(?:stuur|sturen|zend|zenden) (?:ik|wij|we)\b.{0,60}\b(?:brief|raad)\b",
    r"\bhoud(?:t|en)? (?:ik|wij|we)?\s*(?:u|de raad|de commissie|hen|ze)\b.{0,40}"
    r"\bop de hoogte\b",
    r"\bop de hoogte (?:houd|houdt|houden)\b",
    r"\bwordt (?:de raad|u)\b.{0,60}\b(?:gestuurd|toegestuurd|aangeboden)\b",
    rf"\buiterlijk\s+(?:\d{{1,2}}\s+)?{_MONTH}",
)]

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9À-Ý\"'‘“(])")
_MARKUP = re.compile(r"^\s*(?:[-*+]\s+(?:o\s+)?|\d+[.)]\s+)|\*\*|__|~~")


def find_commitment_sentences(text: str | None) -> list[CommitmentCue]:
    """Return the sentences of `text` that promise something, each with its due text."""
    cues = []
    for sentence in _sentences(text or ""):
        if not sentence.endswith("?") and any(p.search(sentence) for p in CUE_PATTERNS):
            cues.append(CommitmentCue(sentence, find_due_text(sentence)))
    return cues


def find_due_text(sentence: str) -> str | None:
    """Return the first due phrase in `sentence` as written, or None."""
    for pattern in DUE_PATTERNS:
        match = pattern.search(sentence)
        if match:
            return match.group(0).strip()
    return None


def _sentences(text: str) -> list[str]:
    result = []
    for line in text.splitlines():
        line = _MARKUP.sub("", line).strip()
        result.extend(s.strip() for s in _SENTENCE_END.split(line) if s.strip())
    return result
