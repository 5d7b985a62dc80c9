"""The register import and export pages, as the griffie and the staf use them."""

import io
from pathlib import Path

import docx
from openpyxl import load_workbook
from sqlalchemy import func, select

from briefings.models import Commitment, PendingUpload

REGISTERS = Path(__file__).with_name("registers")


def _upload(client, name, content=None):
    content = content if content is not None else (REGISTERS / name).read_bytes()
    return client.post("/toezeggingen/importeren",
                       data={"register": (io.BytesIO(content), name)},
                       content_type="multipart/form-data")


def _count(db, model):
    return db.scalar(select(func.count()).select_from(model))


def test_staf_previews_a_register_then_imports_it(client, login_as, db):
    login_as("staf")
    response = _upload(client, "ibabs-2024-03.csv")
    assert response.status_code == 302
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Voorbeeld: ibabs-2024-03.csv" in page
    assert '<option value="portfolio_holder" selected>' in page
    assert page.count('class="import-nieuw"') == 5
    assert _count(db, Commitment) == 0  # a preview saves nothing
    response = client.post(response.headers["Location"], data=_mapping_form(page) | {
        "action": "importeren"}, follow_redirects=True)
    page = response.get_data(as_text=True)
    assert "geïmporteerd: 5 nieuw, 0 bijgewerkt, 0 ongewijzigd, 0 overgeslagen" in page
    assert "Camperplaatsen" in page and "In behandeling" in page
    assert _count(db, PendingUpload) == 0


def _mapping_form(page: str) -> dict:
    import re
    return {name: value for name, value in re.findall(
        r'<select id="(kolom-\d+)".*?<option value="([^"]*)"[^>]*selected', page, re.S)}


def test_an_ambiguous_date_must_be_decided_before_importing(client, login_as, db):
    login_as("staf")
    location = _upload(client, "ambiguous.csv").headers["Location"]
    page = client.get(location).get_data(as_text=True)
    assert "Datums die op twee manieren te lezen zijn" in page and "5/3/2024" in page
    refused = client.post(location, data={"action": "importeren"})
    assert refused.status_code == 400
    assert "Kies of de dag of de maand voorop staat" in refused.get_data(as_text=True)
    assert _count(db, Commitment) == 0
    client.post(location, data={"action": "importeren", "date_order": "mdy"})
    assert {c.made_on.isoformat() for c in db.scalars(select(Commitment))} == {"2024-05-03"}


def test_a_column_the_user_sets_to_not_import_is_left_out(client, login_as, db):
    login_as("staf")
    location = _upload(client, "ibabs-2024-03.csv").headers["Location"]
    form = _mapping_form(client.get(location).get_data(as_text=True))
    form = {k: ("" if v == "progress" else v) for k, v in form.items()}
    client.post(location, data=form | {"action": "importeren"})
    assert [c.progress for c in db.scalars(select(Commitment))] == [None] * 5


def test_a_file_that_is_not_a_register_is_refused_in_dutch_and_nothing_is_kept(
        client, login_as, db):
    login_as("staf")
    response = _upload(client, "oud.xls", b"\xd0\xcf\x11\xe0" + b"\x00" * 64)
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "Oude Excel-bestanden (.xls) kunnen niet worden gelezen" in page
    assert "Error" not in page and "Exception" not in page
    assert _count(db, PendingUpload) == 0


def test_someone_elses_upload_and_the_press_office_get_no_access(client, login_as, app):
    login_as("staf")
    location = _upload(client, "lijst.txt").headers["Location"]
    other = app.test_client()
    login_as("auteur", client=other)
    assert other.get(location).status_code == 404
    press = app.test_client()
    login_as("pers", client=press)
    assert press.get("/toezeggingen/importeren").status_code == 403


def test_the_register_exports_to_excel_and_word_filtered_like_the_page(client, login_as):
    login_as("staf")
    location = _upload(client, "ibabs-2024-03.csv").headers["Location"]
    form = _mapping_form(client.get(location).get_data(as_text=True))
    client.post(location, data=form | {"action": "importeren"})
    response = client.get("/toezeggingen/export.xlsx?kind=toezegging&status=openstaand")
    assert response.status_code == 200
    assert "attachment" in response.headers["Content-Disposition"]
    sheet = load_workbook(io.BytesIO(response.get_data())).active
    rows = list(sheet.values)
    assert rows[0][:4] == ("Nummer", "Soort", "Titel", "Toezegging")
    assert [row[0] for row in rows[1:]] == ["T-2024-01"]
    assert rows[1][6].date().isoformat() == "2024-01-24"  # a real date cell
    response = client.get("/toezeggingen/export.docx?kind=motie")
    document = docx.Document(io.BytesIO(response.get_data()))
    table = document.tables[0]
    assert [cell.text for cell in table.rows[0].cells] == [
        "Nr.", "Toezegging", "Portefeuillehouder", "Termijn", "Status"]
    assert [row.cells[0].text for row in table.rows[1:]] == ["M-2024-04"]
    assert "voor de begroting" in table.rows[1].cells[3].text
