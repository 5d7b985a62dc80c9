from flask import Blueprint, flash, redirect, render_template, url_for
from sqlalchemy import select

from app.admin.forms import UserForm
from app.db import db_session
from app.views import require_action
from briefings.messages import msg
from briefings.models import User
from briefings.users import create_user

bp = Blueprint("admin", __name__, url_prefix="/beheer")


@bp.route("/gebruikers", methods=["GET", "POST"])
def users():
    require_action("users.manage")
    form = UserForm()
    session = db_session()
    if form.validate_on_submit():
        data = {k: v for k, v in form.data.items() if k != "csrf_token"}
        user = create_user(session, **data)
        session.commit()
        flash(msg("admin.gebruiker_email_aangemaakt", email=user.email), "info")
        return redirect(url_for("admin.users"))
    all_users = session.scalars(select(User).order_by(User.email)).all()
    status = 400 if form.errors else 200
    return render_template("admin/users.html", form=form, users=all_users), status
