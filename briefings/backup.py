"""Consistent copies of the database."""

import sqlite3
from pathlib import Path

from sqlalchemy.engine import make_url

from briefings.errors import ValidationError
from briefings.messages import msg


def backup_database(url: str, target: Path) -> Path:
    """Copy the SQLite database at `url` to `target` with SQLite's online backup.

    The copy is consistent even while the app writes. For PostgreSQL, raise with the
    pg_dump command to use instead: a dump is the server's job, not ours.

    :raises ValidationError: for a server database or an existing target.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        raise ValidationError(
            msg("cli.database_geen_sqlite_bestand",
                target=target,
                url=parsed.set(drivername="postgresql").render_as_string(hide_password=True))
        )
    target = Path(target)
    if target.exists():
        raise ValidationError(msg("cli.bestand_bestaat_al", target=target))
    source = sqlite3.connect(f"file:{parsed.database}?mode=ro", uri=True)
    destination = sqlite3.connect(target)
    try:
        with destination:
            source.backup(destination)
    finally:
        source.close()
        destination.close()
    return target
