""""Is dit een toezegging?": promises in the text that will be said, offered to a person.

The text that will be said is every section, and per question the chosen variant; before a
choice, the only approved variant, or the only variant while the answer is being drafted. When
the choice changes the suggestions follow: those of a variant that will no longer be said are
dropped while open. Call `suggest_commitments(session, obj)` after saving a variant or section
or changing a choice or review status, and `suggest_for_annotation(session, annotation)` after
an import. A promise decided once (dismissed or confirmed) is never offered again in the same
annotation, from whichever variant or section it comes.
"""

import hashlib

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from briefings.changes import entity_type
from briefings.commitments.detection import find_commitments
from briefings.commitments.services import create_commitment
from briefings.errors import ValidationError
from briefings.messages import msg
from briefings.models import AnswerVariant, CommitmentSuggestion, Section
from briefings.permissions import require
from briefings.validation import found


def sentence_hash(sentence: str) -> str:
    return hashlib.sha256(" ".join(sentence.split()).lower().encode()).hexdigest()


def suggest_commitments(session, source) -> list[CommitmentSuggestion]:
    """Offer the promises of a section, or of the variants of a question that will be said;
    return the new suggestions.

    A variant brings its whole question along: saving, choosing or approving one variant
    changes which of its siblings will be said. Any other object has no suggestions.
    """
    if isinstance(source, Section):
        return _suggest(session, source, said=True)
    if isinstance(source, AnswerVariant):
        said = said_variant(source.question)
        # the variant no longer said first: its open promise may move to the one said now
        variants = sorted(source.question.variants, key=lambda variant: variant is said)
        return [s for variant in variants
                for s in _suggest(session, variant, said=variant is said)]
    return []


def said_variant(question) -> AnswerVariant | None:
    """Return the variant that will be said: the chosen one, else the only approved one, else
    the only variant of an answer still being drafted; None while that is undecided."""
    variants = [v for v in question.variants if v.status != "afgewezen"]
    approved = [v for v in variants if v.status == "akkoord"]
    chosen = [v for v in variants if v.chosen]
    candidates = chosen or approved or variants
    return candidates[0] if len(candidates) == 1 else None


def _suggest(session, source, *, said: bool) -> list[CommitmentSuggestion]:
    source_type, annotation = entity_type(source), _annotation_of(source)
    existing = {s.sentence_hash: s for s in session.scalars(
        select(CommitmentSuggestion).filter_by(source_type=source_type, source_id=source.id))}
    cues = {sentence_hash(cue.promise): cue
            for cue in find_commitments(_source_text(source))} if said else {}
    for digest, suggestion in existing.items():
        if suggestion.state == "open" and digest not in cues:
            session.delete(suggestion)
    known = _known_in_annotation(session, annotation.id)
    new = [CommitmentSuggestion(source_type=source_type, source_id=source.id,
                                annotation_id=annotation.id, sentence=cue.promise,
                                sentence_hash=digest, due_text=cue.due_text)
           for digest, cue in cues.items() if digest not in existing and digest not in known]
    return [suggestion for suggestion in new if _insert(session, suggestion)]


def _known_in_annotation(session, annotation_id) -> set[str]:
    """Promises of this annotation already offered (still open) or decided, from any source."""
    session.flush()
    return set(session.scalars(select(CommitmentSuggestion.sentence_hash)
                               .filter_by(annotation_id=annotation_id)))


def _insert(session, suggestion) -> bool:
    """Add a suggestion; False when a concurrent save added the same sentence first."""
    try:
        with session.begin_nested():
            session.add(suggestion)
    except IntegrityError:
        return False
    return True


def suggest_for_annotation(session, annotation) -> list[CommitmentSuggestion]:
    """Offer suggestions for every section and for the variant of each question that will be
    said."""
    sources = list(annotation.sections) + [q.variants[0] for q in annotation.questions
                                           if q.variants]
    return [s for source in sources for s in suggest_commitments(session, source)]


def suggest_for_new_texts(session, annotation, *, sections=(), questions=()):
    """Offer the promises of sections and questions created in this transaction (an import) in
    one pass; return the new suggestions.

    They are new in this transaction, so no other save can have offered a suggestion for them:
    no savepoint per suggestion, and the annotation's known promises are read once (the same
    outcome as `suggest_commitments` per section and variant, in linear time).
    """
    known = _known_in_annotation(session, annotation.id)
    sources = list(sections) + [variant for question in questions
                                if (variant := said_variant(question)) is not None]
    new = []
    for source in sources:
        for cue in find_commitments(_source_text(source)):
            digest = sentence_hash(cue.promise)
            if digest not in known:
                known.add(digest)
                new.append(CommitmentSuggestion(
                    source_type=entity_type(source), source_id=source.id,
                    annotation_id=annotation.id, sentence=cue.promise, sentence_hash=digest,
                    due_text=cue.due_text))
    session.add_all(new)
    return new


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
        raise ValidationError(msg("commitment.suggestie_al_afgehandeld"))


def _source(session, suggestion):
    model = {"variant": AnswerVariant, "section": Section}.get(suggestion.source_type)
    return session.get(model, suggestion.source_id) if model else None


def _source_text(source) -> str:
    """The words that will be said; a variant's toelichting is background, not said."""
    return source.body or ""


def _annotation_of(source):
    return source.question.annotation if isinstance(source, AnswerVariant) else source.annotation
