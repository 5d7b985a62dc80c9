"""An uploaded toezeggingenlijst, kept in the database until its preview is confirmed."""

from datetime import timedelta

from sqlalchemy import delete

from briefings.commitments.register_files import Table, read_register
from briefings.errors import NotFound
from briefings.models import RegisterUpload, utcnow
from briefings.permissions import require
from briefings.validation import found


def store_register(session, filename: str, content: bytes, *, by) -> RegisterUpload:
    """Check that the file reads as a register and keep it for the preview.

    :raises PermissionDenied, ValidationError: a Dutch message for a file we cannot read
    """
    require(by, "commitment.edit")
    read_register(filename, content)
    # a preview left unconfirmed for a day is abandoned
    session.execute(delete(RegisterUpload).where(
        RegisterUpload.created_at < utcnow() - timedelta(days=1)))
    upload = RegisterUpload(filename=filename[:255], content=content, created_by_id=by.id)
    session.add(upload)
    session.flush()
    return upload


def get_register_upload(session, upload_id, *, by) -> tuple[RegisterUpload, Table]:
    """Return the user's own upload and its table.

    :raises NotFound: another user's upload reads as one that does not exist
    """
    upload = found(session.get(RegisterUpload, upload_id), "Deze toezeggingenlijst")
    if upload.created_by_id != by.id:
        raise NotFound("Deze toezeggingenlijst bestaat niet (meer).")
    return upload, read_register(upload.filename, upload.content)


def discard_register_upload(session, upload) -> None:
    session.delete(upload)
    session.flush()
