"""Find sentences that look like a toezegging (FORMAT.md "Commitments"), to offer as suggestions.

A sentence is a candidate when it is not a question and either
- names a promise outright: "Ik heb hen toegezegd dat …", "zoals toegezegd in de raad van
  december", "ik zeg toe", "toezeggingen gedaan", "ik kom hierop terug"; or
- pairs a due phrase ("In het voorjaar", "Na de zomer", "uiterlijk 1 januari 2026") with
  something still to be delivered: "volgt een brief", "wordt u … geïnformeerd", "zal … worden
  geagendeerd", "ontvangt de raad".
Past events ("In januari is de opdracht gegeven") and a bare "zal" ("Ook dit zal tijd vragen")
are not candidates. A person always confirms; this only proposes.
"""

import re
from typing import NamedTuple

from briefings.commitments.periods import find_due_text


class CommitmentCue(NamedTuple):
    sentence: str
    due_text: str | None


_PROMISE = re.compile(
    r"\btoegezegd\b|\btoezegging(en)?\s+gedaan\b|\bzeg(gen)?\s+(ik|wij|we)\s+toe\b"
    r"|\b(ik|wij|we)\s+zeg(gen)?\s+(\w+\s+){0,3}toe\b|\b(ik\s+kom|wij\s+komen|we\s+komen)\s+"
    r"(hier|daar)\s*op\s+terug\b",
    re.I,
)
_DELIVERY = re.compile(
    r"\b(volgt|volgen|ontvangt|ontvangen|informeer\w*|geïnformeerd|rapporteer\w*|"
    r"gerapporteerd|stuur\w*|sturen|gestuurd|toegestuurd|geagendeerd|agender\w*|voorgelegd|"
    r"leg\w*\s+\w+\s+voor|kom\w*\s+(\w+\s+){0,4}met|terugkoppel\w*|teruggekoppeld|"
    r"verschijnt|brief|raadsinformatiebrief)\b",
    re.I,
)
_FUTURE = re.compile(r"\b(zal|zullen|zult|wordt|worden|volgt|volgen|gaan|gaat|kom\w*|ontvangt"
                     r"|ontvangen|informeren|informeer|sturen|stuur|rapporteren)\b", re.I)
_PAST = re.compile(r"\b(is|zijn|was|waren|werd|werden|heb|hebben|heeft|had|hadden)\b\s+"
                   r"(?!.*\b(zal|zullen|wordt|worden|volgt)\b)", re.I)

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'(\[]?[A-ZÀ-Ý0-9])")
_BULLET = re.compile(r"^\s*(?:[-*+]\s+(?:o\s+)?|\d+[.)]\s+|o\s+)")
_MARKUP = re.compile(r"\*\*|__|(?<!\w)[*_]|[*_](?!\w)|~~.*?~~")


def find_commitment_sentences(text: str | None) -> list[CommitmentCue]:
    """Return the sentences of `text` (Markdown) that look like commitments, in order."""
    cues = []
    for sentence in _sentences(text or ""):
        if _is_commitment(sentence):
            cues.append(CommitmentCue(sentence, find_due_text(sentence)))
    return cues


def _sentences(text: str) -> list[str]:
    """Split Markdown into plain sentences: one paragraph or bullet at a time."""
    result = []
    for block in _blocks(text):
        result.extend(s.strip() for s in _SENTENCE_END.split(block) if s.strip())
    return result


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


def _is_commitment(sentence: str) -> bool:
    if sentence.rstrip().endswith("?"):
        return False
    if _PROMISE.search(sentence):
        return True
    if not find_due_text(sentence) or not _DELIVERY.search(sentence):
        return False
    return bool(_FUTURE.search(sentence)) or not _PAST.search(sentence)
