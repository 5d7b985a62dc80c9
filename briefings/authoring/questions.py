"""Questions (grouped in blocks and under askers) and their answer variants."""

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from briefings.authoring.texts import text_saved
from briefings.changes import change_status, enqueue_index, record
from briefings.models import AnswerVariant, Asker, Question
from briefings.permissions import require, require_write
from briefings.validation import MAX_SHORT, check_version, choice, clean_text, found
from briefings.vocabulary import ASKER_ROLES, VARIANT_LABELS


def get_question(session, question_id) -> Question:
    """:raises NotFound:"""
    return found(session.get(Question, question_id), "Deze vraag")


def get_variant(session, variant_id) -> AnswerVariant:
    """:raises NotFound:"""
    return found(session.get(AnswerVariant, variant_id), "Dit antwoord")


def find_or_create_asker(session, *, name, party="", role="raadslid") -> Asker | None:
    """Return the asker with this name, party and role, creating it once."""
    name = clean_text(name, "Naam vragensteller", max_length=MAX_SHORT)
    if not name:
        return None
    party = clean_text(party, "Partij of medium", max_length=MAX_SHORT) or ""
    role = choice(role or "raadslid", ASKER_ROLES, "rol vragensteller")
    query = select(Asker).filter_by(name=name, party=party, role=role)
    asker = session.scalars(query).first()
    if asker is None:
        # Two imports naming the same new raadslid at once: the unique constraint decides,
        # and the loser reads the winner's row instead of failing.
        session.execute(_insert_for(session)(Asker).values(name=name, party=party, role=role)
                        .on_conflict_do_nothing(index_elements=["name", "party", "role"]))
        asker = session.scalars(query).one()
    return asker


def _insert_for(session):
    return (postgresql_insert if session.get_bind().dialect.name == "postgresql"
            else sqlite_insert)


def add_question(session, annotation, *, by, text, block="", asker=None, note=None,
                 number=None) -> Question:
    """Add a question under its block and asker; numbered on from the last one if no number.

    :raises PermissionDenied, ValidationError:
    """
    require_write(by, "annotation.edit", kind=annotation.kind)
    annotation.questions  # noqa: B018 -- load before the new question joins (no autoflush warning)
    fields = question_fields(text=text, block=block, note=note, number=number)
    question = Question(
        annotation=annotation, **fields,
        asker=find_or_create_asker(session, **asker) if asker else None,
    )
    question.number = question.number or _next_number(annotation)
    session.add(question)  # before _insert_in_group loads the collection (autoflush)
    _insert_in_group(annotation, question)
    session.flush()
    record(session, question, "text", None, question.text, by=by, action="create")
    enqueue_index(session, question)
    return question


def question_fields(*, text, block="", note=None, number=None) -> dict:
    """The checked text fields of a new question (shared with the bulk add of an import).

    :raises ValidationError:
    """
    return {"text": clean_text(text, "Vraag", required=True),
            "block": clean_text(block, "Blok", max_length=1000) or "",
            "note": clean_text(note, "Notitie"),
            "number": clean_text(number, "Nummer", max_length=20) or None}


def variant_fields(*, label="antwoord", body="", explanation=None) -> dict:
    """The checked fields of a new answer variant (shared with the bulk add of an import).

    :raises ValidationError:
    """
    return {"label": choice(label, VARIANT_LABELS, "label"),
            "body": clean_text(body, "Antwoord") or "",
            "explanation": clean_text(explanation, "Toelichting")}


def update_question(session, question, *, by, expected_version=None, text, block=None,
                    asker=None, note=None, number=None) -> Question:
    """Save a question's text, block, asker, number and internal note.

    :raises PermissionDenied, ValidationError, Conflict:
    """
    require_write(by, "annotation.edit", kind=question.annotation.kind)
    text = clean_text(text, "Vraag", required=True)
    note = clean_text(note, "Notitie")
    check_version(question, expected_version, what="Deze vraag", submitted={"text": text})
    record(session, question, "text", question.text, text, by=by)
    record(session, question, "note", question.note, note, by=by)
    question.text, question.note = text, note
    if block is not None:
        question.block = clean_text(block, "Blok", max_length=1000) or ""
    if asker is not None:
        question.asker = find_or_create_asker(session, **asker)
    if number is not None:
        question.number = clean_text(number, "Nummer", max_length=20)
    question.version += 1
    enqueue_index(session, question)
    return question


def delete_question(session, question, *, by) -> None:
    require(by, "annotation.edit")
    record(session, question, "text", question.text, None, by=by, action="delete")
    enqueue_index(session, question, op="delete")
    for variant in question.variants:
        enqueue_index(session, variant, op="delete")
    question.annotation.questions.remove(question)
    session.flush()


def renumber_questions(session, annotation, *, by) -> None:
    """Number all questions 1..n in their order, running on across askers and blocks."""
    require(by, "annotation.edit")
    for number, question in enumerate(annotation.questions, start=1):
        if question.number != str(number):
            record(session, question, "number", question.number, str(number), by=by)
            question.number = str(number)
            enqueue_index(session, question)
    session.flush()


def add_variant(session, question, *, by, label="antwoord", body="", explanation=None,
                source_variant=None, source_line=None) -> AnswerVariant:
    """Add an answer variant in status concept, last in the question's variants.

    :raises PermissionDenied, ValidationError:
    """
    require(by, "press.write" if question.annotation.kind == "persvragen" and by.role == "pers"
            else "variant.write")
    variant = AnswerVariant(
        question=question, **variant_fields(label=label, body=body, explanation=explanation),
        position=max((v.position for v in question.variants), default=-1) + 1,
        author_id=by.id, updated_by_id=by.id,
        source_variant_id=source_variant.id if source_variant else None,
        source_line_id=source_line.id if source_line else None,
    )
    session.add(variant)
    session.flush()
    record(session, variant, "body", None, variant.body, by=by, action="create")
    text_saved(session, variant)
    return variant


def update_variant(session, variant, *, by, expected_version=None, label=None, body,
                   explanation=None) -> AnswerVariant:
    """Save a variant. A changed text sends an approved or chosen variant back to concept.

    :raises PermissionDenied, ValidationError, Conflict: Conflict carries both texts.
    """
    require_write(by, "variant.write", kind=variant.question.annotation.kind)
    body = clean_text(body, "Antwoord") or ""
    explanation = clean_text(explanation, "Toelichting")
    check_version(variant, expected_version, what="Dit antwoord",
                  submitted={"body": body, "explanation": explanation, "label": label})
    changed = (body, explanation or "") != (variant.body, variant.explanation or "")
    record(session, variant, "body", variant.body, body, by=by)
    record(session, variant, "explanation", variant.explanation, explanation, by=by)
    variant.body, variant.explanation = body, explanation
    if label is not None:
        record(session, variant, "label", variant.label, choice(label, VARIANT_LABELS, "label"),
               by=by)
        variant.label = label
    if changed:
        _back_to_concept(session, variant, by=by)
    variant.version += 1
    variant.updated_by_id = by.id
    text_saved(session, variant)
    return variant


def delete_variant(session, variant, *, by) -> None:
    require(by, "variant.write")
    record(session, variant, "body", variant.body, None, by=by, action="delete")
    enqueue_index(session, variant, op="delete")
    enqueue_index(session, variant.question)  # whether the press office sees it may change
    variant.question.variants.remove(variant)
    session.flush()


def _back_to_concept(session, variant, *, by) -> None:
    """Unreviewed text must never stay approved or chosen."""
    if variant.chosen:
        record(session, variant, "chosen", "ja", "nee", by=by, action="choose",
               reason="tekst gewijzigd")
        variant.chosen = False
    if variant.status != "concept":
        change_status(session, variant, "concept", by=by, reason="tekst gewijzigd")
    annotation = variant.question.annotation
    if annotation.status == "definitief":
        # Something is open again, so the annotation can no longer be final.
        change_status(session, annotation, "in_review", by=by, reason="antwoord gewijzigd")


def _next_number(annotation) -> str:
    numbers = [int(q.number) for q in annotation.questions if (q.number or "").isdigit()]
    return str(max(numbers, default=0) + 1)


def _insert_in_group(annotation, question) -> None:
    """Place the question after the last one with the same block and asker, else at the end.

    Only the positions that change are written: appending in document order (an import, or a
    question added under the last asker) touches one row instead of all of them.
    """
    questions = annotation.questions
    if questions and questions[-1] is question:
        before = questions[-2] if len(questions) > 1 else None
        if before is None or _same_group(before, question) or not any(
                _same_group(q, question) for q in questions[:-1]):
            question.position = len(questions) - 1
            return
    same = [i for i, q in enumerate(questions) if q is not question and _same_group(q, question)]
    if question in questions:
        questions.remove(question)
    index = same[-1] + 1 if same else len(questions)
    questions.insert(index, question)
    for position in range(index, len(questions)):
        if questions[position].position != position:
            questions[position].position = position


def _same_group(one, other) -> bool:
    return one.block == other.block and one.asker is other.asker
