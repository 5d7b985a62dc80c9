"""The one Markdown renderer: the web view and the Word export read the same token stream.

Raw HTML is never rendered, so an answer cannot inject script into a page.
"""

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
