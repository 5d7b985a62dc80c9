"""Woo redaction: personal names replaced by the ground `5.1.2e` (Wet open overheid)."""

import re

from sqlalchemy import select
from sqlalchemy.orm import object_session

from briefings.models import AnswerVariant, Question, ReviewComment, Revision, Section, User

GROUND = "5.1.2e"


class Redactor:
    """Replaces each of `names` (whole words, any case, longest first) by the Woo ground.

    A surname on its own is not replaced: too many surnames are ordinary words; the author
    lists such mentions as personal names on the annotation.
    """

    def __init__(self, names):
        names = sorted({" ".join(n.split()) for n in names if n and n.strip()}, key=len,
                       reverse=True)
        names = [n for n in names if n != GROUND]
        # "Piet Pietersen" also as piet.pietersen@… or …/piet-pietersen in an address
        parts = [r"[\s._-]+".join(map(re.escape, name.split())) for name in names]
        self.pattern = re.compile(rf"(?<!\w)(?:{'|'.join(parts)})(?!\w)", re.IGNORECASE) \
            if parts else None

    def __call__(self, text: str | None) -> str:
        if not text or self.pattern is None:
            return text or ""
        return self.pattern.sub(GROUND, text)


def personal_names(annotation, by=None) -> list[str]:
    """Return every name a Woo copy of `annotation` must not contain: handling officials, the
    names the author marked, and the users who wrote, chose, commented on or changed it."""
    names = [*(annotation.handling_officials or []), *(annotation.personal_names or [])]
    names.extend(user.name for user in _users(annotation))
    if by is not None:
        names.append(by.name)
    return names


def _users(annotation) -> list[User]:
    session = object_session(annotation)
    question_ids = select(Question.id).where(Question.annotation_id == annotation.id)
    variant_ids = select(AnswerVariant.id).where(AnswerVariant.question_id.in_(question_ids))
    section_ids = select(Section.id).where(Section.annotation_id == annotation.id)
    ids = {annotation.created_by_id}
    ids.update(session.scalars(select(Question.owner_id).where(Question.id.in_(question_ids))))
    for column in (AnswerVariant.author_id, AnswerVariant.updated_by_id,
                   AnswerVariant.chosen_by_id):
        ids.update(session.scalars(select(column).where(AnswerVariant.id.in_(variant_ids))))
    ids.update(session.scalars(
        select(ReviewComment.author_id).where(ReviewComment.variant_id.in_(variant_ids))))
    for entity_type, entity_ids in (("section", section_ids), ("question", question_ids),
                                    ("variant", variant_ids)):
        ids.update(session.scalars(select(Revision.user_id).where(
            Revision.entity_type == entity_type, Revision.entity_id.in_(entity_ids))))
    ids.update(session.scalars(select(Revision.user_id).where(
        Revision.entity_type == "annotation", Revision.entity_id == annotation.id)))
    ids.discard(None)
    return list(session.scalars(select(User).where(User.id.in_(ids)))) if ids else []
