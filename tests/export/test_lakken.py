"""The lakken page: every proposed redaction in its sentence, names added everywhere at once,
false hits dismissed and restored, the choices saved with the annotation."""

import csv
import io
import re

import pytest
from docx import Document


def _url(annotation, tail=""):
    return f"/annotaties/{annotation.id}/woo-lakken{tail}"


def _text(response) -> str:
    return re.sub(r"\s+", " ", response.get_data(as_text=True))


def _woo_text(client, annotation) -> str:
    response = client.get(f"/annotaties/{annotation.id}/export/woo")
    assert response.status_code == 200
    document = Document(io.BytesIO(response.data))
    return "\n".join(p.text for p in document.paragraphs)


def _keys(page: str, word: str) -> list[str]:
    """The dismiss keys of the occurrences of `word` on the page."""
    return re.findall(rf"<mark>{re.escape(word)}</mark>.*?name=\"key\" value=\"(\w+)\"", page,
                      re.S)


def test_page_shows_each_proposal_in_its_sentence_grouped_with_its_ground(
        client, login_as, personal):
    login_as("staf")
    page = _text(client.get(_url(personal)))
    assert "<h3 id=\"groep-1\">Naam: " in page
    assert "Naam: Petra de Wit" in page and "Burgerservicenummer (BSN)" in page
    assert "Grond 5.1.1e" in page and "Grond 5.1.2e" in page
    assert "Gesproken met <mark>Petra</mark> en met P. de Wit, P.de Wit" in page
    assert "Burger met BSN <mark>111.222.333</mark> en IBAN" in page
    assert "<mark>Mangal</mark>" not in page and "<mark>Van Buren</mark>" not in page
    assert "Woo-versie downloaden (Word)" in page


def test_added_name_is_redacted_everywhere_in_every_form(client, login_as, db, personal):
    login_as("staf")
    personal.sections[1].body += "\n- Overleg met Youssef El Amrani en later met El Amrani"
    personal.questions[1].chosen_variant.body = "Youssef belde terug."
    db.commit()
    response = client.post(_url(personal, "/naam"), data={"name": "Youssef El Amrani"})
    assert response.status_code == 302
    db.refresh(personal)
    assert "Youssef El Amrani" in personal.personal_names
    page = _text(client.get(_url(personal)))
    assert "Naam: Youssef El Amrani" in page
    text = _woo_text(client, personal)
    assert "Youssef" not in text and "Amrani" not in text
    assert "Overleg met 5.1.2e en later met 5.1.2e" in text


@pytest.mark.parametrize("name, message", [
    ("   ", "Vul een naam in."),
    ("Henk Bakker", "staat al in de lijst"),
    ("x" * 201, "te lang"),
    ("12345", "ten minste één letter"),
])
def test_a_bad_name_is_refused_in_dutch_and_nothing_is_saved(
        client, login_as, db, personal, name, message):
    login_as("staf")
    before = list(personal.personal_names)
    response = client.post(_url(personal, "/naam"), data={"name": name})
    assert response.status_code == 400
    assert message in response.get_data(as_text=True)
    db.refresh(personal)
    assert personal.personal_names == before


def test_dismissed_hit_stays_in_the_woo_copy_until_it_is_restored(
        client, login_as, db, personal):
    login_as("staf")
    page = client.get(_url(personal)).get_data(as_text=True)
    key = _keys(page, "Wit")[0]
    response = client.post(_url(personal, "/niet-lakken"), data={"key": key})
    assert response.status_code == 302
    db.refresh(personal)
    assert [d["text"] for d in personal.woo_dismissed] == ["Wit"]
    assert "Mevrouw Wit mailde" in _woo_text(client, personal)
    page = _text(client.get(_url(personal)))
    assert "Toch lakken" in page and key not in page.split('id="niet-gelakt"')[0]

    assert client.post(_url(personal, "/toch-lakken"), data={"key": key}).status_code == 302
    db.refresh(personal)
    assert personal.woo_dismissed == []
    assert "Mevrouw 5.1.2e mailde" in _woo_text(client, personal)


def test_unknown_proposal_is_a_dutch_404(client, login_as, personal):
    login_as("staf")
    for tail in ("/niet-lakken", "/toch-lakken"):
        response = client.post(_url(personal, tail), data={"key": "0" * 20})
        assert response.status_code == 404
        assert "niet (meer)" in response.get_data(as_text=True)
    assert client.post(_url(personal, "/niet-lakken"), data={}).status_code == 400


@pytest.mark.parametrize("role", ["auteur", "reviewer", "pers"])
def test_only_who_may_export_woo_sees_the_page(client, login_as, personal, role):
    login_as(role)
    assert client.get(_url(personal)).status_code == 403
    assert client.post(_url(personal, "/naam"), data={"name": "A B"}).status_code == 403


def test_inventory_downloads_as_csv(client, login_as, personal):
    login_as("beheer")
    response = client.get(f"/annotaties/{personal.id}/export/woo/inventaris.csv")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    rows = list(csv.reader(io.StringIO(response.data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Plaats", "Soort gegeven", "Grond", "Aantal"]
    assert ["Kernboodschap: Contact met mevrouw 5.1.2e", "Burgerservicenummer (BSN)",
            "5.1.1e", "1"] in rows
    assert "Petra" not in response.data.decode("utf-8-sig")


def test_public_roles_come_from_the_setting(app, client, login_as, personal):
    app.config["WOO_PUBLIC_ROLES"] = ("wethouder",)
    login_as("staf")
    assert "Mangal" not in _woo_text(client, personal)


def test_annotation_page_leads_staf_to_the_lakken_page(client, login_as, personal):
    login_as("staf")
    page = client.get(f"/annotaties/{personal.id}").get_data(as_text=True)
    assert _url(personal) in page and "Woo-versie lakken" in page
