"""Reflow (WCAG 2.1 AA 1.4.10): at 320 CSS pixels no page scrolls sideways.

A walker follows every link it can reach from the start page, as beheer (who sees every area)
and as pers, on the demo data; each distinct page shape is visited once at 320 px wide, checked
for horizontal scrolling of the page and by axe (the `new_page` fixture).
"""

import re
from collections import deque
from urllib.parse import urljoin, urlsplit

import pytest

from briefings.demo import PASSWORD as DEMO_PASSWORD
from briefings.demo import load_demo_data

pytestmark = pytest.mark.browser

NARROW = {"viewport": {"width": 320, "height": 640}}
#: links that download a file or end the session, not pages to look at
SKIP = re.compile(r"/export|\.(?:csv|xlsx|docx|pdf|ics)|/csv|/uitloggen|/static/|#")
MAX_PAGES = 60


def _shape(url: str) -> str:
    """One visit per page shape: /annotaties/12 and /annotaties/13 look alike."""
    parts = urlsplit(url)
    return re.sub(r"\d+", "N", parts.path) + ("?" + parts.query.split("=")[0]
                                              if parts.query else "")


def _walk(page, *starts: str) -> tuple[int, list[str]]:
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(starts[0]))
    queue, seen, visited, too_wide = deque(starts), set(), 0, []
    while queue and visited < MAX_PAGES:
        url = queue.popleft()
        if _shape(url) in seen:
            continue
        seen.add(_shape(url))
        response = page.goto(url)
        if response is None or response.status >= 400 or "html" not in (
                response.headers.get("content-type") or ""):
            continue
        visited += 1
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > page.evaluate("document.documentElement.clientWidth"):
            too_wide.append(f"{url}: {width} px")
        for href in page.eval_on_selector_all("a[href]", "els => els.map(a => a.href)"):
            href = href.split("#")[0]
            if href.startswith(origin) and not SKIP.search(href[len(origin):]):
                queue.append(urljoin(url, href))
    return visited, too_wide


def test_no_page_scrolls_sideways_at_320_pixels(new_page, live_server, app, db):
    load_demo_data(db)
    db.commit()
    for email in ("beheer@demo.gemeente.nl", "pers@demo.gemeente.nl"):
        page = new_page(**NARROW)
        page.goto(f"{live_server}/inloggen")
        page.get_by_label("E-mailadres").fill(email)
        page.get_by_label("Wachtwoord").fill(DEMO_PASSWORD)
        page.get_by_role("button", name="Inloggen").click()
        page.wait_for_url(lambda url: "/inloggen" not in url)
        # A search with hits is a page shape no link leads to.
        visited, too_wide = _walk(page, f"{live_server}/", f"{live_server}/zoeken?q=fiets")
        assert visited >= (15 if email.startswith("beheer") else 3), visited
        assert too_wide == [], f"{email}: pages wider than 320 px:\n" + "\n".join(too_wide)
