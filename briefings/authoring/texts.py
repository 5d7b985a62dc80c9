"""What follows every saved answer or section text, in the same transaction."""

from briefings.changes import enqueue_index
from briefings.commitments.suggestions import suggest_commitments


def text_saved(session, obj) -> None:
    """Queue the search-index update and offer commitment-like sentences as suggestions."""
    enqueue_index(session, obj)
    suggest_commitments(session, obj)
