""""Is dit een toezegging?": sentences from saved or imported texts, offered to a person.

Call `suggest_commitments(session, obj)` after saving a variant or section, and
`suggest_for_annotation(session, annotation)` after an import. A suggestion is unique per
source and sentence (hash), so a dismissed or confirmed one never comes back for the same
sentence; open suggestions whose sentence left the text are dropped.
"""

import hashlib

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from briefings.commitments.detection import find_commitments
from briefings.commitments.services import create_commitment
from briefings.errors import ValidationError
from briefings.history import entity_type
from briefings.models import AnswerVariant, CommitmentSuggestion, Section
from briefings.permissions import require
from briefings.validation import found


def sentence_hash(sentence: str) -> str:
    return hashlib.sha256(" ".join(sentence.split()).lower().encode()).hexdigest()


def suggest_commitments(session, source) -> list[CommitmentSuggestion]:
    """Offer the commitment-like sentences of a variant or section; return the new ones.

    Any other object (question, annotation header) has no suggestions: returns [].
    """
    if not isinstance(source, AnswerVariant | Section):
        return []
    source_type, annotation = entity_type(source), _annotation_of(source)
    existing = {s.sentence_hash: s for s in session.scalars(
        select(CommitmentSuggestion).filter_by(source_type=source_type, source_id=source.id))}
    cues = {sentence_hash(cue.sentence): cue
            for cue in find_commitments(_source_text(source))}
    for digest, suggestion in existing.items():
        if suggestion.state == "open" and digest not in cues:
            session.delete(suggestion)
    new = [CommitmentSuggestion(source_type=source_type, source_id=source.id,
                                annotation_id=annotation.id, sentence=cue.sentence,
                                sentence_hash=digest, due_text=cue.due_text)
           for digest, cue in cues.items() if digest not in existing]
    return [suggestion for suggestion in new if _insert(session, suggestion)]


def _insert(session, suggestion) -> bool:
    """Add a suggestion; False when a concurrent save added the same sentence first."""
    try:
        with session.begin_nested():
            session.add(suggestion)
    except IntegrityError:
        return False
    return True


def suggest_for_annotation(session, annotation) -> list[CommitmentSuggestion]:
    """Offer suggestions for every section and answer variant of an annotation."""
    sources = list(annotation.sections) + [v for q in annotation.questions for v in q.variants]
    return [s for source in sources for s in suggest_commitments(session, source)]


def open_suggestions(session, annotation_id) -> list[CommitmentSuggestion]:
    return list(session.scalars(
        select(CommitmentSuggestion).filter_by(annotation_id=annotation_id, state="open")
        .order_by(CommitmentSuggestion.id)))


def get_suggestion(session, suggestion_id) -> CommitmentSuggestion:
    """:raises NotFound:"""
    return found(session.get(CommitmentSuggestion, suggestion_id), "Deze suggestie")


def confirm_suggestion(session, suggestion, *, by, text=None, due_text=None):
    """Turn a suggestion (optionally edited) into a commitment linked to where it was said.

    :raises PermissionDenied, ValidationError:
    """
    require(by, "commitment.edit")
    _check_open(suggestion)
    source = _source(session, suggestion)
    variant = source if isinstance(source, AnswerVariant) else None
    question = variant.question if variant else None
    annotation = _annotation_of(source) if source else None
    meeting = annotation.meeting if annotation else None
    commitment = create_commitment(
        session, by=by, text=text or suggestion.sentence,
        due_text=suggestion.due_text if due_text is None else due_text,
        portfolio_holder=annotation.portfolio_holder if annotation else None,
        made_to=meeting.body if meeting else None,
        made_on=meeting.first_date if meeting else None,
        asker=question.asker if question else None,
        annotation=annotation, question=question, variant=variant,
    )
    suggestion.state, suggestion.commitment_id = "confirmed", commitment.id
    suggestion.decided_by_id = by.id
    session.flush()
    return commitment


def dismiss_suggestion(session, suggestion, *, by) -> None:
    """Mark a suggestion as not a commitment; it will not be offered again for this sentence."""
    require(by, "commitment.edit")
    _check_open(suggestion)
    suggestion.state, suggestion.decided_by_id = "dismissed", by.id
    session.flush()


def _check_open(suggestion) -> None:
    if suggestion.state != "open":
        raise ValidationError("Deze suggestie is al afgehandeld.")


def _source(session, suggestion):
    model = {"variant": AnswerVariant, "section": Section}.get(suggestion.source_type)
    return session.get(model, suggestion.source_id) if model else None


def _source_text(source) -> str:
    if isinstance(source, AnswerVariant):
        return "\n\n".join(t for t in (source.body, source.explanation) if t)
    return source.body or ""


def _annotation_of(source):
    return source.question.annotation if isinstance(source, AnswerVariant) else source.annotation
