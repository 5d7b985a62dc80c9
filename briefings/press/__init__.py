"""Press lines published for the press office, and their reuse in press Q&A."""

from briefings.press.lines import (
    approved_answers,
    freshness,
    get_line,
    line_usage,
    lines_to_supersede,
    list_lines,
    newer_chosen_answers,
    publish_line,
    publishable_variants,
    question_label,
    similarity,
    source_label,
    source_variant,
    supersede_line,
    update_line,
    withdraw_line,
)
from briefings.press.reuse import (
    get_press_annotation,
    press_annotations,
    reuse_line,
)

__all__ = [
    "approved_answers", "freshness", "get_line", "get_press_annotation", "line_usage",
    "lines_to_supersede", "list_lines", "newer_chosen_answers", "press_annotations",
    "publish_line", "publishable_variants", "question_label", "reuse_line", "similarity",
    "source_label", "source_variant", "supersede_line", "update_line", "withdraw_line",
]
