"""Users: creation with a hashed password, and authentication."""

import re

from sqlalchemy import select
from werkzeug.security import check_password_hash, generate_password_hash

from briefings.errors import ValidationError
from briefings.messages import msg
from briefings.models import User
from briefings.validation import choice
from briefings.vocabulary import ROLES

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
MIN_PASSWORD = 10


def create_user(session, *, email, role, password, name=None) -> User:
    """Create a user; the password is stored only as a salted hash.

    :raises ValidationError: bad e-mail address, unknown role, short password, existing user.
    """
    email = (email or "").strip().lower()
    if not EMAIL.match(email):
        raise ValidationError(msg("admin.ongeldig_e_mailadres_email", email=email))
    choice(role, ROLES, "rol")
    if len(password or "") < MIN_PASSWORD:
        raise ValidationError(msg("admin.wachtwoord_moet_minstens_min", min_password=MIN_PASSWORD))
    if find_user(session, email) is not None:
        raise ValidationError(msg("admin.bestaat_al_gebruiker_met", email=email))
    user = User(
        email=email, role=role, name=(name or email.split("@")[0]).strip(),
        password_hash=generate_password_hash(password),
    )
    session.add(user)
    session.flush()
    return user


def find_user(session, email) -> User | None:
    return session.scalars(select(User).where(User.email == (email or "").strip().lower())).first()


def authenticate(session, email, password) -> User | None:
    """Return the active user with this e-mail address and password, else None."""
    user = find_user(session, email)
    if user is None or not user.active:
        # Hash anyway so a wrong address takes as long as a wrong password.
        check_password_hash(_DUMMY_HASH, password or "")
        return None
    return user if check_password_hash(user.password_hash, password or "") else None


def end_sessions(session, user: User) -> None:
    """End every session of `user` on every server: each request compares this number."""
    user.session_generation = (user.session_generation or 0) + 1
    session.flush()


def change_password(session, user: User, *, current: str, new: str, repeated: str) -> None:
    """Set a new password and end the user's other sessions.

    :raises ValidationError: wrong current password, short new password, repetition differs.
    """
    if not check_password_hash(user.password_hash, current or ""):
        raise ValidationError(msg("admin.huidige_wachtwoord_klopt_niet"))
    if len(new or "") < MIN_PASSWORD:
        raise ValidationError(msg("admin.nieuwe_wachtwoord_moet_minstens",
                                  min_password=MIN_PASSWORD))
    if new != repeated:
        raise ValidationError(msg("admin.herhaling_niet_gelijk_aan"))
    user.password_hash = generate_password_hash(new)
    end_sessions(session, user)


_DUMMY_HASH = generate_password_hash("not-a-real-password")
