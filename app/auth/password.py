"""Changing one's own password; every other session of the user ends."""

from flask import flash, redirect, render_template, url_for

from app.auth.forms import PasswordForm
from app.auth.routes import bp
from app.auth.sessions import start_session
from app.db import db_session
from app.views import current_user
from briefings.errors import ValidationError
from briefings.messages import msg
from briefings.users import change_password


@bp.route("/wachtwoord", methods=["GET", "POST"])
def password():
    form = PasswordForm()
    if form.validate_on_submit():
        session = db_session()
        user = current_user()
        try:
            change_password(session, user, current=form.current.data, new=form.new.data,
                            repeated=form.repeated.data)
        except ValidationError as error:
            session.rollback()
            form.form_errors.append(error.message)
            return render_template("auth/password.html", form=form), 400
        session.commit()
        start_session(user)
        flash(msg("auth.uw_wachtwoord_gewijzigd_bent"), "info")
        return redirect(url_for("annotations.index"))
    status = 400 if form.errors else 200
    return render_template("auth/password.html", form=form), status
