"""Markdown to Word paragraphs, from the same markdown-it token stream as the web view.

Bold, italic, strikethrough, inline code, links (real hyperlinks), paragraphs, nested bullet
and numbered lists (real Word lists), headings inside a text (bold paragraphs: the document's
own headings stay reserved for its structure) and tables.
"""

from briefings.export import ooxml
from briefings.export.numbering import STEP
from briefings.markdown import tokens
from briefings.placeholders import split_placeholders

#: highlight of an open point (and of a missing answer) in the Word file
PLACEHOLDER_HIGHLIGHT = "yellow"


class MarkdownWriter:
    """Writes Markdown texts into a Body, each paragraph in a given style."""

    def __init__(self, body: ooxml.Body, numbering, redact=None):
        self.body = body
        self.numbering = numbering
        self.redact = redact or (lambda text: text)

    def write(self, text: str | None, style: str, *, list_style: str | None = None,
              prefix: tuple[str, dict] | None = None) -> list:
        """Write `text` as paragraphs in `style` (list items in `list_style`); return them.

        `prefix` (text, run options) opens the first paragraph, e.g. a bold "Toelichting: ".
        """
        state = _State(style, list_style or style, prefix)
        for token in tokens(self.redact(text or "")):
            self._token(token, state)
        if not state.paragraphs and prefix:
            self._open_paragraph(state)
        return state.paragraphs

    def _token(self, token, state) -> None:
        kind = token.type
        if kind in ("bullet_list_open", "ordered_list_open"):
            ordered = kind == "ordered_list_open"
            level = len(state.lists)
            start = int(token.attrs.get("start", 1)) if ordered else 1
            num = self.numbering.new_list("ordered" if ordered else "bullet", start=start,
                                          level=level)
            state.lists.append(num)
        elif kind in ("bullet_list_close", "ordered_list_close"):
            state.lists.pop()
        elif kind == "list_item_open":
            state.item_started = False
        elif kind in ("paragraph_open", "heading_open"):
            state.bold = kind == "heading_open"
        elif kind == "inline":
            self._inline(token.children or [], self._open_paragraph(state), state)
        elif kind in ("fence", "code_block"):
            p = self._open_paragraph(state)
            ooxml.run(p, token.content.rstrip("\n"), mono=True)
        elif kind == "table_open":
            state.table_rows = []
        elif kind == "tr_open":
            state.table_rows.append([])
        elif kind in ("th_open", "td_open"):
            state.table_rows[-1].append(None)
        elif kind == "table_close":
            self._table(state)

    def _open_paragraph(self, state):
        """Start the next paragraph: numbered if it opens a list item, indented if it continues
        one, plain otherwise (a table cell collects its inline tokens instead)."""
        if state.table_rows is not None and state.table_rows and state.table_rows[-1]:
            return _CellCollector(state)
        if state.lists and not state.item_started:
            state.item_started = True
            level = len(state.lists) - 1
            p = self.body.paragraph(state.list_style, num=state.lists[-1], level=level)
        elif state.lists:
            p = self.body.paragraph(state.list_style, indent=2 * STEP + (len(state.lists) - 1)
                                    * STEP)
        else:
            p = self.body.paragraph(state.style)
        state.paragraphs.append(p)
        if state.prefix:
            text, options = state.prefix
            ooxml.run(p, text, **options)
            state.prefix = None
        return p

    def _inline(self, children, p, state) -> None:
        if isinstance(p, _CellCollector):
            p.children.extend(children)
            return
        write_inline(self.body, p, children, bold=state.bold)

    def _table(self, state) -> None:
        rows = state.table_rows
        state.table_rows = None
        if not rows:
            return
        columns = max(len(row) for row in rows)
        table = self.body.document.add_table(rows=len(rows), cols=columns)
        try:
            table.style = self.body.document.styles["Table Grid"]
        except KeyError:
            pass
        for row_number, row in enumerate(rows):
            for column, children in enumerate(row):
                p = table.cell(row_number, column).paragraphs[0]._p
                write_inline(self.body, p, children or [], bold=row_number == 0)


class _State:
    def __init__(self, style, list_style, prefix):
        self.style, self.list_style, self.prefix = style, list_style, prefix
        self.lists: list[int] = []
        self.item_started = False
        self.bold = False
        self.paragraphs: list = []
        self.table_rows: list | None = None


class _CellCollector:
    """Stands in for a paragraph while a table cell's inline tokens are collected."""

    def __init__(self, state):
        self.children = []
        state.table_rows[-1][-1] = self.children


def write_inline(body, p, children, *, bold=False) -> None:
    """Write inline tokens into paragraph `p`: emphasis, strikethrough, code, links, breaks."""
    marks = {"bold": bold, "italic": False, "strike": False}
    target = p
    for child in children:
        kind = child.type
        if kind in ("strong_open", "strong_close"):
            marks["bold"] = kind == "strong_open" or bold
        elif kind in ("em_open", "em_close"):
            marks["italic"] = kind == "em_open"
        elif kind in ("s_open", "s_close"):
            marks["strike"] = kind == "s_open"
        elif kind == "link_open":
            target = body.hyperlink(p, child.attrs.get("href", ""))
        elif kind == "link_close":
            target = p
        elif kind == "text":
            text_runs(target, child.content, marks, link=target is not p, body=body)
        elif kind == "code_inline":
            ooxml.run(target, child.content, mono=True)
        elif kind == "softbreak":
            text_runs(target, " ", marks, link=target is not p, body=body)
        elif kind == "hardbreak":
            ooxml.run(target, "\n")
        elif kind == "image":
            text_runs(target, child.content or child.attrs.get("src", ""), marks,
                      link=False, body=body)


def text_runs(parent, text, marks, *, link=False, body=None) -> list:
    """Write `text` as runs, open points highlighted; return the runs."""
    style_id = body.styles.get("Hyperlink") if link and body else None
    return [
        ooxml.run(parent, piece, style_id=style_id,
                  highlight=PLACEHOLDER_HIGHLIGHT if is_placeholder else None, **marks)
        for piece, is_placeholder in split_placeholders(text)
    ]
