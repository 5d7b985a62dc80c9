"""A real OpenID Connect provider (npm oidc-provider, tests/oidc/provider.mjs) on loopback.

`make test` installs it (npm ci in tests/oidc). The provider's development login form accepts
any password for the accounts below; their groups decide the role through ROLE_MAPPING.
"""

import html
import json
import re
import shutil
import socket
import subprocess
from pathlib import Path
from urllib.parse import urljoin

import pytest
import requests

from app import create_app

HERE = Path(__file__).parent
ORGANISATION = "gemeente Voorbeeldstad"
CLIENT_ID = "annotatiewerkbank"
CLIENT_SECRET = "test-only-client-secret-of-at-least-32-chars"
ROLE_MAPPING = ("GG-Annotaties-Beheer=beheer; GG-Annotaties-Review=reviewer; "
                "GG-Annotaties-Auteurs=auteur")
ACCOUNTS = {
    "anna": {"email": "Anna.de.Vries@voorbeeldstad.test", "name": "Anna de Vries",
             "groups": ["Iedereen", "GG-Annotaties-Auteurs"]},
    "rik": {"email": "rik.jansen@voorbeeldstad.test", "name": "Rik Jansen",
            "groups": ["GG-Annotaties-Auteurs", "GG-Annotaties-Review"]},
    "piet": {"email": "piet.bakker@voorbeeldstad.test", "name": "Piet Bakker",
             "groups": ["Iedereen"]},
    # a guest account whose address the provider never checked
    "gast": {"email": "beheer@voorbeeldstad.test", "name": "Gast", "email_verified": False,
             "groups": ["GG-Annotaties-Auteurs"]},
}
#: the test client's address, and the address the browser test serves the app on
TEST_CLIENT_BASE = "http://localhost"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Provider:
    def __init__(self, app_bases, code_ttl=60):
        self.port = free_port()
        self.issuer = f"http://127.0.0.1:{self.port}"
        config = {
            "port": self.port, "code_ttl": code_ttl, "accounts": ACCOUNTS,
            "client": {"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET,
                       "redirect_uris": [f"{b}/inloggen/organisatie/terug" for b in app_bases],
                       "post_logout_redirect_uris": [f"{b}/inloggen" for b in app_bases]},
        }
        node = shutil.which("node")
        if node is None or not (HERE / "node_modules" / "oidc-provider").exists():
            pytest.fail("oidc-provider is missing: `make test` runs npm ci in tests/oidc")
        self.process = subprocess.Popen([node, "provider.mjs", json.dumps(config)], cwd=HERE,
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                        text=True)
        line = self.process.stdout.readline()
        if not line.startswith("ready"):
            self.stop()
            pytest.fail(f"oidc-provider did not start: {line}{self.process.stderr.read()}")

    @property
    def discovery_url(self) -> str:
        return f"{self.issuer}/.well-known/openid-configuration"

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        for stream in (self.process.stdout, self.process.stderr):
            stream.close()


@pytest.fixture(scope="session")
def browser_app_base():
    return f"http://127.0.0.1:{free_port()}"


@pytest.fixture(scope="session")
def provider(browser_app_base):
    provider = Provider([TEST_CLIENT_BASE, browser_app_base])
    yield provider
    provider.stop()


def sign_on_app(database_url, tmp_path, provider, **extra):
    return create_app({
        "TESTING": True, "DATABASE_URL": database_url,
        "SEARCH_INDEX_DIR": str(tmp_path / "search-index"), "SECRET_KEY": "test-secret",
        "WTF_CSRF_ENABLED": False, "ORGANISATION_NAME": ORGANISATION,
        "OIDC_DISCOVERY_URL": provider.discovery_url, "OIDC_CLIENT_ID": CLIENT_ID,
        "OIDC_CLIENT_SECRET": CLIENT_SECRET, "OIDC_ROLE_MAPPING": ROLE_MAPPING,
        # like a Keycloak client scope "groups"; Entra ID sends the claim without asking
        "OIDC_SCOPES": "openid email profile groups", **extra,
    })


@pytest.fixture
def app(database_url, tmp_path, provider):
    app = sign_on_app(database_url, tmp_path, provider)
    yield app
    app.extensions["db_engine"].dispose()


def sign_in_at_provider(client, account, *, app_base=TEST_CLIENT_BASE,
                        start="/inloggen/organisatie"):
    """Start sign-on in `client`, log in at the provider's form; return the callback path.

    The callback is not yet delivered to the app, so a test can tamper with or delay it.
    """
    response = client.get(start)
    assert response.status_code == 302, response.text
    browser = requests.Session()
    location = response.headers["Location"]
    form = browser.get(location)
    assert form.status_code == 200, form.text
    action = html.unescape(re.search(r'<form[^>]*action="([^"]+)"', form.text).group(1))
    answer = browser.post(urljoin(form.url, action), allow_redirects=False,
                          data={"prompt": "login", "login": account, "password": "wat-dan-ook"})
    while not answer.headers["Location"].startswith(app_base):
        answer = browser.get(urljoin(answer.url, answer.headers["Location"]),
                             allow_redirects=False)
        assert answer.status_code in (302, 303), answer.text
    return answer.headers["Location"].removeprefix(app_base)
