"""Configuration from the environment; tests pass a dict to create_app instead."""

import logging
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

log = logging.getLogger(__name__)


class ConfigurationError(RuntimeError):
    """A setting production cannot run without; the app refuses to start."""


def load_config(instance_path: str) -> dict:
    """Return the settings: environment variables with embedded defaults under instance/."""
    instance = Path(instance_path)
    production = os.environ.get("APP_ENV") == "production"
    return {
        "APP_ENV": "production" if production else "development",
        "DATABASE_URL": os.environ.get("DATABASE_URL")
        or f"sqlite:///{instance / 'annotatiewerkbank.db'}",
        "SEARCH_INDEX_DIR": os.environ.get("SEARCH_INDEX_DIR") or str(instance / "search-index"),
        # Production never falls back to a key on one server's disk: other servers would not
        # share it, and a restore could leak it. check_production() refuses the missing key.
        "SECRET_KEY": os.environ.get("SECRET_KEY") or (None if production
                                                       else _local_secret(instance)),
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
        # Login throttling (app/auth/throttle.py): failed attempts per account and per address.
        "RATELIMIT_STORAGE_URI": os.environ.get("RATELIMIT_STORAGE_URI") or "memory://",
        "RATELIMIT_KEY_PREFIX": "annotatiewerkbank",
        "LOGIN_LIMIT_ACCOUNT": os.environ.get("LOGIN_LIMIT_ACCOUNT") or "5/minute;20/hour",
        "LOGIN_LIMIT_ADDRESS": os.environ.get("LOGIN_LIMIT_ADDRESS") or "30/minute;200/hour",
    }


def _words(value: str | None) -> tuple[str, ...] | None:
    """Return the comma-separated words of a setting, or None when it is not set."""
    if value is None:
        return None
    return tuple(w.strip().lower() for w in value.split(",") if w.strip())


def check_production(config) -> None:
    """Refuse to serve production without SECRET_KEY; warn when cookies may travel unencrypted.

    create_app() calls this when APP_ENV=production; a production entry point (gunicorn) may
    call it itself. `make run` and the tests do not set APP_ENV.

    :raises ConfigurationError: SECRET_KEY missing or empty.
    """
    if not config.get("SECRET_KEY"):
        raise ConfigurationError(
            "SECRET_KEY ontbreekt: zet in productie een lange willekeurige sleutel in de "
            "omgevingsvariabele SECRET_KEY, dezelfde op elke server."
        )
    if not config.get("SESSION_COOKIE_SECURE"):
        log.warning("SESSION_COOKIE_SECURE staat uit: de sessiecookie kan onversleuteld over "
                    "het netwerk gaan. Zet SESSION_COOKIE_SECURE=1 achter HTTPS.")


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
