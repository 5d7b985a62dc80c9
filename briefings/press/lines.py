"""Press lines: approved answers published for the press office, with freshness and usage.

Freshness: "verlopen" when withdrawn or superseded, "review_nodig" once the review date is
reached or when its source answer is no longer approved or chosen, else
"actueel". A newer chosen answer to a similar question (word overlap of the
question texts) proposes superseding the older line.
"""

import re
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import object_session, selectinload

from briefings.changes import enqueue_index, record
from briefings.errors import ValidationError
from briefings.messages import msg
from briefings.models import Annotation, AnswerVariant, PressLine, Question
from briefings.permissions import require
from briefings.validation import MAX_SHORT, choice, clean_text, found
from briefings.vocabulary import LINE_USES, dutch_dates

#: question texts sharing at least this share of their words are "similar"
SIMILARITY_THRESHOLD = 0.4
_STOPWORDS = frozenset(
    "de het een en van in op te dat die dit is zijn wat wie hoe voor met aan er om ook niet "
    "wordt worden kan kunnen heeft hebben bij naar of als door over nog dan wel u uw we wij "
    "ik zij ze hun deze welke waarom wanneer college wethouder".split()
)


def get_line(session, line_id) -> PressLine:
    """:raises NotFound:"""
    return found(session.get(PressLine, line_id), "Deze perslijn")


def freshness(line: PressLine, today: date) -> str:
    """Return "actueel", "review_nodig" or "verlopen" (keys of vocabulary.LINE_STATUSES)."""
    if line.status == "verlopen" or line.superseded_by_id:
        return "verlopen"
    if line.review_date and line.review_date <= today:
        return "review_nodig"
    if _source_back_in_review(line):
        return "review_nodig"
    return "actueel"


def _source_back_in_review(line: PressLine) -> bool:
    """Whether the answer the line was published from is no longer approved or chosen
    (edited back to concept, or rejected): the line may no longer say what was agreed."""
    session = object_session(line)
    if line.variant_id is None or session is None:
        return False
    variant = session.get(AnswerVariant, line.variant_id)
    return variant is not None and variant.status != "akkoord" and not variant.chosen


def publish_line(session, variant, *, by, topic, use="citeerbaar", owner=None,
                 review_date: date | None = None, supersedes=()) -> PressLine:
    """Publish an approved or chosen variant as a line; it replaces the lines in `supersedes`.

    :raises PermissionDenied, ValidationError:
    """
    require(by, "line.publish")
    if variant.status != "akkoord" and not variant.chosen:
        raise ValidationError(
            msg("press.alleen_goedgekeurd_akkoord_gekozen"))
    if any(freshness(old, date.today()) != "verlopen" for old in session.scalars(
            select(PressLine).where(PressLine.variant_id == variant.id))):
        raise ValidationError(msg("press.antwoord_al_gepubliceerd_als"))
    line = PressLine(
        variant_id=variant.id, text=variant.body,
        topic=clean_text(topic, "Onderwerp", required=True, max_length=MAX_SHORT),
        use=choice(use, LINE_USES, "gebruik"), owner_id=(owner or by).id,
        review_date=review_date, published_by_id=by.id,
    )
    session.add(line)
    session.flush()
    record(session, line, "text", None, line.text, by=by, action="create")
    enqueue_index(session, line)
    for old in supersedes:
        supersede_line(session, old, line, by=by)
    return line


def update_line(session, line, *, by, text, topic, use, review_date: date | None = None,
                owner=None) -> PressLine:
    """Change a published line; every change is kept in its history (entity "line").

    :raises PermissionDenied, ValidationError:
    """
    require(by, "line.publish")
    _check_not_withdrawn(line)
    values = {
        "text": clean_text(text, "Tekst", required=True),
        "topic": clean_text(topic, "Onderwerp", required=True, max_length=MAX_SHORT),
        "use": choice(use, LINE_USES, "gebruik"),
    }
    for field, new in values.items():
        record(session, line, field, getattr(line, field), new, by=by)
        setattr(line, field, new)
    record(session, line, "review_date", _iso(line.review_date), _iso(review_date), by=by)
    line.review_date = review_date
    if owner is not None:
        line.owner_id = owner.id
    enqueue_index(session, line)
    session.flush()
    return line


def _check_not_withdrawn(line) -> None:
    """A withdrawn or replaced line stays as it was: someone may have withdrawn it since the
    form was loaded."""
    if line.status == "verlopen" or line.superseded_by_id:
        raise ValidationError(msg("press.perslijn_al_verlopen"))


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def withdraw_line(session, line, *, by, reason) -> None:
    """Withdraw a line (verlopen); a reason is required.

    :raises PermissionDenied, ValidationError:
    """
    require(by, "line.publish")
    _check_not_withdrawn(line)
    reason = clean_text(reason, "Reden", required=True)
    record(session, line, "status", line.status, "verlopen", by=by, action="status", reason=reason)
    line.status, line.withdrawn_reason = "verlopen", reason
    enqueue_index(session, line)
    session.flush()


def supersede_line(session, old, new, *, by) -> None:
    """Mark `old` as verlopen, replaced by `new`."""
    require(by, "line.publish")
    if old.id == new.id:
        return
    record(session, old, "status", old.status, "verlopen", by=by, action="status",
           reason=f"vervangen door perslijn {new.id}")
    old.status, old.superseded_by_id = "verlopen", new.id
    enqueue_index(session, old)
    session.flush()


def list_lines(session, *, query=None, include_expired=False, today: date) -> list[PressLine]:
    """Return lines whose topic or text contains every word of `query`, newest first."""
    stmt = select(PressLine).options(selectinload(PressLine.owner)).order_by(
        PressLine.published_at.desc(), PressLine.id.desc())
    for word in (query or "").split():
        pattern = f"%{_escape_like(word)}%"
        stmt = stmt.where(or_(PressLine.topic.ilike(pattern, escape="\\"),
                              PressLine.text.ilike(pattern, escape="\\")))
    lines = list(session.scalars(stmt))
    if include_expired:
        return lines
    return [line for line in lines if freshness(line, today) != "verlopen"]


def approved_answers(session, *, query, limit=50) -> list[AnswerVariant]:
    """Return approved or chosen answers whose question or text contains every word of `query`."""
    words = (query or "").split()
    if not words:
        return []
    stmt = (select(AnswerVariant).join(Question, AnswerVariant.question_id == Question.id)
            .where(or_(AnswerVariant.status == "akkoord", AnswerVariant.chosen.is_(True)))
            .order_by(AnswerVariant.id.desc()).limit(limit))
    for word in words:
        pattern = f"%{_escape_like(word)}%"
        stmt = stmt.where(or_(AnswerVariant.body.ilike(pattern, escape="\\"),
                              Question.text.ilike(pattern, escape="\\")))
    return list(session.scalars(stmt))


def publishable_variants(session, *, limit=200) -> list[AnswerVariant]:
    """Return approved or chosen answers that are not yet published as a line, newest first."""
    published = select(PressLine.variant_id).where(PressLine.variant_id.is_not(None))
    return list(session.scalars(
        select(AnswerVariant)
        .where(or_(AnswerVariant.status == "akkoord", AnswerVariant.chosen.is_(True)),
               AnswerVariant.id.not_in(published))
        .order_by(AnswerVariant.id.desc()).limit(limit)))


def line_usage(session, line) -> list[AnswerVariant]:
    """Return the answer variants that reuse `line`, oldest first."""
    return list(session.scalars(
        select(AnswerVariant).where(AnswerVariant.source_line_id == line.id)
        .options(selectinload(AnswerVariant.question).selectinload(Question.annotation))
        .order_by(AnswerVariant.id)))


def source_variant(session, line) -> AnswerVariant | None:
    return session.get(AnswerVariant, line.variant_id) if line.variant_id else None


def source_label(session, line) -> str:
    """Return where a line came from: 'Raad 28 februari 2024, vraag 11'."""
    variant = source_variant(session, line)
    if variant is None:
        return f"perslijn '{line.topic}'"
    return question_label(variant.question)


def question_label(question) -> str:
    annotation: Annotation = question.annotation
    meeting = annotation.meeting
    where = (f"{meeting.name} {dutch_dates([d.date for d in meeting.dates])}".strip()
             if meeting else annotation.title)
    return f"{where}, vraag {question.number}" if question.number else where


def similarity(a: str, b: str) -> float:
    """Return the share of content words two question texts have in common (Jaccard)."""
    words_a, words_b = _words(a), _words(b)
    if not words_a or not words_b:
        return 0.0
    return len(words_a & words_b) / len(words_a | words_b)


def lines_to_supersede(session, variant) -> list[PressLine]:
    """Return current lines on a similar question that a line from `variant` would replace."""
    lines = session.scalars(select(PressLine).where(PressLine.status == "actueel",
                                                    PressLine.superseded_by_id.is_(None)))
    result = []
    for line in lines:
        old = source_variant(session, line)
        if old is not None and old.id != variant.id and similarity(
                old.question.text, variant.question.text) >= SIMILARITY_THRESHOLD:
            result.append(line)
    return result


def newer_chosen_answers(session, line) -> list[AnswerVariant]:
    """Return answers chosen after `line` was published, to a similar question, not yet lines."""
    old = source_variant(session, line)
    if old is None or line.status == "verlopen" or line.superseded_by_id:
        return []
    published = select(PressLine.variant_id).where(PressLine.variant_id.is_not(None))
    candidates = session.scalars(
        select(AnswerVariant).where(AnswerVariant.chosen.is_(True),
                                    AnswerVariant.chosen_at > line.published_at,
                                    AnswerVariant.id != old.id,
                                    AnswerVariant.id.not_in(published)))
    return [v for v in candidates
            if similarity(v.question.text, old.question.text) >= SIMILARITY_THRESHOLD]


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", (text or "").lower())
            if len(w) > 2 and w not in _STOPWORDS}


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
