"""Uploads waiting for confirmation: the bytes kept in the database between preview and save.

The preview is re-parsed from these bytes on confirm; the structure never makes a round trip
through the browser. In the database, not on disk, so the confirm may reach another app server
than the upload. Each upload belongs to the user who sent it and expires after a day.
"""

import secrets
from datetime import timedelta

from sqlalchemy import delete, select

from briefings.errors import NotFound
from briefings.messages import msg
from briefings.models import PendingUpload, utcnow

MAX_AGE = timedelta(days=1)
#: uploads one user may have waiting at once: the oldest makes room for a new one, so the table
#: stays bounded (each upload is itself bounded by the upload size limit)
MAX_PER_USER = 10


def store_upload(session, filename: str, data: bytes, *, user_id: int) -> str:
    """Keep an upload; return the random token that names it."""
    remove_expired(session)
    _make_room(session, user_id)
    token = secrets.token_urlsafe(24)
    session.add(PendingUpload(token=token, user_id=user_id, filename=filename[:500],
                              size=len(data), data=data))
    session.flush()
    return token


def load_upload(session, token: str, *, user_id: int) -> tuple[str, bytes]:
    """Return (filename, bytes) of this user's upload.

    :raises NotFound: unknown, expired, or someone else's upload.
    """
    upload = session.scalar(select(PendingUpload).where(PendingUpload.token == (token or "")))
    if upload is None or upload.user_id != user_id or upload.created_at < utcnow() - MAX_AGE:
        raise _gone()
    return upload.filename, upload.data


def discard_upload(session, token: str) -> None:
    session.execute(delete(PendingUpload).where(PendingUpload.token == (token or "")))


def remove_expired(session) -> None:
    session.execute(delete(PendingUpload).where(PendingUpload.created_at < utcnow() - MAX_AGE))


def _make_room(session, user_id: int) -> None:
    kept = select(PendingUpload.id).where(PendingUpload.user_id == user_id) \
        .order_by(PendingUpload.created_at.desc(), PendingUpload.id.desc()) \
        .limit(MAX_PER_USER - 1)
    session.execute(delete(PendingUpload).where(PendingUpload.user_id == user_id,
                                                PendingUpload.id.not_in(kept.scalar_subquery())))


def _gone() -> NotFound:
    return NotFound(msg("import.upload_bestaat_niet_meer"))
