"""Domain errors. The web layer maps each to an HTTP status and shows `message` (Dutch)."""


class DomainError(Exception):
    """Base class: `message` is shown to the user as it is."""

    status = 400

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class ValidationError(DomainError):
    """Input that cannot be saved as given."""

    status = 400


class PermissionDenied(DomainError):
    """The acting user's role does not allow this action."""

    status = 403


class NotFound(DomainError):
    """The object asked for does not exist (any more)."""

    status = 404


class Conflict(DomainError):
    """Someone else changed the object since the user loaded it."""

    status = 409

    def __init__(self, message: str, *, current=None, submitted=None):
        super().__init__(message)
        self.current = current
        self.submitted = submitted
