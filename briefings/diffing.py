"""Word-level differences between two texts, for conflict, comparison and history pages.

Markdown texts are compared as a reader sees them (markup left out), so a diff shows words,
never `**` or a bullet's `- `; other texts as they are.
"""

import difflib
import re
from typing import NamedTuple

from briefings.markdown import plain_text

_TOKEN = re.compile(r"\s+|[^\s]+")


class DiffPart(NamedTuple):
    """A run of text that is "same", "added" (only in new) or "removed" (only in old)."""

    kind: str
    text: str


#: the fields that hold Markdown (answer bodies, explanations, section bodies)
MARKDOWN_FIELDS = frozenset({"body", "explanation"})


def word_diff(old: str | None, new: str | None, *, markdown: bool = False) -> list[DiffPart]:
    """Return the parts of `new` compared with `old`, word by word, white space kept."""
    if markdown:
        old, new = plain_text(old), plain_text(new)
    a, b = _TOKEN.findall(old or ""), _TOKEN.findall(new or "")
    parts: list[DiffPart] = []
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            parts.append(DiffPart("same", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            parts.append(DiffPart("removed", "".join(a[i1:i2])))
        if j2 > j1:
            parts.append(DiffPart("added", "".join(b[j1:j2])))
    return parts
