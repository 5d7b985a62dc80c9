"""Readiness of an annotation: what is still open, and the status concept / in review / definitief.

This module owns the one notion of "what a final copy still lacks" (questions without a chosen
answer, open points in the text that goes out): Definitief is refused while it is not empty,
and so is a final or Woo export (briefings.export.readiness raises with the same gaps).
Definitief is further held back by review work on text that may still be used.
"""

from dataclasses import dataclass, field

from briefings.changes import change_status
from briefings.errors import ValidationError
from briefings.messages import msg
from briefings.models import Annotation, AnswerVariant, Question
from briefings.permissions import require
from briefings.placeholders import Placeholder, annotation_placeholders, question_label
from briefings.validation import choice, clean_text
from briefings.vocabulary import ANNOTATION_STATUSES


@dataclass(frozen=True)
class Gap:
    """One thing missing from a final copy, said in Dutch, with the read view's anchor."""

    #: "no_choice" or "placeholder"
    kind: str
    message: str
    anchor: str = ""


def questions_without_choice(annotation) -> list[Question]:
    return [q for q in annotation.questions if q.chosen_variant is None]


def final_placeholders(annotation) -> list[Placeholder]:
    """Return the open points in what a final copy contains (never notes or unchosen text)."""
    return annotation_placeholders(annotation, chosen_only=True)


def final_copy_gaps(annotation) -> list[Gap]:
    """Return what a final copy of `annotation` still lacks, in document order."""
    gaps = [Gap("no_choice", msg("review.geen_antwoord_gekozen", question=question_label(q)),
                f"vraag-{q.id}") for q in questions_without_choice(annotation)]
    gaps.extend(Gap("placeholder", msg("review.open_punt", where=hit.where, text=hit.text),
                    hit.anchor) for hit in final_placeholders(annotation))
    order = {anchor: i for i, anchor in enumerate(_document_anchors(annotation))}
    return sorted(gaps, key=lambda gap: order.get(gap.anchor, -1))


def may_still_be_used(variant: AnswerVariant) -> bool:
    """Whether remarks on `variant` still matter: not rejected, and chosen or nothing chosen.

    Comments on a rejected or a not-chosen variant stay in its history but block nothing.
    """
    if variant.status == "afgewezen":
        return False
    chosen = variant.question.chosen_variant
    return chosen is None or chosen is variant


@dataclass
class Readiness:
    annotation: Annotation
    questions_without_choice: list[Question] = field(default_factory=list)
    variants_waiting: list[AnswerVariant] = field(default_factory=list)
    #: (variant, number of open comment threads) for usable variants with open remarks
    open_comments: list[tuple[AnswerVariant, int]] = field(default_factory=list)
    placeholders: list[Placeholder] = field(default_factory=list)

    @property
    def unresolved_comments(self) -> int:
        return sum(count for _, count in self.open_comments)

    @property
    def blockers(self) -> list[str]:
        """Return, in Dutch, what stands between this annotation and definitief."""
        return [text for _, text in self.blocker_kinds]

    @property
    def blocker_kinds(self) -> list[tuple[str, str]]:
        """Return (kind, Dutch text) per blocker; kinds: no_choice, waiting, comments,
        placeholders, so a page can link each to its list."""
        counts = [
            ("no_choice", len(self.questions_without_choice), "vraag zonder gekozen antwoord",
             "vragen zonder gekozen antwoord"),
            ("waiting", len(self.variants_waiting), "antwoord wacht op review",
             "antwoorden wachten op review"),
            ("comments", self.unresolved_comments, "onafgehandelde opmerking",
             "onafgehandelde opmerkingen"),
            ("placeholders", len(self.placeholders), "open punt (zoals [Aanvullen])",
             "open punten (zoals [Aanvullen])"),
        ]
        return [(kind, f"{n} {one if n == 1 else many}") for kind, n, one, many in counts if n]

    @property
    def ready(self) -> bool:
        return not self.blockers


def readiness(session, annotation) -> Readiness:
    """Return what is open in the annotation.

    Load it with `get_annotation(..., full=True)` so questions, variants and comments come in a
    few queries.
    """
    result = Readiness(annotation, questions_without_choice=questions_without_choice(annotation),
                       placeholders=final_placeholders(annotation))
    for question in annotation.questions:
        result.variants_waiting += [v for v in question.variants if v.status == "ter_review"]
        for variant in filter(may_still_be_used, question.variants):
            count = sum(1 for c in variant.comments if c.parent_id is None and not c.resolved)
            if count:
                result.open_comments.append((variant, count))
    return result


class NotReady(ValidationError):
    """Definitief was asked while something is open; `readiness` says what."""

    def __init__(self, result: Readiness):
        super().__init__(msg("review.nog_niet_definitief", blockers="; ".join(result.blockers)))
        self.readiness = result


def set_annotation_status(session, annotation, status, *, by, reason=None) -> Annotation:
    """Change the annotation's status; definitief only when nothing is open.

    :raises PermissionDenied, ValidationError: NotReady when definitief is blocked.
    """
    require(by, "annotation.set_status")
    choice(status, ANNOTATION_STATUSES, "status")
    reason = clean_text(reason, "Toelichting", max_length=2000)
    if status == annotation.status:
        raise ValidationError(msg("review.annotatie_heeft_al_status",
                                  status=ANNOTATION_STATUSES[status]))
    if status == "definitief":
        result = readiness(session, annotation)
        if not result.ready:
            raise NotReady(result)
    change_status(session, annotation, status, by=by, reason=reason)
    session.flush()
    return annotation


def _document_anchors(annotation):
    yield ""
    for section in annotation.sections:
        yield f"onderdeel-{section.id}"
    for question in annotation.questions:
        yield f"vraag-{question.id}"
        for variant in question.variants:
            yield f"antwoord-{variant.id}"
