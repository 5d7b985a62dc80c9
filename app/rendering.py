"""Template filters: Markdown (through briefings.markdown), Dutch dates and the vocabularies."""

from functools import lru_cache

from jinja2 import BaseLoader, TemplateNotFound
from markupsafe import Markup

from briefings import vocabulary
from briefings.markdown import render_html


def init_rendering(app) -> None:
    app.jinja_env.filters["markdown"] = lambda text: markdown(text or "")
    app.jinja_env.filters["dutch_date"] = lambda d: vocabulary.dutch_date(d) if d else ""
    app.jinja_env.filters["dutch_dates"] = vocabulary.dutch_dates
    app.jinja_env.filters["datetime"] = _datetime
    app.jinja_env.filters["groupby_ordered"] = groupby_ordered
    app.jinja_env.globals["vocab"] = vocabulary
    app.jinja_env.loader = MissCachingLoader(app.jinja_env.loader)


class MissCachingLoader(BaseLoader):
    """Remember which templates do not exist, so an `include ... ignore missing` extension point
    inside a loop (once per variant) does not search the disk hundreds of times per page.

    Only when templates are not auto-reloaded (production); in debug a new file is found at once.
    """

    def __init__(self, loader):
        self.loader = loader
        self.missing: set[str] = set()

    def get_source(self, environment, template):
        if template in self.missing:
            raise TemplateNotFound(template)
        try:
            return self.loader.get_source(environment, template)
        except TemplateNotFound:
            if not environment.auto_reload:
                self.missing.add(template)
            raise

    def list_templates(self):
        return self.loader.list_templates()


@lru_cache(maxsize=16384)
def markdown(text: str) -> Markup:
    """Return `text` rendered as HTML, remembered: a page with 100 questions renders ~600 texts.

    The output depends on the text alone, so a cached result is never stale.
    """
    return Markup(render_html(text))


def _datetime(value) -> str:
    """Return a timestamp in local Dutch time, e.g. '22 november 2026 19:05'."""
    if value is None:
        return ""
    from zoneinfo import ZoneInfo

    local = value.astimezone(ZoneInfo("Europe/Amsterdam"))
    return f"{vocabulary.dutch_date(local)} {local:%H:%M}"


def groupby_ordered(items, attribute: str):
    """Group consecutive items by an attribute, keeping document order (Jinja's groupby sorts)."""
    groups: list[tuple] = []
    for item in items:
        key = getattr(item, attribute)
        if groups and groups[-1][0] == key:
            groups[-1][1].append(item)
        else:
            groups.append((key, [item]))
    return groups
