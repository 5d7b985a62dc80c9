"""The list, creating an annotation, editing its header, deleting it."""

from sqlalchemy import func, select

from briefings.models import Annotation, Revision

HEADER = {
    "title": "Kennisnemen van de brandbrief",
    "portfolio_holder": "wethouder Van Buren",
    "meeting_body": "raad",
    "meeting_name": "Raadsvergadering",
    "meeting_dates": "2025-07-09, 2025-07-10",
    "agenda_item": "29",
    "registration_number": "VN2024-000821",
    "requested_decision": "Ter bespreking en voor kennisgeving aannemen",
    "overview": "",
    "handling_officials": "A. Ambtenaar\nB. Beleid",
    "personal_names": "C. Collega",
    "internal_deadline": "2025-07-01",
}


def _count(db, model):
    return db.scalar(select(func.count()).select_from(model))


def test_an_author_creates_an_annotation_and_sees_every_header_field(client, login_as, db):
    login_as("auteur")
    response = client.post("/annotaties/nieuw", data=HEADER)
    assert response.status_code == 302
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    for text in ("Kennisnemen van de brandbrief", "wethouder Van Buren",
                 "Raadsvergadering 9 en 10 juli 2025", "VN2024-000821", "A. Ambtenaar; B. Beleid",
                 "C. Collega", "1 juli 2025", "Ter bespreking"):
        assert text in page
    annotation = db.scalars(select(Annotation)).one()
    assert annotation.handling_officials == ["A. Ambtenaar", "B. Beleid"]


def test_the_list_offers_new_annotation_only_to_roles_that_may_create(client, login_as, app):
    login_as("auteur")
    assert "Nieuwe annotatie" in client.get("/").get_data(as_text=True)
    other = app.test_client()
    login_as("pers", client=other)
    assert "Nieuwe annotatie" not in other.get("/").get_data(as_text=True)
    assert other.get("/annotaties/nieuw").status_code == 403


def test_a_reviewer_may_not_create_and_nothing_is_saved(client, login_as, db):
    login_as("reviewer")
    response = client.post("/annotaties/nieuw", data=HEADER)
    assert response.status_code == 403
    assert "U heeft geen rechten om een annotatie aan te maken" in response.get_data(as_text=True)
    assert _count(db, Annotation) == 0


def test_an_empty_title_is_refused_in_dutch_and_nothing_is_saved(client, login_as, db):
    login_as("auteur")
    response = client.post("/annotaties/nieuw", data={**HEADER, "title": "  "})
    assert response.status_code == 400
    assert "Titel is verplicht." in response.get_data(as_text=True)
    assert _count(db, Annotation) == 0


def test_oversized_fields_and_bad_dates_are_refused(client, login_as, db):
    login_as("auteur")
    response = client.post("/annotaties/nieuw", data={**HEADER, "agenda_item": "9" * 51})
    assert response.status_code == 400
    assert "Gebruik hoogstens 50 tekens." in response.get_data(as_text=True)
    response = client.post("/annotaties/nieuw", data={**HEADER, "meeting_dates": "30-02-2024"})
    assert response.status_code == 400
    assert "Ongeldige datum: ‘30-02-2024’." in response.get_data(as_text=True)
    response = client.post("/annotaties/nieuw", data={**HEADER, "meeting_body": ""})
    assert response.status_code == 400
    assert "Kies de soort vergadering" in response.get_data(as_text=True)
    response = client.post("/annotaties/nieuw", data={**HEADER, "label": "x", "meeting_body": "y"})
    assert response.status_code == 400
    assert "Ongeldige keuze." in response.get_data(as_text=True)
    response = client.post("/annotaties/nieuw", data={**HEADER, "internal_deadline": "morgen"})
    assert response.status_code == 400
    assert "Ongeldige datum: ‘morgen’." in response.get_data(as_text=True)
    assert _count(db, Annotation) == 0


def test_a_missing_annotation_gives_a_dutch_404(client, login_as):
    login_as("auteur")
    for url in ("/annotaties/999", "/annotaties/999/bewerken", "/annotaties/999/kop"):
        response = client.get(url)
        assert response.status_code == 404
        assert "Deze annotatie bestaat niet (meer)." in response.get_data(as_text=True)


def test_editing_the_header_keeps_a_revision(client, login_as, make_annotation, db):
    login_as("auteur")
    annotation = make_annotation()
    form = client.get(f"/annotaties/{annotation.id}/kop").get_data(as_text=True)
    assert 'name="version" type="hidden" value="1"' in form
    response = client.post(f"/annotaties/{annotation.id}/kop",
                           data={**HEADER, "title": "Nieuwe titel", "version": "1"})
    assert response.status_code == 302
    db.expire_all()
    assert db.get(Annotation, annotation.id).title == "Nieuwe titel"
    revision = db.scalars(select(Revision).where(Revision.field == "title",
                                                 Revision.action == "edit")).one()
    assert (revision.old_text, revision.new_text) == (
        "Kennisnemen van de voortgangsrapportage", "Nieuwe titel")


def test_a_stale_header_form_shows_both_titles_and_keeps_the_users_text(
        client, login_as, make_annotation, db):
    login_as("auteur")
    annotation = make_annotation(title="Titel van collega")
    annotation.version = 2
    db.commit()
    response = client.post(f"/annotaties/{annotation.id}/kop",
                           data={**HEADER, "title": "Mijn titel", "version": "1"})
    page = response.get_data(as_text=True)
    assert response.status_code == 409
    assert "Conflict bij opslaan" in page
    assert "Mijn titel" in page and "Titel van collega" in page
    assert "<ins>Mijn</ins>" in page
    assert 'name="version" type="hidden" value="2"' in page
    db.expire_all()
    assert db.get(Annotation, annotation.id).title == "Titel van collega"


def test_deleting_an_annotation_asks_first(client, login_as, make_annotation, db):
    login_as("auteur")
    annotation = make_annotation()
    page = client.get(f"/annotaties/{annotation.id}/verwijderen").get_data(as_text=True)
    assert "Weet u zeker" in page
    assert _count(db, Annotation) == 1
    response = client.post(f"/annotaties/{annotation.id}/verwijderen")
    assert response.status_code == 302
    assert _count(db, Annotation) == 0


def test_the_list_filters_by_portfolio_holder_status_and_meeting_date(
        client, login_as, make_annotation):
    login_as("staf")
    make_annotation(title="Oud stuk", portfolio_holder="wethouder Jansen",
                    meeting={"body": "raad", "name": "Raad", "dates": ["2023-01-10"]})
    make_annotation(title="Nieuw stuk", portfolio_holder="burgemeester",
                    meeting={"body": "raad", "name": "Raad", "dates": ["2025-03-05"]})
    page = client.get("/?portfolio_holder=jansen").get_data(as_text=True)
    assert "Oud stuk" in page and "Nieuw stuk" not in page
    page = client.get("/?date_from=2024-01-01").get_data(as_text=True)
    assert "Nieuw stuk" in page and "Oud stuk" not in page
    page = client.get("/?status=definitief").get_data(as_text=True)
    assert "Geen annotaties gevonden met deze filters" in page
    assert client.get("/?date_from=gisteren").status_code == 400


def test_dates_are_typed_the_dutch_way_and_shown_the_dutch_way(client, login_as, db):
    login_as("auteur")
    response = client.post("/annotaties/nieuw", data={
        **HEADER, "meeting_dates": "9 en 10 juli 2025", "internal_deadline": "5-3-2026"})
    assert response.status_code == 302
    annotation = db.scalars(select(Annotation)).one()
    assert annotation.internal_deadline.isoformat() == "2026-03-05"
    page = client.get(f"/annotaties/{annotation.id}/kop").get_data(as_text=True)
    assert 'value="9 juli 2025, 10 juli 2025"' in page
    assert 'value="5 maart 2026"' in page


def test_every_field_error_shows_at_once_including_dates(client, login_as, db):
    login_as("auteur")
    response = client.post("/annotaties/nieuw", data={
        **HEADER, "title": "", "meeting_dates": "5 maarts 2026", "internal_deadline": "31-2-2026"})
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "Titel is verplicht." in page
    assert "Ongeldige datum: ‘5 maarts 2026’." in page
    assert "Ongeldige datum: ‘31-2-2026’." in page
    assert 'value="31-2-2026"' in page  # what was typed stays in the field
    assert _count(db, Annotation) == 0
