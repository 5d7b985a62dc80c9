"""Template filters: Markdown (through briefings.markdown), Dutch dates and the vocabularies."""

from markupsafe import Markup

from briefings import vocabulary
from briefings.markdown import render_html


def init_rendering(app) -> None:
    app.jinja_env.filters["markdown"] = lambda text: Markup(render_html(text))
    app.jinja_env.filters["dutch_date"] = lambda d: vocabulary.dutch_date(d) if d else ""
    app.jinja_env.filters["dutch_dates"] = vocabulary.dutch_dates
    app.jinja_env.filters["datetime"] = _datetime
    app.jinja_env.filters["groupby_ordered"] = groupby_ordered
    app.jinja_env.globals["vocab"] = vocabulary


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
