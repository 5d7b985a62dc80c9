"""Delivery through a mail server that demands a user name and password."""

from datetime import timedelta

from sqlalchemy import select

from briefings.db import make_session_factory
from briefings.mail.delivery import SmtpSettings, deliver_due
from briefings.models import MailMessage, utcnow
from tests.mail.conftest import SmtpServer, body


def _queue(db, user, subject):
    db.add(MailMessage(user_id=user.id, to_address=user.email, kind="digest", subject=subject,
                       body_text="Tekst met één accent.", body_html="<p>Tekst</p>"))
    db.commit()


def test_credentials_log_in_and_a_wrong_password_keeps_the_mail_waiting(db, make_user):
    user = make_user("auteur")
    _queue(db, user, "Herinnering 10 maart 2026: 1 deadline")
    factory = make_session_factory(db.get_bind())
    with SmtpServer(credentials=("annotaties", "juist-wachtwoord")) as server:
        wrong = SmtpSettings(host="127.0.0.1", port=server.port, security="geen",
                             username="annotaties", password="fout")
        assert deliver_due(factory, wrong).failed == 1
        db.expire_all()
        [message] = db.scalars(select(MailMessage)).all()
        assert message.status == "wachtend"
        assert message.last_error == "De mailserver weigert de gebruikersnaam of het wachtwoord."
        assert server.inbox.messages == []

        right = SmtpSettings(host="127.0.0.1", port=server.port, security="geen",
                             username="annotaties", password="juist-wachtwoord")
        report = deliver_due(factory, right, now=utcnow() + timedelta(minutes=2))

        assert report.sent == 1
        [arrived] = server.inbox.to(user.email)
    assert arrived["Subject"] == "Herinnering 10 maart 2026: 1 deadline"
    assert body(arrived).strip() == "Tekst met één accent."
