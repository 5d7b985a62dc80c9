"""Error pages: every failure a user can meet gets a Dutch message and the right status."""

from flask import render_template, request
from flask_wtf.csrf import CSRFError
from sqlalchemy.orm.exc import StaleDataError
from werkzeug.exceptions import HTTPException

from briefings.errors import DomainError
from briefings.messages import msg

#: statuses with a message of their own in the catalogue (key "http.<status>")
STATUSES = (400, 401, 403, 404, 405, 409, 413, 500)


def register_error_handlers(app) -> None:
    app.register_error_handler(DomainError, _domain_error)
    app.register_error_handler(CSRFError, _csrf_error)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(StaleDataError, _simultaneous_save)


#: form fields whose text a user must get back when a save fails
TEXT_FIELDS = {"body": "Antwoord", "explanation": "Toelichting", "text": "Vraag",
               "heading": "Kop", "note": "Notitie"}


def error_response(status: int, message: str, submitted=()):
    """Render the error page (or JSON for the API) with `message` and `status`."""
    if request.path.startswith("/api/"):
        return {"error": message}, status
    return render_template("errors/error.html", status=status, message=message,
                           submitted=submitted), status


def _domain_error(error: DomainError):
    return error_response(error.status, error.message)


def _csrf_error(_error: CSRFError):
    return error_response(
        400,
        msg("http.formulier_verlopen_onvolledig_verzonden"),
    )


def _http_error(error: HTTPException):
    status = error.code or 500
    if status == 413:
        limit = request.max_content_length or 0
        return error_response(
            413, msg("http.bestand_te_groot_mb", megabytes=limit // (1024 * 1024))
        )
    return error_response(status, msg(f"http.{status if status in STATUSES else 400}"))


def _simultaneous_save(_error: StaleDataError):
    """Two saves of one row at the same moment: the later one is refused, its text shown."""
    from app.db import db_session

    db_session().rollback()
    submitted = [(label, request.form[name]) for name, label in TEXT_FIELDS.items()
                 if request.form.get(name)]
    return error_response(
        409, msg("http.iemand_anders_heeft_hetzelfde"),
        submitted,
    )
