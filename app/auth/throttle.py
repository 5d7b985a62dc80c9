"""Login throttling per account and per client address (Flask-Limiter).

Only failed attempts count; once an account or an address has too many, even the right
password waits (HTTP 429, Retry-After). Storage: memory in one process, or the shared store
at RATELIMIT_STORAGE_URI (e.g. redis://…) so every server and worker counts together.
"""

import math
import time

from flask import render_template, request
from flask_limiter import Limiter, RateLimitExceeded
from flask_limiter.util import get_remote_address

from briefings.messages import msg

limiter = Limiter(key_func=get_remote_address)


def account_key() -> str:
    """Key failed logins by the e-mail address tried, known user or not."""
    return "account:" + (request.form.get("email") or "").strip().lower()


def address_key() -> str:
    return "address:" + (get_remote_address() or "onbekend")


def failed_login(response) -> bool:
    return response.status_code == 401


def login_limits(view):
    """Throttle POSTs to `view` per account and per address, counting failures only."""
    for key_func, setting in ((account_key, "LOGIN_LIMIT_ACCOUNT"),
                              (address_key, "LOGIN_LIMIT_ADDRESS")):
        view = limiter.limit(_setting(setting), key_func=key_func, methods=["POST"],
                             deduct_when=failed_login)(view)
    return view


def init_throttling(app) -> None:
    limiter.init_app(app)
    app.register_error_handler(RateLimitExceeded, _too_many_attempts)


def _setting(name: str):
    from flask import current_app

    return lambda: current_app.config[name]


def _too_many_attempts(_error: RateLimitExceeded):
    from app.auth.forms import LoginForm

    current = limiter.current_limit
    seconds = max(1, math.ceil(current.reset_at - time.time())) if current else 60
    minutes = max(1, round(seconds / 60))
    message = (msg("auth.te_veel_pogingen_een_minuut") if minutes == 1
               else msg("auth.te_veel_pogingen", minutes=minutes))
    if request.endpoint == "auth.login":
        response = render_template("auth/login.html", form=LoginForm(), throttled=message), 429
    else:
        from app.errors import error_response

        response = error_response(429, message)
    return *response, {"Retry-After": str(seconds)}
