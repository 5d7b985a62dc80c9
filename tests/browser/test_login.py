import pytest

pytestmark = pytest.mark.browser


def test_a_user_logs_in_and_sees_the_annotation_list(new_page, browser_login, live_server):
    page = new_page()
    browser_login(page, "auteur", name="Anna Auteur")
    assert page.get_by_role("heading", level=1).inner_text() == "Annotaties"
    assert "Anna Auteur" in page.inner_text("header")
