"""The parsed document: the `--json` structure of DESIGN.md, built up paragraph by paragraph."""

from briefings.commitments.detection import find_commitments
from briefings.placeholders import find_placeholders
from briefings.vocabulary import VARIANT_LABELS


def empty_document() -> dict:
    """Return the structure with every field null or empty (nothing is ever invented)."""
    return {
        "title": None, "portfolio_holder": None, "meeting": None, "agenda_item": None,
        "registration_number": None, "requested_decision": None, "handling_officials": [],
        "sections": [], "questions": [], "commitments": [], "placeholders": [], "warnings": [],
    }


class MarkdownText:
    """Markdown built from paragraphs: bullets (nested by level), numbered items, paragraphs."""

    def __init__(self):
        self.parts: list[tuple[str, str]] = []

    def add(self, paragraph, *, text=None) -> None:
        text = paragraph.text if text is None else text
        if not text:
            return
        if paragraph.bullet is not None:
            self.parts.append(("list", "  " * paragraph.bullet + "- " + text))
        elif paragraph.number:
            self.parts.append(("list", f"{paragraph.number}. {text}"))
        else:
            self.parts.append(("para", text))

    def add_text(self, text: str) -> None:
        if text:
            self.parts.append(("para", text))

    def render(self) -> str:
        lines = []
        previous = None
        for kind, text in self.parts:
            if lines and not (kind == previous == "list"):
                lines.append("")
            lines.append(text)
            previous = kind
        return "\n".join(lines)

    def __bool__(self) -> bool:
        return bool(self.parts)


def new_variant(label_code: str) -> dict:
    return {"label": VARIANT_LABELS[label_code], "markdown": MarkdownText(),
            "explanation": MarkdownText()}


def finish(document: dict) -> dict:
    """Render the Markdown builders and collect placeholders and commitment suggestions."""
    texts = [document.get("title"), document.get("requested_decision")]
    for section in document["sections"]:
        section["markdown"] = section["markdown"].render()
        texts += [section["heading"], section["markdown"]]
    for question in document["questions"]:
        note = question["note"]
        question["note"] = note.render() or None
        texts.append(question["note"])
        for variant in question["variants"]:
            variant["markdown"] = variant["markdown"].render()
            variant["explanation"] = variant["explanation"].render() or None
            texts += [variant["markdown"], variant["explanation"]]
    found = [p for text in texts for p in find_placeholders(text or "")]
    document["placeholders"] = list(dict.fromkeys(document["placeholders"] + found))
    document["commitments"] = _commitments(texts)
    return document


def _commitments(texts) -> list[dict]:
    seen, result = set(), []
    for text in texts:
        for cue in find_commitments(text or ""):
            if cue.promise not in seen:
                seen.add(cue.promise)
                result.append({"text": cue.promise, "due": cue.due_text})
    return result
