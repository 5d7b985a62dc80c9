"""Configuration from the environment; tests pass a dict to create_app instead."""

import os
import secrets
from pathlib import Path

MAX_UPLOAD_BYTES = 20 * 1024 * 1024


def load_config(instance_path: str) -> dict:
    """Return the settings: environment variables with embedded defaults under instance/."""
    instance = Path(instance_path)
    return {
        "DATABASE_URL": os.environ.get("DATABASE_URL")
        or f"sqlite:///{instance / 'annotatiewerkbank.db'}",
        "SEARCH_INDEX_DIR": os.environ.get("SEARCH_INDEX_DIR") or str(instance / "search-index"),
        "SECRET_KEY": os.environ.get("SECRET_KEY") or _local_secret(instance),
        "WORD_TEMPLATE": os.environ.get("WORD_TEMPLATE"),
        "MAX_CONTENT_LENGTH": int(os.environ.get("MAX_UPLOAD_BYTES", MAX_UPLOAD_BYTES)),
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": os.environ.get("SESSION_COOKIE_SECURE") == "1",
        "WTF_CSRF_TIME_LIMIT": None,
        # offices whose holders stay named in a Woo copy, e.g. "wethouder,burgemeester"
        "WOO_PUBLIC_ROLES": _words(os.environ.get("WOO_PUBLIC_ROLES")),
    }


def _words(value: str | None) -> tuple[str, ...] | None:
    """Return the comma-separated words of a setting, or None when it is not set."""
    if value is None:
        return None
    return tuple(w.strip().lower() for w in value.split(",") if w.strip())


def _local_secret(instance: Path) -> str:
    """Return a random key kept in instance/secret_key, for a machine without SECRET_KEY set.

    Sessions then survive a restart; production sets SECRET_KEY in the environment.
    """
    path = instance / "secret_key"
    if not path.exists():
        instance.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_hex(32))
        path.chmod(0o600)
    return path.read_text().strip()
