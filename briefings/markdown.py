"""The one Markdown renderer: the web view and the Word export read the same token stream.

Raw HTML is never rendered, so an answer cannot inject script into a page.
"""

import re
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.token import Token


@lru_cache(maxsize=1)
def parser() -> MarkdownIt:
    """Return the shared parser: CommonMark with strikethrough and tables, HTML disabled."""
    return MarkdownIt("commonmark", {"html": False, "linkify": False}).enable(
        ["strikethrough", "table"]
    )


def tokens(text: str | None) -> list[Token]:
    """Return the block token stream of `text` (empty for None)."""
    return parser().parse(text or "")


def render_html(text: str | None) -> str:
    """Return `text` rendered as safe HTML."""
    return parser().render(text or "")


#: a character or line start that may be Markdown; text without any is returned as it is
#: (parsing costs more than indexing the text)
_MARKUP = re.compile(r"[*_`\[\]#>|~\\<&!]|^\s*(?:[-+=]|\d+[.)])(?:\s|$)", re.MULTILINE)
#: inline markup whose text is not live text: struck-through words were deleted
_HIDDEN_INLINE = {"s_open": "s_close"}


def plain_text(text: str | None) -> str:
    """Return what a reader sees of Markdown `text`: its words without markup characters,
    one line per paragraph, list item or table cell.

    Search snippets, "eerder gezegd" and word diffs show this, so `**31 meldingen**` reads
    as "31 meldingen" and a bullet's `- ` does not show.
    """
    if not _MARKUP.search(text or ""):
        return "\n".join(" ".join(line.split()) for line in (text or "").splitlines()
                         if line.strip())
    lines = []
    for token in tokens(text):
        if token.type == "inline":
            line = _inline_text(token.children or [])
        elif token.type in ("code_block", "fence"):
            line = token.content
        else:
            continue
        lines += [" ".join(part.split()) for part in line.splitlines() if part.strip()]
    return "\n".join(lines)


def _inline_text(children) -> str:
    out, hidden_until = [], None
    for child in children:
        if hidden_until:
            hidden_until = None if child.type == hidden_until else hidden_until
        elif child.type in _HIDDEN_INLINE:
            hidden_until = _HIDDEN_INLINE[child.type]
        elif child.type in ("text", "code_inline", "html_inline"):
            out.append(child.content)
        elif child.type == "image":
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append(" ")
    return "".join(out)
