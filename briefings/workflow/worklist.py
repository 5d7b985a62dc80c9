"""'Mijn werk': what a user must write, review or choose, and the internal deadlines."""

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from briefings.models import Annotation, AnswerVariant, Question
from briefings.permissions import can

LIMIT = 200


@dataclass
class Worklist:
    to_write: list[AnswerVariant] = field(default_factory=list)
    owned_questions: list[Question] = field(default_factory=list)
    to_review: list[AnswerVariant] = field(default_factory=list)
    to_choose: list[Question] = field(default_factory=list)
    deadlines: list[Annotation] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not any((self.to_write, self.owned_questions, self.to_review, self.to_choose,
                        self.deadlines))


def my_work(session, user) -> Worklist:
    """Return the user's work in annotations that are not yet definitief."""
    work = Worklist(deadlines=_deadlines(session))
    if can(user, "variant.write"):
        work.to_write = _variants(session, AnswerVariant.author_id == user.id,
                                  AnswerVariant.status.in_(("concept", "afgewezen")))
    work.owned_questions = _questions(session, Question.owner_id == user.id)
    if can(user, "variant.review"):
        work.to_review = _variants(session, AnswerVariant.status == "ter_review")
    if can(user, "variant.choose"):
        work.to_choose = [q for q in _questions(session, _has_approved_variant())
                          if q.chosen_variant is None]
    return work


def _open_annotation():
    return Annotation.status != "definitief"


def _variants(session, *conditions) -> list[AnswerVariant]:
    return list(session.scalars(
        select(AnswerVariant).join(Question).join(Annotation)
        .options(selectinload(AnswerVariant.question).selectinload(Question.annotation))
        .where(_open_annotation(), *conditions)
        .order_by(Annotation.internal_deadline.asc().nulls_last(), Question.annotation_id,
                  Question.position, AnswerVariant.position)
        .limit(LIMIT)
    ))


def _questions(session, *conditions) -> list[Question]:
    return list(session.scalars(
        select(Question).join(Annotation)
        .options(selectinload(Question.variants), selectinload(Question.annotation))
        .where(_open_annotation(), *conditions)
        .order_by(Annotation.internal_deadline.asc().nulls_last(), Question.annotation_id,
                  Question.position)
        .limit(LIMIT)
    ))


def _has_approved_variant():
    return Question.variants.any(AnswerVariant.status == "akkoord")


def _deadlines(session) -> list[Annotation]:
    return list(session.scalars(
        select(Annotation)
        .where(_open_annotation(), Annotation.internal_deadline.is_not(None))
        .order_by(Annotation.internal_deadline).limit(LIMIT)
    ))


