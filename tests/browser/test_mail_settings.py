"""The e-mail settings page and the calendar link, in Chromium (axe checks every page)."""

import pytest

pytestmark = pytest.mark.browser


def test_a_reviewer_chooses_mails_and_makes_a_calendar_link(live_server, new_page, browser_login,
                                                             make_annotation):
    make_annotation(portfolio_holder="burgemeester")
    page = new_page()
    browser_login(page, "reviewer")

    page.get_by_role("link", name="Instellingen").click()
    page.get_by_label("Mijn antwoord is gekozen of niet meer gekozen").uncheck()
    page.get_by_label("burgemeester").check()
    page.get_by_role("button", name="Opslaan").click()

    assert page.get_by_text("Uw e-mailinstellingen zijn opgeslagen.").is_visible()
    assert not page.get_by_label("Mijn antwoord is gekozen of niet meer gekozen").is_checked()
    assert page.get_by_label("burgemeester").is_checked()

    page.get_by_role("button", name="Agendalink maken").click()
    link = page.get_by_label("Uw nieuwe agendalink").input_value()
    assert link.startswith(f"{live_server}/agenda/") and link.endswith(".ics")
    feed = page.request.get(link)
    assert feed.ok and feed.text().startswith("BEGIN:VCALENDAR")
