"""The one error a refused import raises: its message says in Dutch what is wrong and what to do."""

from briefings.errors import ValidationError


class ImportRefused(ValidationError):
    """A file that cannot be imported; `message` says why in Dutch, never an exception name."""
