import pytest

from tests.importing.docbuilder import docx_from_text

pytestmark = pytest.mark.browser

TEXT = """Annotatie voor wethouder Van Buren

Raad 28 februari 2024

Kernboodschap

1. Algemeen:

- In het voorjaar volgt een brief. [Aanvullen]

Vragen commissie

Lid Mangal (Denk)

1. Klopt het?

Antwoord: Ja.

Alternatief: zie boven

2. En dit?

Antwoord 5.1, 2, e
"""


def test_an_author_uploads_previews_and_confirms_an_import(
        new_page, browser_login, live_server, app, tmp_path):
    path = tmp_path / "annotatie.docx"
    path.write_bytes(docx_from_text(TEXT))
    page = new_page()
    browser_login(page, "auteur")
    page.get_by_role("link", name="Importeren").click()
    page.get_by_label("Bestand (.docx, .txt of .md)").set_input_files(str(path))
    page.get_by_role("button", name="Inlezen en voorbeeld tonen").click()
    page.wait_for_url("**/importeren/*")
    assert "Waarschuwingen (2)" in page.inner_text("main")
    assert "[Aanvullen]" in page.inner_text("main")
    page.get_by_role("button", name="Opslaan als annotatie").click()
    page.wait_for_url("**/annotaties/*")
    assert "Klopt het?" in page.inner_text("main")
