"""Services that write annotations: header, sections, questions and answer variants.

Every service takes the session and the acting user, checks permission, validates, flushes;
the caller commits once. Text changes add Revisions and search-index work in the same transaction.
"""

from briefings.authoring.annotations import (
    create_annotation,
    delete_annotation,
    get_annotation,
    update_header,
)
from briefings.authoring.questions import (
    add_question,
    add_variant,
    delete_question,
    delete_variant,
    get_question,
    get_variant,
    renumber_questions,
    update_question,
    update_variant,
)
from briefings.authoring.sections import (
    add_section,
    add_sections,
    delete_section,
    get_section,
    move_section,
    update_section,
)

__all__ = [
    "add_question", "add_section", "add_sections", "add_variant", "create_annotation",
    "delete_annotation", "delete_question", "delete_section", "delete_variant",
    "get_annotation", "get_question", "get_section", "get_variant", "move_section",
    "renumber_questions", "update_header", "update_question", "update_section",
    "update_variant",
]
