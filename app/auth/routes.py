from urllib.parse import urlsplit

from flask import Blueprint, flash, g, redirect, render_template, request, session, url_for

from app.auth.forms import LoginForm
from app.auth.sessions import start_session
from app.auth.throttle import login_limits
from app.db import db_session
from briefings.messages import msg
from briefings.users import authenticate, end_sessions

bp = Blueprint("auth", __name__)


@bp.route("/inloggen", methods=["GET", "POST"])
@login_limits
def login():
    form = LoginForm()
    if request.method == "POST":
        from app.auth.oidc import require_local_login  # (app.auth.oidc imports this module)

        require_local_login()
    if form.validate_on_submit():
        user = authenticate(db_session(), form.email.data, form.password.data)
        if user is not None:
            start_session(user)
            return redirect(_safe_next(request.args.get("next")))
        flash(msg("auth.onbekend_e_mailadres_onjuist"), "error")
        return render_template("auth/login.html", form=form), 401
    status = 400 if form.errors else 200
    return render_template("auth/login.html", form=form), status


@bp.route("/uitloggen", methods=["POST"])
def logout():
    """Log out here and everywhere else this user is logged in (and at the provider, if any)."""
    from app.auth.oidc import provider_logout_url

    at_provider = provider_logout_url()
    if g.get("user") is not None:
        end_sessions(db_session(), g.user)
        db_session().commit()
    session.clear()
    flash(msg("auth.bent_uitgelogd_ook_andere"), "info")
    return redirect(at_provider or url_for("auth.login"))



def _safe_next(target: str | None) -> str:
    """Only redirect within this site after login."""
    if target and not urlsplit(target).netloc and target.startswith("/") and "//" not in target:
        return target
    return url_for("annotations.index")


from app.auth import password  # noqa: E402, F401  (registers the password view on bp)
