"""Delivery through a mail server that demands a user name and password."""

import ssl
from datetime import UTC, datetime, timedelta
from ipaddress import ip_address

import pytest
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


def _certificate(directory):
    """Write a self-signed certificate for 127.0.0.1; return (certificate, key) paths."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "mail.gemeente.test")])
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5)).not_valid_after(now + timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ip_address("127.0.0.1"))]),
                       critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256()))
    cert_path, key_path = directory / "mail.pem", directory / "mail.key"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return cert_path, key_path


@pytest.mark.parametrize("security", ["starttls", "ssl"])
def test_tls_to_a_server_signed_by_an_internal_ca(db, make_user, tmp_path, security):
    cert, key = _certificate(tmp_path)
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_tls.load_cert_chain(cert, key)
    options = ({"tls_context": server_tls, "require_starttls": True} if security == "starttls"
               else {"ssl_context": server_tls})
    user = make_user("reviewer")
    _queue(db, user, "Ter review: vraag 12")
    factory = make_session_factory(db.get_bind())
    with SmtpServer(**options) as server:
        untrusted = SmtpSettings(host="127.0.0.1", port=server.port, security=security)
        assert deliver_due(factory, untrusted).failed == 1
        db.expire_all()
        [message] = db.scalars(select(MailMessage)).all()
        assert message.last_error.startswith("Het certificaat van de mailserver is niet te "
                                             "vertrouwen")

        trusted = SmtpSettings(host="127.0.0.1", port=server.port, security=security,
                               ca_file=str(cert))
        assert deliver_due(factory, trusted, now=utcnow() + timedelta(minutes=2)).sent == 1
        [arrived] = server.inbox.to(user.email)
    assert arrived["Subject"] == "Ter review: vraag 12"


def test_an_unknown_smtp_security_stops_the_start_in_dutch(database_url, tmp_path):
    from app import create_app
    from briefings.errors import ValidationError

    with pytest.raises(ValidationError) as error:
        create_app({"DATABASE_URL": database_url, "SEARCH_INDEX_DIR": str(tmp_path / "i"),
                    "SECRET_KEY": "x", "SMTP_HOST": "127.0.0.1", "SMTP_SECURITY": "tls"})
    assert error.value.message == ("SMTP_SECURITY: onbekende waarde 'tls' "
                                   "(kies uit starttls, ssl, geen).")
