"""Web upload: form, preview of the parsed annotation, confirm or cancel, bad files refused."""

import io

import pytest
from sqlalchemy import func, select

from briefings.models import Annotation
from tests.importing.docbuilder import docx_from_text

TEXT = """Annotatie voor wethouder Van Buren

Raad 28 februari 2024

Kernboodschap

1. Algemeen:

- In het voorjaar volgt een brief.

Vragen commissie

Lid Mangal (Denk)

1. Klopt het?

Antwoord: Ja.

Alternatief: zie boven
"""


def _upload(client, data, name="annotatie.docx"):
    return client.post("/importeren/", data={"document": (io.BytesIO(data), name)},
                       content_type="multipart/form-data")


def _count(db):
    db.expire_all()
    return db.scalar(select(func.count()).select_from(Annotation))


def test_upload_shows_a_preview_with_warnings_and_saves_nothing_yet(client, login_as, db):
    login_as("auteur")
    response = _upload(client, docx_from_text(TEXT))
    assert response.status_code == 302
    page = client.get(response.location).get_data(as_text=True)
    assert "wethouder Van Buren" in page and "Lid Mangal" not in page and "Mangal (Denk)" in page
    assert "Klopt het?" in page and "Algemeen" in page and "Raad 28 februari 2024" in page
    assert "Waarschuwingen (1)" in page and "zie boven" in page
    assert "In het voorjaar volgt een brief." in page
    assert _count(db) == 0


def test_confirm_saves_the_annotation_once(client, login_as, db):
    login_as("auteur")
    preview = _upload(client, TEXT.encode(), "annotatie.txt").location
    response = client.post(f"{preview}/bevestigen")
    assert response.status_code == 302 and "/annotaties/" in response.location
    shown = client.get(response.location).get_data(as_text=True)
    assert "Klopt het?" in shown and "is geïmporteerd" in shown
    assert _count(db) == 1
    assert client.post(f"{preview}/bevestigen").status_code == 404
    again = _upload(client, TEXT.encode(), "kopie.txt")
    assert again.status_code == 409
    assert "al eerder geïmporteerd" in again.get_data(as_text=True)
    assert _count(db) == 1


def test_cancel_discards_the_upload(client, login_as, db):
    login_as("auteur")
    preview = _upload(client, TEXT.encode(), "annotatie.txt").location
    response = client.post(f"{preview}/annuleren", follow_redirects=True)
    assert "De import is geannuleerd" in response.get_data(as_text=True)
    assert client.get(preview).status_code == 404
    assert _count(db) == 0


def test_someone_elses_upload_cannot_be_confirmed(client, app, login_as, db):
    login_as("auteur")
    preview = _upload(client, TEXT.encode(), "annotatie.txt").location
    other = app.test_client()
    login_as("auteur", client=other)
    assert other.post(f"{preview}/bevestigen").status_code == 404
    assert _count(db) == 0


@pytest.mark.parametrize(("data", "name", "message"), [
    (b"PK\x03\x04 kapot", "kapot.docx", "beschadigd"),
    (b"%PDF-1.4", "stuk.pdf", "PDF-bestanden kunnen niet"),
    (b"", "leeg.txt", "Het bestand is leeg."),
    (b"Beste collega, hierbij de stukken.", "brief.txt", "Geen herkenbare annotatie"),
])
def test_bad_files_get_a_dutch_message_and_nothing_is_kept(client, login_as, db, data, name,
                                                           message):
    login_as("auteur")
    response = _upload(client, data, name)
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)
    assert _count(db) == 0


def test_missing_file_is_a_form_error(client, login_as):
    login_as("auteur")
    response = client.post("/importeren/", data={}, content_type="multipart/form-data")
    assert response.status_code == 400
    assert "Kies een bestand" in response.get_data(as_text=True)


def test_upload_over_the_size_limit_is_refused(client, app, login_as):
    login_as("auteur")
    app.config["MAX_CONTENT_LENGTH"] = 1024
    response = _upload(client, b"x" * 5000, "groot.txt")
    assert response.status_code == 413
    assert "te groot" in response.get_data(as_text=True)


def test_press_cannot_import_and_has_no_menu_entry(client, login_as):
    login_as("pers")
    assert client.get("/importeren/").status_code == 403
    assert "Importeren" not in client.get("/").get_data(as_text=True)


def test_csrf_is_required(client, app, login_as):
    login_as("auteur")
    app.config["WTF_CSRF_ENABLED"] = True
    response = _upload(client, TEXT.encode(), "a.txt")
    assert response.status_code == 400


def test_what_the_save_would_refuse_is_refused_at_upload(client, login_as, db):
    login_as("auteur")
    too_long = "Agendapunt 12: " + "Titel " * 200
    response = _upload(client, f"{too_long}\n\nKernboodschap\n\n- Punt.".encode(), "lang.txt")
    assert response.status_code == 400
    assert "Titel is te lang" in response.get_data(as_text=True)
    assert _count(db) == 0
