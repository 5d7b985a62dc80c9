"""Configuration from the environment; tests pass a dict to create_app instead."""

import os
import secrets
from pathlib import Path

MAX_UPLOAD_BYTES = 20 * 1024 * 1024

#: mail and sign-on settings, read as they are (README: "E-mail", "Inloggen via de organisatie")
INTEGRATION_VARIABLES = (
    "BASE_URL", "ORGANISATION_NAME",
    "SMTP_HOST", "SMTP_PORT", "SMTP_SECURITY", "SMTP_USERNAME", "SMTP_PASSWORD", "MAIL_FROM",
    "SMTP_CA_FILE",
    "OIDC_DISCOVERY_URL", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET", "OIDC_ROLE_CLAIM",
    "OIDC_ROLE_MAPPING", "OIDC_SCOPES", "LOCAL_LOGIN",
)


def load_config(instance_path: str) -> dict:
    """Return the settings: environment variables with embedded defaults under instance/."""
    instance = Path(instance_path)
    return {
        "DATABASE_URL": os.environ.get("DATABASE_URL")
        or f"sqlite:///{instance / 'annotatiewerkbank.db'}",
        "SEARCH_INDEX_DIR": os.environ.get("SEARCH_INDEX_DIR") or str(instance / "search-index"),
        "SECRET_KEY": os.environ.get("SECRET_KEY") or _local_secret(instance),
        "WORD_TEMPLATE": os.environ.get("WORD_TEMPLATE"),
        # "begroting=11-07; voorjaarsnota=07-03": this municipality's council dates
        "PLANNING_CYCLE": os.environ.get("PLANNING_CYCLE"),
        "MAX_CONTENT_LENGTH": int(os.environ.get("MAX_UPLOAD_BYTES", MAX_UPLOAD_BYTES)),
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": os.environ.get("SESSION_COOKIE_SECURE") == "1",
        "WTF_CSRF_TIME_LIMIT": None,
        **{name: os.environ.get(name) for name in INTEGRATION_VARIABLES},
        "HEALTH_MAX_LAG_SECONDS": float(os.environ.get("HEALTH_MAX_LAG_SECONDS", 30)),
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
