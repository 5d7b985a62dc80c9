"""Open points left in a draft: `[Aanvullen]`, `[Aanvullen: …]`, `[link naar …]`, `....`.

(Workflow's detection; the export area writes its own and the lead merges the two.)
"""

import re

_PLACEHOLDER = re.compile(
    r"""
      \[\s*aanvullen\b[^\]\n]*\]                # [Aanvullen], [Aanvullen: hoeveel …?]
    | \baanvullen\ antwoord\b[^\[\n]*\[[^\]\n]*\]  # Aanvullen antwoord X [wat …?]
    | \[\s*link\ naar\b[^\]\n]*\](?!\()         # [link naar …], but not a real Markdown link
    | \.{4,}                                    # .... (three dots are an ellipsis)
    """,
    re.IGNORECASE | re.VERBOSE,
)


def find_placeholders(text: str | None) -> list[str]:
    """Return the open placeholders in `text`, in order of appearance."""
    return [match.group(0) for match in _PLACEHOLDER.finditer(text or "")]
