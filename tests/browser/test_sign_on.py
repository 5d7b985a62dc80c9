"""Chromium signs on through a real OpenID Connect provider and signs out there too."""

import threading

import pytest
from werkzeug.serving import make_server

from tests.oidc.conftest import ORGANISATION, Provider, free_port, sign_on_app

pytestmark = pytest.mark.browser


@pytest.fixture
def sign_on_site(database_url, tmp_path):
    """The app (CSRF on) and the provider, each on its own loopback port."""
    base = f"http://127.0.0.1:{free_port()}"
    provider = Provider([base])
    app = sign_on_app(database_url, tmp_path, provider, BASE_URL=base)
    app.config["WTF_CSRF_ENABLED"] = True
    server = make_server("127.0.0.1", int(base.rsplit(":", 1)[1]), app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base, provider
    server.shutdown()
    thread.join(timeout=5)
    provider.stop()
    app.extensions["db_engine"].dispose()


def test_signing_on_and_off_through_the_organisation(browser, axe, sign_on_site):
    base, provider = sign_on_site
    context = browser.new_context(locale="nl-NL")
    # The provider's development pages load a web font; there is no internet here.
    context.route("https://fonts.googleapis.com/**", lambda route: route.abort())
    page = context.new_page()
    try:
        page.goto(f"{base}/mijn-werk")
        axe.check(page)
        page.get_by_role("link", name=f"Inloggen met {ORGANISATION}").click()

        page.wait_for_url(f"{provider.issuer}/**")
        page.locator("input[name=login]").fill("anna")
        page.locator("input[name=password]").fill("wat-dan-ook")
        page.get_by_role("button", name="Sign-in").click()

        page.wait_for_url(f"{base}/mijn-werk")
        assert page.get_by_text("Anna de Vries · Auteur").is_visible()
        axe.check(page)

        page.get_by_role("button", name="Uitloggen").click()
        page.wait_for_url(f"{provider.issuer}/session/end**")
        page.get_by_role("button", name="Yes, sign me out").click()

        page.wait_for_url(lambda url: url.startswith(f"{base}/inloggen"))
        assert page.get_by_text("U bent uitgelogd, ook op andere apparaten.").is_visible()
        axe.check(page)
        # Signed out at the provider too: signing on again asks for the login again.
        page.get_by_role("link", name=f"Inloggen met {ORGANISATION}").click()
        page.wait_for_url(f"{provider.issuer}/**")
        assert page.locator("input[name=login]").is_visible()
    finally:
        context.close()
