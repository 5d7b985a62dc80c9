import csv
import io
from datetime import date

import pytest

from briefings.commitments import create_commitment, open_suggestions


@pytest.fixture
def register(db, make_user):
    """Two commitments: one long overdue, one far in the future."""
    staf = make_user("staf")
    late = create_commitment(db, by=staf, text="De raad ontvangt een brief over meldingen.",
                             portfolio_holder="wethouder Van Buren", made_on=date(2024, 2, 28),
                             made_to="raad", due_text="voor de zomer")
    later = create_commitment(db, by=staf, text="=SOM(A1:A3) evaluatie van het meldpunt",
                              portfolio_holder="burgemeester", due_text="eind 2099")
    db.commit()
    return late, later


def test_the_register_lists_commitments_and_overdue_ones_stand_out_in_words(client, login_as,
                                                                            register):
    login_as("auteur")
    page = client.get("/toezeggingen/").get_data(as_text=True)
    assert "De raad ontvangt een brief over meldingen." in page
    assert "voor de zomer" in page and "30 juni 2024" in page
    assert page.count("⚠ Te laat") == 1
    assert 'class="overdue"' in page


def test_the_register_filters_on_portfolio_holder_and_overdue(client, login_as, register):
    login_as("staf")
    page = client.get("/toezeggingen/?portfolio_holder=burgemeester").get_data(as_text=True)
    assert "evaluatie van het meldpunt" in page and "brief over meldingen" not in page
    page = client.get("/toezeggingen/?overdue=y").get_data(as_text=True)
    assert "brief over meldingen" in page and "evaluatie van het meldpunt" not in page


def test_the_csv_export_opens_in_excel_without_running_formulas(client, login_as, register):
    login_as("staf")
    response = client.get("/toezeggingen/export.csv")
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    assert "attachment" in response.headers["Content-Disposition"]
    raw = response.get_data()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:2] == ["Nummer", "Toezegging"]
    texts = [row[1] for row in rows[1:]]
    assert "'=SOM(A1:A3) evaluatie van het meldpunt" in texts


def test_a_status_change_without_a_reason_is_refused_with_a_message(client, login_as, register):
    late, _ = register
    login_as("staf")
    response = client.post(f"/toezeggingen/{late.id}/status", data={"status": "vervallen"})
    assert response.status_code == 400
    assert "Geef een reden op waarom de toezegging vervalt." in response.get_data(as_text=True)
    response = client.post(f"/toezeggingen/{late.id}/status", data={
        "status": "vervallen", "reason": "Beleid is gewijzigd"}, follow_redirects=True)
    page = response.get_data(as_text=True)
    assert "De status is gewijzigd." in page
    assert "Openstaand → Vervallen" in page and "Beleid is gewijzigd" in page


def test_moving_a_deadline_on_the_page_needs_a_reason(client, login_as, register):
    late, _ = register
    login_as("staf")
    data = {"text": late.text, "portfolio_holder": "wethouder Van Buren", "due_text": "eind 2024"}
    response = client.post(f"/toezeggingen/{late.id}/bewerken", data=data)
    assert response.status_code == 400
    assert "reden op voor het verzetten van de termijn" in response.get_data(as_text=True)
    response = client.post(f"/toezeggingen/{late.id}/bewerken", data=data | {"reason": "Later"},
                           follow_redirects=True)
    assert "voor de zomer (30 juni 2024) → eind 2024 (31 december 2024)" in \
        response.get_data(as_text=True)


def test_an_unknown_due_phrase_is_shown_as_datum_onbekend(client, login_as):
    login_as("staf")
    response = client.post("/toezeggingen/nieuw", data={
        "text": "We komen erop terug.", "due_text": "zo snel mogelijk"}, follow_redirects=True)
    page = response.get_data(as_text=True)
    assert "zo snel mogelijk" in page and "datum onbekend" in page


def test_reminders_list_commitments_due_soon_per_portfolio_holder(client, login_as, register):
    login_as("staf")
    page = client.get("/toezeggingen/herinneringen?weeks=4").get_data(as_text=True)
    assert "<h2>wethouder Van Buren</h2>" in page
    assert "brief over meldingen" in page and "evaluatie van het meldpunt" not in page


def test_suggestions_are_confirmed_or_dismissed_on_the_annotation(client, login_as, db,
                                                                  make_annotation):
    annotation = make_annotation(questions=[{
        "text": "Wanneer hoort de raad meer?", "asker": {"name": "Mangal", "party": "Denk"},
        "variants": [{"body": "Na de zomer wordt u geïnformeerd. Voor 1 maart volgt een brief."}]}])
    login_as("auteur")
    client.post(f"/toezeggingen/annotaties/{annotation.id}/zoeken")
    page = client.get(f"/annotaties/{annotation.id}").get_data(as_text=True)
    assert "Is dit een toezegging?" in page
    first, second = open_suggestions(db, annotation.id)
    response = client.post(f"/toezeggingen/suggesties/{first.id}/bevestigen",
                           data={"text": "De raad wordt na de zomer geïnformeerd.",
                                 "due_text": "na de zomer"}, follow_redirects=True)
    assert "De raad wordt na de zomer geïnformeerd." in response.get_data(as_text=True)
    client.post(f"/toezeggingen/suggesties/{second.id}/afwijzen")
    client.post(f"/toezeggingen/annotaties/{annotation.id}/zoeken")
    page = client.get(f"/annotaties/{annotation.id}").get_data(as_text=True)
    assert "Is dit een toezegging?" not in page
    assert "De raad wordt na de zomer geïnformeerd." in page


def test_the_press_office_cannot_see_the_register(client, login_as, register):
    login_as("pers")
    assert client.get("/toezeggingen/").status_code == 403
    assert client.get("/toezeggingen/export.csv").status_code == 403


def test_searching_texts_for_commitments_says_how_many_new_ones_were_found(client, db, login_as,
                                                                          make_annotation):
    annotation = make_annotation(questions=[{
        "text": "Wanneer hoort de raad meer?", "asker": {"name": "Mangal", "party": "Denk"},
        "variants": [{"body": "Na de zomer wordt u geïnformeerd."}]}])
    login_as("staf")
    response = client.post(f"/toezeggingen/annotaties/{annotation.id}/zoeken",
                           follow_redirects=True)
    # saving the answer already offered its sentence; a second search finds nothing new
    assert "Er zijn geen nieuwe suggesties voor toezeggingen gevonden." in \
        response.get_data(as_text=True)
