"""What a reader produces: paragraphs with the little layout the parser needs."""

from dataclasses import dataclass


@dataclass
class Paragraph:
    """One paragraph of a document, as read from Word or text."""

    #: the text, inline Markdown (bold as **...**), without bullet sign or list number
    text: str
    #: where it was: "regel 12" (text) or "alinea 7" (Word), used in warnings
    ref: str
    #: nesting level of a bullet (0 = top level), None when not a bullet
    bullet: int | None = None
    #: the list number Word shows ("12"), or a typed number the reader split off
    number: str | None = None
    #: a named paragraph style of our own export ("Vraag", "Antwoord", ...), else None
    style: str | None = None
    #: heading level from a Word heading style or a Markdown '#', else None
    heading: int | None = None


class Paragraphs(list):
    """The paragraphs of one file, and what the reader repaired on the way (`warnings`)."""

    def __init__(self, items=(), warnings=()):
        super().__init__(items)
        self.warnings: list[str] = list(warnings)
