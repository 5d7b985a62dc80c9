"""Review comments on a variant: add, reply, resolve; unresolved threads counted."""

from sqlalchemy import func, select

from briefings.errors import ValidationError
from briefings.messages import msg
from briefings.models import AnswerVariant, Question, ReviewComment, utcnow
from briefings.permissions import require
from briefings.validation import clean_text, found

MAX_COMMENT = 5000


def get_comment(session, comment_id) -> ReviewComment:
    """:raises NotFound:"""
    return found(session.get(ReviewComment, comment_id), "Deze opmerking")


def add_comment(session, variant, *, by, text, parent=None) -> ReviewComment:
    """Add a remark on a variant, or a reply to a thread (replies stay one level deep).

    :raises PermissionDenied, ValidationError:
    """
    require(by, "comment.add")
    text = clean_text(text, "Opmerking", required=True, max_length=MAX_COMMENT)
    if parent is not None:
        if parent.variant_id != variant.id:
            raise ValidationError(msg("review.reactie_hoort_bij_opmerking"))
        parent = thread_of(parent)
        parent.resolved = False
    comment = ReviewComment(variant=variant, author_id=by.id, text=text,
                            parent_id=parent.id if parent else None)
    session.add(comment)
    session.flush()
    return comment


def resolve_comment(session, comment, *, by) -> ReviewComment:
    """Mark the comment's whole thread as handled.

    :raises PermissionDenied:
    """
    require(by, "comment.resolve")
    thread = thread_of(comment)
    thread.resolved, thread.resolved_by_id, thread.resolved_at = True, by.id, utcnow()
    session.flush()
    return thread


def thread_of(comment) -> ReviewComment:
    """Return the top-level comment of the thread `comment` belongs to."""
    while comment.parent_id is not None:
        comment = next(c for c in comment.variant.comments if c.id == comment.parent_id)
    return comment


def threads(variant) -> list[tuple[ReviewComment, list[ReviewComment]]]:
    """Return the variant's comment threads: (top-level comment, replies) in order."""
    tops = [c for c in variant.comments if c.parent_id is None]
    return [(top, [c for c in variant.comments if c.parent_id == top.id]) for top in tops]


def unresolved_count(session, annotation) -> int:
    """Return the number of open comment threads on the annotation's variants."""
    return session.scalar(
        select(func.count(ReviewComment.id))
        .join(AnswerVariant, ReviewComment.variant_id == AnswerVariant.id)
        .join(Question, AnswerVariant.question_id == Question.id)
        .where(Question.annotation_id == annotation.id, ReviewComment.parent_id.is_(None),
               ReviewComment.resolved.is_(False))
    )
