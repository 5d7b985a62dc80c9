"""Row ids in URLs: a number no row can have is a page that does not exist (404).

Registered as the `int` converter, so every route with `<int:...>` gets it, also new ones.
"""

from werkzeug.routing import IntegerConverter

from briefings.validation import MAX_ID


class IdConverter(IntegerConverter):
    """`<int:...>` bounded to the database's integer range."""

    def __init__(self, map, *args, **kwargs):
        kwargs.setdefault("max", MAX_ID)
        super().__init__(map, *args, **kwargs)


def init_ids(app) -> None:
    """Call before any blueprint is registered: rules bind their converter when added."""
    app.url_map.converters["int"] = IdConverter
