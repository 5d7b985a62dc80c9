"""Mails sent at once: a variant up for review, rejected, chosen or no longer chosen.

Each is queued in the transaction of the change, so a rolled-back save sends nothing.
"""

from sqlalchemy import select

from briefings.mail.preferences import wants
from briefings.mail.queue import enqueue, mail_context
from briefings.models import (
    AnswerVariant,
    NotificationSettings,
    Question,
    ReviewComment,
    Revision,
    User,
)


def variant_submitted(session, variant, *, by) -> None:
    """Tell the reviewers of the annotation's portfolio (or annotation) that work waits."""
    mail = mail_context(session)
    if mail is None:
        return
    annotation = variant.question.annotation
    for reviewer, why in review_recipients(session, annotation, exclude=by):
        enqueue(session, reviewer, kind="review_request",
                subject=f"Ter review: {_question_title(variant)} — {annotation.title}",
                template="review_request", why=why, link=_variant_link(mail, variant),
                variant=variant, annotation=annotation, by=by)


def variant_rejected(session, variant, *, by, reason) -> None:
    """Tell the variant's author that it was rejected, and why."""
    author = _author_to_tell(session, variant, by, "rejections")
    mail = mail_context(session)
    if author is None or mail is None:
        return
    enqueue(session, author, kind="rejected",
            subject=f"Afgewezen: {_question_title(variant)} — "
                    f"{variant.question.annotation.title}",
            template="rejected", link=_variant_link(mail, variant),
            why="U ontvangt dit bericht omdat u dit antwoord schreef.",
            variant=variant, annotation=variant.question.annotation, by=by, reason=reason)


def variant_chosen(session, variant, *, by, replaced=()) -> None:
    """Tell the author of the chosen variant, and the authors of the variants it replaced."""
    mail = mail_context(session)
    if mail is None:
        return
    annotation = variant.question.annotation
    for kind, subject_head, item in [("chosen", "Gekozen", variant)] + [
            ("choice_replaced", "Ander antwoord gekozen", other) for other in replaced]:
        author = _author_to_tell(session, item, by, "choices")
        if author is None:
            continue
        enqueue(session, author, kind=kind,
                subject=f"{subject_head}: {_question_title(item)} — {annotation.title}",
                template=kind, link=_variant_link(mail, variant),
                why="U ontvangt dit bericht omdat u dit antwoord schreef.",
                variant=item, chosen=variant, annotation=annotation, by=by,
                reason=variant.choice_reason)


def review_recipients(session, annotation, *, exclude=None) -> list[tuple[User, str]]:
    """Return the active reviewers who want review requests for `annotation`, with why.

    A reviewer gets them for annotations they reviewed or commented on before, and for the
    portfolio holders they chose on their settings page (none chosen: every portfolio).
    """
    involved = _reviewers_involved_in(session, annotation.id)
    result = []
    reviewers = session.scalars(select(User).where(User.role == "reviewer", User.active)
                                .order_by(User.id))
    for reviewer in reviewers:
        if reviewer == exclude or not wants(session, reviewer, "review_requests"):
            continue
        settings = session.get(NotificationSettings, reviewer.id)
        portfolios = settings.portfolios if settings else []
        if reviewer.id in involved:
            why = "U ontvangt dit bericht omdat u eerder antwoorden in deze annotatie beoordeelde."
        elif annotation.portfolio_holder in portfolios:
            why = ("U ontvangt dit bericht omdat u reviewt voor de portefeuille van "
                   f"{annotation.portfolio_holder}.")
        elif not portfolios:
            why = "U ontvangt dit bericht omdat u reviewverzoeken voor alle portefeuilles volgt."
        else:
            continue
        result.append((reviewer, why))
    return result


def _reviewers_involved_in(session, annotation_id) -> set[int]:
    variant_ids = select(AnswerVariant.id).join(Question).where(
        Question.annotation_id == annotation_id)
    reviewed = select(Revision.user_id).where(
        Revision.entity_type == "variant", Revision.entity_id.in_(variant_ids),
        Revision.action == "status", Revision.new_text.in_(("akkoord", "afgewezen")))
    commented = select(ReviewComment.author_id).where(ReviewComment.variant_id.in_(variant_ids))
    return {uid for uid in session.scalars(reviewed.union(commented)) if uid is not None}


def _author_to_tell(session, variant, by, kind) -> User | None:
    author = variant.author
    if author is None or author == by or not wants(session, author, kind):
        return None
    return author


def _variant_link(mail, variant) -> str:
    return mail.url("annotations.show", annotation_id=variant.question.annotation_id,
                    _anchor=f"antwoord-{variant.id}")


def _question_title(variant) -> str:
    question = variant.question
    number = f"vraag {question.number}" if question.number else "vraag"
    text = " ".join(question.text.split())
    return f"{number} ({text[:60]}{'…' if len(text) > 60 else ''})"
