"""Uploads waiting for confirmation: the bytes kept on the server between preview and save.

The preview is re-parsed from these bytes on confirm; the structure never makes a round trip
through the browser. Each upload belongs to the user who sent it and expires after a day.
"""

import json
import re
import secrets
import time
from pathlib import Path

from briefings.errors import NotFound

MAX_AGE_SECONDS = 24 * 3600
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{20,64}$")


def store_upload(directory, filename: str, data: bytes, *, user_id: int) -> str:
    """Keep an upload; return the random token that names it."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    _remove_expired(directory)
    token = secrets.token_urlsafe(24)
    (directory / f"{token}.bin").write_bytes(data)
    meta = {"filename": filename, "user_id": user_id, "stored_at": time.time()}
    (directory / f"{token}.json").write_text(json.dumps(meta))
    return token


def load_upload(directory, token: str, *, user_id: int) -> tuple[str, bytes]:
    """Return (filename, bytes) of this user's upload.

    :raises NotFound: unknown, expired, or someone else's upload.
    """
    paths = _paths(directory, token)
    try:
        meta = json.loads(paths[1].read_text())
        data = paths[0].read_bytes()
    except (OSError, ValueError):
        raise _gone() from None
    if meta.get("user_id") != user_id or time.time() - meta["stored_at"] > MAX_AGE_SECONDS:
        raise _gone()
    return meta["filename"], data


def discard_upload(directory, token: str) -> None:
    for path in _paths(directory, token):
        path.unlink(missing_ok=True)


def _paths(directory, token: str) -> tuple[Path, Path]:
    if not _TOKEN.match(token or ""):
        raise _gone()
    directory = Path(directory)
    return directory / f"{token}.bin", directory / f"{token}.json"


def _remove_expired(directory: Path) -> None:
    cutoff = time.time() - MAX_AGE_SECONDS
    for path in directory.glob("*.bin"):
        if path.stat().st_mtime < cutoff:
            path.unlink(missing_ok=True)
            path.with_suffix(".json").unlink(missing_ok=True)


def _gone() -> NotFound:
    return NotFound("Deze upload bestaat niet (meer). Upload het bestand opnieuw.")
