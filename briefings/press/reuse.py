"""Reusing a press line in a press Q&A (an annotation of kind persvragen), with provenance.

Which of its answers the press office may read is decided in briefings.visibility.
"""

from sqlalchemy import select

from briefings import authoring
from briefings.errors import ValidationError
from briefings.messages import msg
from briefings.models import Annotation
from briefings.permissions import require
from briefings.press.lines import freshness
from briefings.validation import found


def reuse_line(session, line, *, by, question_text, journalist, medium="", today,
               annotation=None, title=None, portfolio_holder=None):
    """Add a question from a journalist answered with `line` to a (new) press Q&A.

    Returns the new answer variant; its source_line_id keeps where the text came from.

    :raises PermissionDenied, ValidationError:
    """
    require(by, "line.reuse")
    if freshness(line, today) == "verlopen":
        raise ValidationError(msg("press.perslijn_verlopen_niet_meer"))
    if annotation is None:
        annotation = authoring.create_annotation(
            session, by=by, kind="persvragen", title=title, portfolio_holder=portfolio_holder)
    elif annotation.kind != "persvragen":
        raise ValidationError(msg("press.perslijn_alleen_persvragen_hergebruikt"))
    question = authoring.add_question(
        session, annotation, by=by, text=question_text,
        asker={"name": journalist, "party": medium or "", "role": "journalist"})
    return authoring.add_variant(session, question, by=by, body=line.text, source_line=line)


def press_annotations(session) -> list[Annotation]:
    """Return the press Q&As, newest first."""
    return list(session.scalars(
        select(Annotation).where(Annotation.kind == "persvragen").order_by(Annotation.id.desc())))


def get_press_annotation(session, annotation_id) -> Annotation:
    """Return a press Q&A; any other annotation is not found here.

    :raises NotFound:
    """
    annotation = session.get(Annotation, annotation_id)
    return found(annotation if annotation and annotation.kind == "persvragen" else None,
                 "Deze persvragenlijst")
