from pathlib import Path

import pytest

pytestmark = pytest.mark.browser

REGISTER = Path(__file__).parents[1] / "commitments" / "registers" / "griffie-maart.csv"


def test_staf_imports_a_register_fixes_an_ambiguous_date_and_finds_the_commitments(
        new_page, browser_login):
    page = new_page()
    browser_login(page, "staf")
    page.get_by_role("link", name="Toezeggingen").first.click()
    page.get_by_role("link", name="Toezeggingenlijst importeren").click()
    page.get_by_label("Toezeggingenlijst (.csv, .xlsx of .txt)").set_input_files(str(REGISTER))
    page.get_by_role("button", name="Inlezen en voorbeeld tonen").click()
    page.wait_for_url("**/toezeggingen/importeren/**")
    assert "Datums die op twee manieren te lezen zijn" in page.inner_text("main")
    assert page.get_by_role("button", name="Importeren").count() == 0
    page.get_by_label("Dag eerst (5/3/2024 is 5 maart 2024)").check()
    page.get_by_role("button", name="Voorbeeld bijwerken").click()
    preview = page.locator("table.register-preview").inner_text()
    assert "5 maart 2024" in preview and preview.count("Nieuw") == 3
    page.get_by_role("button", name="Importeren").click()
    page.wait_for_url("**/toezeggingen/")
    main = page.inner_text("main")
    assert "geïmporteerd: 3 nieuw" in main
    rows = {row.locator("td").nth(1).inner_text(): row.locator("td").last.inner_text()
            for row in page.locator("table.commitments tbody tr").all()}
    assert rows == {"T-17": "Openstaand", "T-18": "In behandeling", "T-19": "Voldaan"}
    page.get_by_label("Status").select_option(label="In behandeling")
    page.get_by_role("button", name="Filteren").click()
    page.get_by_role("link", name="Bomenkap Parkweg").click()
    assert "5 maart 2024" in page.inner_text("main")
