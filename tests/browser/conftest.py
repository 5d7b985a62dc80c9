"""Browser fixtures: the app served on 127.0.0.1 in a thread, Debian's Chromium via Playwright,
and axe-core (from tests/browser/node_modules) run on every page a test visits."""

import json
import threading
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from tests.conftest import PASSWORD

AXE = Path(__file__).parent / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


@pytest.fixture
def live_server(app):
    """Serve the test app with CSRF switched on, as in production; yield its base URL."""
    app.config["WTF_CSRF_ENABLED"] = True
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=5)


@pytest.fixture(scope="session")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install chromium (.ci/run does this)")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


class AxeChecker:
    """Runs axe-core's WCAG 2.1 A/AA rules on each page it is given; remembers the findings."""

    def __init__(self):
        self.source = AXE.read_text()
        self.violations: list[str] = []

    def check(self, page) -> None:
        page.evaluate(self.source)
        result = page.evaluate(
            """() => axe.run(document, {runOnly: {type: 'tag',
                values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"""
        )
        for violation in result["violations"]:
            targets = [node["target"] for node in violation["nodes"]][:3]
            self.violations.append(
                f"{page.url}: {violation['id']} ({violation['impact']}): "
                f"{violation['help']} at {json.dumps(targets)}"
            )


@pytest.fixture
def axe():
    checker = AxeChecker()
    yield checker
    assert checker.violations == [], "WCAG 2.1 A/AA violations:\n" + "\n".join(checker.violations)


@pytest.fixture
def new_page(browser, axe):
    """Open a page in a fresh browser context (its own cookies); every load is checked by axe."""
    contexts = []

    def _new_page(**context_options):
        context = browser.new_context(locale="nl-NL", **context_options)
        contexts.append(context)
        page = context.new_page()
        page.on("load", lambda p: axe.check(p))
        return page

    yield _new_page
    for context in contexts:
        context.close()


@pytest.fixture
def browser_login(live_server, make_user):
    """Log a page in as a new user with `role`; return the user."""
    def _login(page, role, **user_fields):
        user = make_user(role, **user_fields)
        page.goto(f"{live_server}/inloggen")
        page.get_by_label("E-mailadres").fill(user.email)
        page.get_by_label("Wachtwoord").fill(PASSWORD)
        page.get_by_role("button", name="Inloggen").click()
        # Every role lands on its start page: the annotation list, or for pers the press lines.
        page.wait_for_url(lambda url: "/inloggen" not in url)
        return user

    return _login
