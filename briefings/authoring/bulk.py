"""Many questions with their variants at once (an import): one flush, not one per row.

The same checks and history as add_question and add_variant, so that a 1,000-question document
saves in linear time. The search index and the commitment suggestions are the caller's: an
import creates the annotation in the same transaction, and the annotation's own change-log row
indexes every text it holds when it is applied (`suggest_for_new_texts` offers the promises).
"""

from briefings.authoring.questions import find_or_create_asker, question_fields, variant_fields
from briefings.changes import record
from briefings.models import AnswerVariant, Question, ReviewComment
from briefings.permissions import require, require_write


def add_questions(session, annotation, items: list[dict], *, by) -> list[Question]:
    """Append questions in the given order, each with its variants; return them.

    Each item: text, block, asker (dict or None), note, number, and variants: dicts with
    label, body, explanation, comments (texts) and `same_as` ((question, variant) index of
    an earlier item's variant this one points to, or None). The caller offers the commitment
    suggestions for all new texts at once (`suggest_for_new_texts`).

    :raises PermissionDenied, ValidationError:
    """
    require_write(by, "annotation.edit", kind=annotation.kind)
    require(by, "variant.write")
    askers: dict[tuple, object] = {}
    for item in items:
        _asker(session, askers, item.get("asker"))
    start = len(annotation.questions)
    questions = []
    with session.no_autoflush:
        for offset, item in enumerate(items):
            questions.append(_question(session, annotation, item, start + offset, askers, by,
                                       questions))
    session.add_all(questions)
    session.flush()
    with session.no_autoflush:
        for question in questions:
            record(session, question, "text", None, question.text, by=by, action="create")
            for variant in question.variants:
                record(session, variant, "body", None, variant.body, by=by, action="create")
    session.flush()
    _add_comments(session, questions, items, by=by)
    session.flush()
    return questions


def _question(session, annotation, item, position, askers, by, questions) -> Question:
    question = Question(annotation=annotation, position=position,
                        asker=_asker(session, askers, item.get("asker")),
                        **question_fields(text=item["text"], block=item.get("block", ""),
                                          note=item.get("note"), number=item.get("number")))
    question.variants = [_variant(item_variant, index, by, questions)
                         for index, item_variant in enumerate(item.get("variants", []))]
    return question


def _variant(item: dict, position: int, by, questions: list[Question]) -> AnswerVariant:
    same = item.get("same_as")
    source = None
    if same is not None and same[0] < len(questions):
        earlier = questions[same[0]].variants
        source = earlier[same[1]] if same[1] < len(earlier) else None
    return AnswerVariant(position=position, author_id=by.id, updated_by_id=by.id,
                         source_variant=source,
                         **variant_fields(label=item.get("label", "antwoord"),
                                          body=item.get("body", ""),
                                          explanation=item.get("explanation")))


def _asker(session, askers: dict, asker: dict | None):
    if not asker:
        return None
    key = (asker.get("name"), asker.get("party", ""), asker.get("role", "raadslid"))
    if key not in askers:
        askers[key] = find_or_create_asker(session, **asker)
    return askers[key]


def _add_comments(session, questions, items, *, by) -> None:
    for question, item in zip(questions, items, strict=True):
        for variant, item_variant in zip(question.variants, item.get("variants", []),
                                         strict=True):
            session.add_all(ReviewComment(variant_id=variant.id, author_id=by.id, text=text)
                            for text in item_variant.get("comments", []))
