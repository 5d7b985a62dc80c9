"""Toezeggingen: due phrases, services, suggestions from texts, the register and its export."""

from briefings.commitments.periods import UNKNOWN_LABEL, Due, find_due_text, resolve_due
from briefings.commitments.register import (
    commitments_csv,
    list_commitments,
    neutralise,
    portfolio_holders,
    reminders,
)
from briefings.commitments.register_export import commitments_docx, commitments_xlsx
from briefings.commitments.services import (
    change_status,
    create_commitment,
    due_label,
    get_commitment,
    history,
    is_overdue,
    update_commitment,
)
from briefings.commitments.suggestions import (
    confirm_suggestion,
    dismiss_suggestion,
    get_suggestion,
    open_suggestions,
    suggest_commitments,
    suggest_for_annotation,
)

__all__ = [
    "UNKNOWN_LABEL", "Due", "change_status", "commitments_csv", "commitments_docx",
    "commitments_xlsx", "confirm_suggestion",
    "create_commitment", "dismiss_suggestion", "due_label", "find_due_text", "get_commitment",
    "get_suggestion", "history", "is_overdue", "list_commitments", "neutralise",
    "open_suggestions", "portfolio_holders", "reminders", "resolve_due", "suggest_commitments",
    "suggest_for_annotation", "update_commitment",
]
