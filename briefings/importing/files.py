"""Which files an import of paths (files and folders) covers, and who imports them."""

from pathlib import Path

from sqlalchemy import select

from briefings.errors import ValidationError
from briefings.messages import msg
from briefings.models import User
from briefings.users import find_user


def collect_files(paths) -> list[Path]:
    """Return the files named, and every file in the folders named (recursively), in order;
    hidden files are left out. A path that does not exist is returned as it is (it fails)."""
    files = []
    for path in map(Path, paths):
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p, path)))
        else:
            files.append(path)
    return files


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith((".", "~$")) for part in path.relative_to(root).parts)


def import_user(session, email: str | None) -> User:
    """Return the user named by e-mail, or else the first active beheer user.

    :raises ValidationError: when there is no such user.
    """
    if email:
        user = find_user(session, email)
        if user is None or not user.active:
            raise ValidationError(msg("cli.geen_actieve_gebruiker_met", email=email))
        return user
    user = session.scalars(
        select(User).where(User.role == "beheer", User.active.is_(True)).order_by(User.id)
    ).first()
    if user is None:
        raise ValidationError(msg("import.geen_beheerder_mee_importeren"))
    return user
