"""From database rows to index documents: what is searchable, with the filter fields.

Internal notes (NB) and review comments are never indexed. Every document carries
`visible_to_pers`, the answer of briefings.visibility for the press office, so the search
filter and its counts follow that rule. Markdown is indexed as the text a reader sees
(briefings.markdown.plain_text), so snippets show no markup characters.
"""

import re

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from briefings.markdown import plain_text
from briefings.models import (
    Annotation,
    AnswerVariant,
    Commitment,
    Meeting,
    PressLine,
    Question,
    Section,
)
from briefings.visibility import open_to_press, released
from search_index.names import asker_key

_BULLET = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+(?:o\s+)?")


def entity_key(entity_type: str, entity_id) -> str:
    return f"{entity_type}:{entity_id}"


def date_fields(day) -> dict:
    """Return the stored ISO date and the numeric day used for range filters."""
    if day is None:
        return {"meeting_date": ""}
    return {"meeting_date": day.isoformat(), "meeting_day": int(day.strftime("%Y%m%d"))}


def annotation_fields(annotation) -> dict:
    meeting_date = annotation.meeting.first_date if annotation.meeting else None
    return {
        "annotation_id": str(annotation.id),
        "portfolio_holder": annotation.portfolio_holder or "",
        **date_fields(meeting_date),
    }


def question_fields(question) -> dict:
    asker = question.asker
    return {
        **annotation_fields(question.annotation),
        "question_id": str(question.id),
        "asker": asker_key(asker.name) if asker else "",
        "party": asker.party if asker else "",
    }


def question_documents(question) -> list[dict]:
    key = entity_key("question", question.id)
    return [{"doc_id": key, "entity": key, "kind": "question", "text": question.text,
             "question": question.text, "who": _who(question.asker), "public": True,
             "visible_to_pers": open_to_press(question), **question_fields(question)}]


def variant_documents(variant, warnings=None) -> list[dict]:
    key = entity_key("variant", variant.id)
    public = released(variant)
    common = {"entity": key, "status": variant.status, "chosen": bool(variant.chosen),
              "public": public, "visible_to_pers": open_to_press(variant),
              **question_fields(variant.question)}
    docs = [{"doc_id": key, "kind": "variant", "text": plain_text(variant.body), **common}]
    if warnings:
        docs[0]["warnings"] = warnings
    if variant.explanation:
        docs.append({"doc_id": f"{key}:toelichting", "kind": "explanation",
                     "text": plain_text(variant.explanation), **common})
    return docs


def section_documents(section) -> list[dict]:
    """One document per bullet, so a hit points at the bullet, not the whole theme."""
    key = entity_key("section", section.id)
    kind = "kernboodschap" if section.kind == "kernboodschap" else "section"
    fields = {**annotation_fields(section.annotation), "visible_to_pers": open_to_press(section)}
    return [{"doc_id": f"{key}:{n}", "entity": key, "kind": kind, "text": text, "public": True,
             **fields}
            for n, text in enumerate(bullets(section))]


def bullets(section) -> list[str]:
    """Return the bullets of a section's Markdown (the heading leads the first one)."""
    items: list[str] = []
    for line in (section.body or "").splitlines():
        if not line.strip():
            continue
        if _BULLET.match(line) or not items:
            items.append(_BULLET.sub("", line).strip())
        else:
            items[-1] += " " + line.strip()
    if section.heading:
        items = [f"{section.heading}: {items[0]}" if items else section.heading] + items[1:]
    return [text for text in (plain_text(item) for item in items) if text]


def commitment_documents(commitment) -> list[dict]:
    key = entity_key("commitment", commitment.id)
    asker = commitment.asker
    text = commitment.text + (f" ({commitment.due_text})" if commitment.due_text else "")
    return [{
        "doc_id": key, "entity": key, "kind": "commitment", "text": text, "public": True,
        "visible_to_pers": open_to_press(commitment),
        "status": commitment.status, "portfolio_holder": commitment.portfolio_holder or "",
        **date_fields(commitment.made_on),
        "annotation_id": str(commitment.annotation_id or ""),
        "question_id": str(commitment.question_id or ""),
        "asker": asker_key(asker.name) if asker else "", "party": asker.party if asker else "",
        "who": _who(asker),
    }]


def _who(asker) -> str:
    return f"{asker.name} {asker.party}" if asker else ""


def line_documents(line) -> list[dict]:
    """A press line: its topic and text, searchable by everyone who may see lines."""
    key = entity_key("line", line.id)
    text = f"{line.topic}: {plain_text(line.text)}"
    return [{"doc_id": key, "entity": key, "kind": "line", "text": text,
             "public": True, "visible_to_pers": open_to_press(line), "status": line.status,
             **date_fields(line.published_at.date() if line.published_at else None)}]


def all_lines(session):
    return session.scalars(select(PressLine).order_by(PressLine.id)).all()


def annotation_documents(annotation, commitments=()) -> list[dict]:
    """Every document of an annotation: its bullets, questions, variants and commitments."""
    docs = []
    for section in annotation.sections:
        docs += section_documents(section)
    for question in annotation.questions:
        docs += question_documents(question)
        for variant in question.variants:
            docs += variant_documents(variant)
    for commitment in commitments:
        docs += commitment_documents(commitment)
    return docs


def load_annotations(session, ids=None):
    """Yield annotations with everything the documents need, in batches."""
    query = select(Annotation).options(
        selectinload(Annotation.sections),
        selectinload(Annotation.meeting).selectinload(Meeting.dates),
        selectinload(Annotation.questions).selectinload(Question.asker),
        selectinload(Annotation.questions).selectinload(Question.variants),
    ).order_by(Annotation.id)
    if ids is not None:
        query = query.where(Annotation.id.in_(ids))
    yield from session.scalars(query.execution_options(yield_per=200))


def all_commitments(session):
    query = select(Commitment).options(selectinload(Commitment.asker)).order_by(Commitment.id)
    return session.scalars(query).all()


ENTITY_MODELS = {
    "annotation": Annotation, "section": Section, "question": Question,
    "variant": AnswerVariant, "commitment": Commitment, "line": PressLine,
}
