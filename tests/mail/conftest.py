"""A real SMTP server (aiosmtpd) on a loopback port, and the app configured to send through it."""

import socket
import threading
from email import message_from_bytes, policy

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from app import create_app

BASE_URL = "https://annotaties.gemeente.test"


def free_port() -> int:
    """Return a loopback port nobody listens on (bound once, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Inbox:
    """aiosmtpd handler: keeps every message it accepts, parsed."""

    def __init__(self):
        self.messages = []
        self._arrived = threading.Condition()

    async def handle_DATA(self, server, session, envelope):
        message = message_from_bytes(envelope.content, policy=policy.default)
        with self._arrived:
            self.messages.append((envelope.rcpt_tos, message))
            self._arrived.notify_all()
        return "250 Message accepted for delivery"

    def to(self, address):
        return [m for rcpt, m in self.messages if address in rcpt]


class SmtpServer:
    """With `credentials` (user, password) the server offers AUTH and checks them."""

    def __init__(self, port=None, credentials=None, **extra):
        self.inbox = Inbox()
        self.port = port or free_port()
        if credentials:
            # Plain AUTH on loopback only; production uses SMTP_SECURITY starttls or ssl.
            extra.update(authenticator=_Authenticator(*credentials), auth_require_tls=False)
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port, **extra)

    def __enter__(self):
        self.controller.start()
        return self

    def __exit__(self, *exc):
        self.controller.stop()


class _Authenticator:
    def __init__(self, user, password):
        self.expected = (user.encode(), password.encode())

    def __call__(self, server, session, envelope, mechanism, auth_data):
        # handled=False: aiosmtpd then answers 535 itself.
        return AuthResult(success=(auth_data.login, auth_data.password) == self.expected,
                          handled=False)


@pytest.fixture
def smtp_server():
    with SmtpServer() as server:
        yield server


def mail_app(database_url, tmp_path, smtp_port):
    return create_app({
        "TESTING": True,
        "DATABASE_URL": database_url,
        "SEARCH_INDEX_DIR": str(tmp_path / "search-index"),
        "SECRET_KEY": "test-secret",
        "WTF_CSRF_ENABLED": False,
        "SMTP_HOST": "127.0.0.1",
        "SMTP_PORT": str(smtp_port),
        "SMTP_SECURITY": "geen",
        "MAIL_FROM": "Annotatiewerkbank <annotaties@gemeente.test>",
        "BASE_URL": BASE_URL,
        "ORGANISATION_NAME": "gemeente Voorbeeldstad",
    })


@pytest.fixture
def smtp_port(smtp_server):
    return smtp_server.port


@pytest.fixture
def app(database_url, tmp_path, smtp_port):
    """The app sending through `smtp_port` (the real server unless a test overrides the port)."""
    app = mail_app(database_url, tmp_path, smtp_port)
    yield app
    app.extensions["mail"].stop()
    app.extensions["db_engine"].dispose()


@pytest.fixture
def sent(app):
    """Wait until the app's sender handled every commit so far."""
    def _sent():
        assert app.extensions["mail"].wait_idle(timeout=30)
    return _sent


def body(message, subtype="plain") -> str:
    return message.get_body(preferencelist=(subtype,)).get_content()
