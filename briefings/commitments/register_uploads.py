"""An uploaded toezeggingenlijst, kept with the other uploads waiting for confirmation."""

from typing import NamedTuple

from briefings.commitments.register_files import Table, read_register
from briefings.permissions import require
from briefings.uploads import discard_upload, load_upload, store_upload


class WaitingRegister(NamedTuple):
    token: str
    filename: str


def store_register(session, filename: str, content: bytes, *, by) -> WaitingRegister:
    """Check that the file reads as a register and keep it for the preview.

    :raises PermissionDenied, ValidationError: a Dutch message for a file we cannot read
    """
    require(by, "commitment.edit")
    read_register(filename, content)
    return WaitingRegister(store_upload(session, filename, content, user_id=by.id), filename)


def get_register_upload(session, token, *, by) -> tuple[WaitingRegister, Table]:
    """Return the user's own upload and its table.

    :raises NotFound: unknown, expired or another user's upload
    """
    filename, content = load_upload(session, token, user_id=by.id)
    return WaitingRegister(token, filename), read_register(filename, content)


def discard_register_upload(session, upload: WaitingRegister) -> None:
    discard_upload(session, upload.token)
    session.flush()
