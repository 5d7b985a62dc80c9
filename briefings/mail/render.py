"""Mail bodies from Jinja templates beside this module: a plain-text and an HTML part."""

from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from briefings.markdown import render_html
from briefings.vocabulary import dutch_date

_ENV = Environment(
    loader=FileSystemLoader(Path(__file__).parent / "templates"),
    autoescape=select_autoescape(["html"]),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)
_ENV.filters["datum"] = dutch_date
# The same Markdown rendering as the pages (raw HTML in an answer is never rendered).
_ENV.filters["markdown"] = lambda text: Markup(render_html(text))


def render_mail(template: str, **context) -> tuple[str, str]:
    """Return (plain text, HTML) of `template`.txt and `template`.html."""
    text = _ENV.get_template(f"{template}.txt").render(**context)
    html = _ENV.get_template(f"{template}.html").render(**context)
    return text, html
