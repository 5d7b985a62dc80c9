"""Absolute links, also outside a request (mail, calendar feed, sign-on redirect URI)."""

from urllib.parse import urlsplit

from flask import current_app, request


def external_url_builder(app, base_url: str):
    """Return url(endpoint, _anchor=None, **values) -> absolute URL under `base_url`."""
    parts = urlsplit(base_url)
    adapter = app.url_map.bind(parts.netloc, script_name=parts.path or "/",
                               url_scheme=parts.scheme or "https")

    def url(endpoint, _anchor=None, **values):
        address = adapter.build(endpoint, values, force_external=True)
        return f"{address}#{_anchor}" if _anchor else address

    return url


def absolute_url(endpoint, **values) -> str:
    """Return the URL under BASE_URL (the address users know), else under this request's host."""
    base = current_app.config.get("BASE_URL") or request.host_url
    return external_url_builder(current_app, base)(endpoint, **values)
