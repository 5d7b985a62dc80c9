"""Open points ("open punten") left in a draft: `[Aanvullen]`, `[Aanvullen: …]`, `[link naar …]`,
`Aanvullen antwoord X [wat …?]` and a run of four or more dots (`....`).

One detector for the whole app: the export refuses a final copy while one is left in what the
copy would contain, the readiness page lists them, the Word file marks them.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass

#: a bracketed "Aanvullen…" or "link naar…", an unbracketed "Aanvullen antwoord …" line part
#: (with its bracketed question), or four or more dots (three dots are an ordinary ellipsis)
PLACEHOLDER = re.compile(
    r"\[\s*(?:aanvullen|link\s+naar)\b[^\]\n]*\]"
    r"|\baanvullen\s+antwoord\b[^\[\n]*(?:\[[^\]\n]*\])?"
    r"|\.{4,}|…{2,}",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Placeholder:
    """One open point: its text, where it is (Dutch) and the read view's anchor for it."""

    text: str
    where: str
    anchor: str


def find_placeholders(text: str | None) -> list[str]:
    """Return the open points in `text`, in order."""
    return [match.group(0) for match in PLACEHOLDER.finditer(text or "")]


def split_placeholders(text: str) -> Iterator[tuple[str, bool]]:
    """Yield (piece, is_placeholder) pieces that together make up `text`."""
    position = 0
    for match in PLACEHOLDER.finditer(text):
        if match.start() > position:
            yield text[position:match.start()], False
        yield match.group(0), True
        position = match.end()
    if position < len(text):
        yield text[position:], False


def annotation_placeholders(annotation, *, chosen_only: bool = False) -> list[Placeholder]:
    """Return the open points in an annotation, in document order.

    With `chosen_only`, only what a final copy shows of each question counts (see
    `final_variants`); internal notes never count, they are not in any copy that goes out.
    """
    found: list[Placeholder] = []

    def scan(text, where, anchor=""):
        found.extend(Placeholder(hit, where, anchor) for hit in find_placeholders(text))

    for field, label in (("title", "de titel"), ("requested_decision", "het gevraagde besluit"),
                         ("overview", "de inleiding")):
        scan(getattr(annotation, field), f"Kop: {label}")
    for section in annotation.sections:
        where = f"Onderdeel '{section.heading}'" if section.heading else "Onderdeel"
        scan(f"{section.heading}\n{section.body}", where, f"onderdeel-{section.id}")
    for question in annotation.questions:
        label = question_label(question)
        scan(question.text, label, f"vraag-{question.id}")
        variants = final_variants(question) if chosen_only else question.variants
        for variant in variants:
            where = f"{label}, antwoord"
            scan(variant.body, where, f"antwoord-{variant.id}")
            scan(variant.explanation, f"{where} (toelichting)", f"antwoord-{variant.id}")
    return found


def question_label(question) -> str:
    """Return how a question is named in a list of open points: 'Vraag 12'."""
    return f"Vraag {question.number}" if question.number else f"Vraag '{question.text[:40]}'"


def final_variants(question) -> list:
    """Return the variants a final copy shows: the chosen one, after the main answer when the
    chosen one is an "alternatieve aanvulling" (an addition to the main answer)."""
    chosen = question.chosen_variant
    if chosen is None:
        return []
    if chosen.label == "alternatieve_aanvulling":
        main = next((v for v in question.variants if v.label == "antwoord"), None)
        if main is not None:
            return [main, chosen]
    return [chosen]
