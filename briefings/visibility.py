"""Who may see which text: the one rule every way out asks.

Pages, the search page and its counts, the JSON API, the CLI, eerder gezegd, consistency
warnings, Word and CSV exports and the press Q&A all ask here; nothing else decides it.

Whoever may read drafts (`annotation.read_drafts` in the permission matrix) sees every text.
The press office sees only what has been released:

- answer variants that are approved (akkoord) or chosen, and their toelichting; in a press Q&A
  also a reused press line and what the press office wrote itself;
- the questions of those answers, and every question of a press Q&A (its own workspace);
- the sections (kernboodschap, handelingsperspectief, ...) of definitief annotations;
- press lines;
- commitments made in definitief annotations;
- the header of an annotation that is definitief, a press Q&A, or has a released answer
  (its title is the label under such an answer).

Never: internal notes (NB), review comments, revisions (they hold earlier drafts and reasons
for rejection), commitment suggestions, consistency warnings and eerder-gezegd suggestions
other than released answers.

`may_see(user, obj)` answers for one object; `read_view(session, user, annotation_id)` is what
the annotation's read view shows the press office (a definitief annotation, its final answers);
`visible_clause(user, Model)` gives the same rule as a SQL condition for lists;
`open_to_press(obj)` is what the search index stores per document, so the search filter and its
counts follow the very same rule.
"""

from dataclasses import dataclass

from sqlalchemy import and_, exists, false, or_, select, true
from sqlalchemy.orm import object_session

from briefings.errors import PermissionDenied
from briefings.messages import msg
from briefings.models import (
    Annotation,
    AnswerVariant,
    Commitment,
    CommitmentSuggestion,
    PressLine,
    Question,
    ReviewComment,
    Revision,
    Section,
    User,
)
from briefings.permissions import can
from briefings.placeholders import final_variants

#: kinds of text that are internal: only readers of drafts ever see them
INTERNAL = (ReviewComment, Revision, CommitmentSuggestion)
RELEASED_STATUS = "akkoord"
FINAL_ANNOTATION = "definitief"
PRESS_KIND = "persvragen"
PRESS_ROLE = "pers"


def sees_everything(user) -> bool:
    """Return whether `user` reads drafts and internal texts: notes (NB), comments, history,
    warnings, commitment suggestions (every role but pers)."""
    return can(user, "annotation.read_drafts")


def may_see(user, obj) -> bool:
    """Return whether `user` may see the text of `obj` (any model listed in this module)."""
    if user is None or not user.active:
        return False
    return sees_everything(user) or open_to_press(obj)


def require_visible(user, obj) -> None:
    """Raise PermissionDenied unless `user` may see `obj`.

    :raises PermissionDenied:
    """
    if not may_see(user, obj):
        raise PermissionDenied(msg("permission.deze_tekst"))


def require_internal(user) -> None:
    """Raise PermissionDenied unless `user` may see internal texts: for views and exports that
    show drafts, notes and comments together (checked before anything is loaded, so the press
    office cannot tell which ids exist).

    :raises PermissionDenied:
    """
    if not sees_everything(user):
        raise PermissionDenied(msg("permission.concepten_en_interne_teksten"))


def may_see_warnings(user) -> bool:
    """Consistency warnings are advice on drafts: readers of drafts only."""
    return sees_everything(user)


def visible(user, objects) -> list:
    """Return the objects `user` may see, in their order."""
    return [obj for obj in objects if may_see(user, obj)]


@dataclass
class ReadView:
    """What the press office reads of a definitief annotation: header, sections, and per question
    the final answer as the Word copy has it, for the questions whose answer it may see."""

    annotation: Annotation
    sections: list
    #: question id -> the variants shown (never empty for a question in `questions`)
    answers: dict

    @property
    def questions(self) -> list:
        return [q for q in self.annotation.questions if q.id in self.answers]


def read_view(session, user, annotation_id) -> ReadView:
    """Return what `user` without access to drafts reads of a definitief annotation.

    A missing id and an annotation that is not definitief are refused alike, so the press
    office cannot tell which ids exist.

    :raises PermissionDenied:
    """
    annotation = session.get(Annotation, annotation_id)
    if (annotation is None or annotation.status != FINAL_ANNOTATION
            or not may_see(user, annotation)):
        raise PermissionDenied(msg("permission.concepten_en_interne_teksten"))
    answers = {q.id: shown for q in annotation.questions
               if may_see(user, q) and (shown := visible(user, final_variants(q)))}
    return ReadView(annotation, visible(user, annotation.sections), answers)


# -- the press office's view, per object ---------------------------------------------------

def released(variant: AnswerVariant) -> bool:
    """Return whether an answer is approved or chosen: final for everyone who reads it."""
    return variant.status == RELEASED_STATUS or bool(variant.chosen)


def open_to_press(obj) -> bool:
    """Return whether the press office may see `obj`."""
    if isinstance(obj, INTERNAL):
        return False
    check = _PRESS_CHECKS.get(type(obj))
    return check(obj) if check is not None else False


def _variant_open(variant: AnswerVariant) -> bool:
    if released(variant):
        return True
    if variant.question is None or variant.question.annotation.kind != PRESS_KIND:
        return False
    # In a press Q&A the press office reads the lines it reused and what it wrote itself.
    return variant.source_line_id is not None or (
        variant.author is not None and variant.author.role == PRESS_ROLE)


def _question_open(question: Question) -> bool:
    return question.annotation.kind == PRESS_KIND or any(
        _variant_open(v) for v in question.variants)


def _annotation_open(annotation: Annotation) -> bool:
    return (annotation.status == FINAL_ANNOTATION or annotation.kind == PRESS_KIND
            or any(released(v) for q in annotation.questions for v in q.variants))


def _section_open(section: Section) -> bool:
    return section.annotation.status == FINAL_ANNOTATION


def _commitment_open(commitment: Commitment) -> bool:
    session = object_session(commitment)
    annotation = (session.get(Annotation, commitment.annotation_id)
                  if session is not None and commitment.annotation_id is not None else None)
    return annotation is not None and annotation.status == FINAL_ANNOTATION


_PRESS_CHECKS = {
    AnswerVariant: _variant_open,
    Question: _question_open,
    Annotation: _annotation_open,
    Section: _section_open,
    Commitment: _commitment_open,
    PressLine: lambda line: True,
}


# -- the same rule as SQL, for lists --------------------------------------------------------

def visible_clause(user, model):
    """Return a WHERE condition selecting the rows of `model` that `user` may see."""
    if user is None or not user.active:
        return false()
    if sees_everything(user):
        return true()
    return press_clause(model)


def press_clause(model):
    """Return the WHERE condition for the rows of `model` the press office may see."""
    clause = _PRESS_CLAUSES.get(model)
    return clause() if clause is not None else false()


def _released_clause():
    return or_(AnswerVariant.status == RELEASED_STATUS, AnswerVariant.chosen.is_(True))


def _variant_clause():
    in_press_qa = AnswerVariant.question_id.in_(
        select(Question.id).join(Annotation, Question.annotation_id == Annotation.id)
        .where(Annotation.kind == PRESS_KIND))
    by_press = AnswerVariant.author_id.in_(select(User.id).where(User.role == PRESS_ROLE))
    return or_(_released_clause(), and_(
        in_press_qa, or_(AnswerVariant.source_line_id.is_not(None), by_press)))


def _question_clause():
    # Unreleased answers count only in a press Q&A, whose questions are open anyway.
    variants = select(AnswerVariant.id).where(
        AnswerVariant.question_id == Question.id, _released_clause())
    press_qa = select(Annotation.id).where(
        Annotation.id == Question.annotation_id, Annotation.kind == PRESS_KIND)
    return or_(exists(press_qa), exists(variants))


def _annotation_clause():
    released_answer = select(AnswerVariant.id).join(
        Question, AnswerVariant.question_id == Question.id).where(
        Question.annotation_id == Annotation.id, _released_clause())
    return or_(Annotation.status == FINAL_ANNOTATION, Annotation.kind == PRESS_KIND,
               exists(released_answer))


def _final_annotation(column):
    return column.in_(select(Annotation.id).where(Annotation.status == FINAL_ANNOTATION))


_PRESS_CLAUSES = {
    AnswerVariant: _variant_clause,
    Question: _question_clause,
    Annotation: _annotation_clause,
    Section: lambda: _final_annotation(Section.annotation_id),
    Commitment: lambda: _final_annotation(Commitment.annotation_id),
    PressLine: true,
}
