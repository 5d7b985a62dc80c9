"""What blocks a final (or Woo) export: questions without a chosen answer and open points."""

from dataclasses import dataclass

from briefings.errors import ValidationError
from briefings.placeholders import annotation_placeholders, question_label


@dataclass(frozen=True)
class Gap:
    """One thing missing from a final copy, said in Dutch, with the read view's anchor."""

    #: "no_choice" or "placeholder"
    kind: str
    message: str
    anchor: str = ""


class IncompleteExport(ValidationError):
    """A final or Woo copy was asked for while gaps are left; `gaps` lists them."""

    def __init__(self, gaps: list[Gap]):
        count = len(gaps)
        super().__init__(
            f"De definitieve versie kan nog niet worden gemaakt: {count} open "
            f"{'punt' if count == 1 else 'punten'}."
        )
        self.gaps = gaps


def export_gaps(annotation) -> list[Gap]:
    """Return what blocks a final export of `annotation`, in document order."""
    gaps = [
        Gap("no_choice", f"{question_label(q)}: er is nog geen antwoord gekozen.",
            f"vraag-{q.id}")
        for q in annotation.questions if q.chosen_variant is None
    ]
    gaps.extend(
        Gap("placeholder", f"{hit.where}: open punt “{hit.text}”.", hit.anchor)
        for hit in annotation_placeholders(annotation, chosen_only=True)
    )
    order = {anchor: i for i, anchor in enumerate(_document_anchors(annotation))}
    return sorted(gaps, key=lambda gap: order.get(gap.anchor, -1))


def _document_anchors(annotation):
    yield ""
    for section in annotation.sections:
        yield f"onderdeel-{section.id}"
    for question in annotation.questions:
        yield f"vraag-{question.id}"
        for variant in question.variants:
            yield f"antwoord-{variant.id}"
