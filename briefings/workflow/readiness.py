"""Readiness of an annotation: what is still open, and the status concept / in review / definitief.

Definitief is only allowed when nothing is open, so no unreviewed or unfinished text reaches
a final export.
"""

from dataclasses import dataclass, field

from briefings.errors import ValidationError
from briefings.history import change_status
from briefings.models import Annotation, AnswerVariant, Question
from briefings.permissions import require
from briefings.placeholders import Placeholder, annotation_placeholders
from briefings.validation import choice, clean_text
from briefings.vocabulary import ANNOTATION_STATUSES


@dataclass
class Readiness:
    annotation: Annotation
    questions_without_choice: list[Question] = field(default_factory=list)
    variants_waiting: list[AnswerVariant] = field(default_factory=list)
    #: (variant, number of open comment threads) for variants with open remarks
    open_comments: list[tuple[AnswerVariant, int]] = field(default_factory=list)
    placeholders: list[Placeholder] = field(default_factory=list)

    @property
    def blockers(self) -> list[str]:
        """Return, in Dutch, what stands between this annotation and definitief."""
        counts = [
            (len(self.questions_without_choice), "vraag zonder gekozen antwoord",
             "vragen zonder gekozen antwoord"),
            (len(self.variants_waiting), "antwoord wacht op review",
             "antwoorden wachten op review"),
            (self.unresolved_comments, "onafgehandelde opmerking", "onafgehandelde opmerkingen"),
            (len(self.placeholders), "open punt (zoals [Aanvullen])",
             "open punten (zoals [Aanvullen])"),
        ]
        return [f"{n} {one if n == 1 else many}" for n, one, many in counts if n]

    @property
    def ready(self) -> bool:
        return not self.blockers


def readiness(session, annotation) -> Readiness:
    """Return what is open in the annotation.

    Load it with `get_annotation(..., full=True)` so questions, variants and comments come in a
    few queries.
    """
    result = Readiness(annotation)
    for question in annotation.questions:
        if question.chosen_variant is None:
            result.questions_without_choice.append(question)
        result.variants_waiting += [v for v in question.variants if v.status == "ter_review"]
        for variant in question.variants:
            count = sum(1 for c in variant.comments if c.parent_id is None and not c.resolved)
            if count:
                result.open_comments.append((variant, count))
    result.unresolved_comments = sum(count for _, count in result.open_comments)
    # Only what a final copy contains: internal notes and unchosen variants never go out.
    result.placeholders = annotation_placeholders(annotation, chosen_only=True)
    return result


def set_annotation_status(session, annotation, status, *, by, reason=None) -> Annotation:
    """Change the annotation's status; definitief only when nothing is open.

    :raises PermissionDenied, ValidationError:
    """
    require(by, "annotation.set_status")
    choice(status, ANNOTATION_STATUSES, "status")
    reason = clean_text(reason, "Toelichting", max_length=2000)
    if status == annotation.status:
        raise ValidationError(f"De annotatie heeft al de status {ANNOTATION_STATUSES[status]}.")
    if status == "definitief":
        blockers = readiness(session, annotation).blockers
        if blockers:
            raise ValidationError("De annotatie kan nog niet definitief worden: "
                                  + "; ".join(blockers) + ".")
    change_status(session, annotation, status, by=by, reason=reason)
    session.flush()
    return annotation
