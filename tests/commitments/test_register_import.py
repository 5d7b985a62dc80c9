"""Importing the toezeggingenlijst a griffie keeps (CSV, .xlsx, text), and later exports of it."""

import io
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from briefings.commitments import history, list_commitments
from briefings.commitments.register_columns import guess_mapping
from briefings.commitments.register_files import read_register
from briefings.commitments.register_import import ambiguous_dates, import_register, read_rows
from briefings.errors import ValidationError

REGISTERS = Path(__file__).with_name("registers")
TODAY = date(2024, 3, 1)


@pytest.fixture
def griffie(make_user):
    return make_user("staf")


def _import(db, by, name, content=None, *, date_order=None, mapping=None):
    content = content if content is not None else (REGISTERS / name).read_bytes()
    table = read_register(name, content)
    result = import_register(db, table, mapping=mapping or guess_mapping(table.headers), by=by,
                             filename=name, date_order=date_order, today=TODAY)
    db.commit()
    return result


def _by_number(db):
    return {c.number: c for c in list_commitments(db, today=TODAY)}


def test_an_ibabs_csv_export_becomes_the_register_with_kinds_statuses_and_due_dates(db, griffie):
    result = _import(db, griffie, "ibabs-2024-03.csv")
    assert len(result.added) == 5 and not result.updated
    found = _by_number(db)
    camper = found["T-2024-01"]
    assert camper.title == "Camperplaatsen"
    assert camper.text.startswith("Wethouder Joon zegt een onderzoek toe")
    assert (camper.portfolio_holder, camper.made_on) == ("Joon", date(2024, 1, 24))
    assert (camper.due_text, camper.due_date) == ("voor de zomer", date(2024, 6, 30))
    assert camper.progress == "Onderzoek loopt, café-eigenaren gehoord"  # Windows-1252 read
    assert {n: c.status for n, c in found.items()} == {
        "T-2024-01": "openstaand", "T-2024-02": "in_behandeling", "T-2024-03": "deels_voldaan",
        "M-2024-04": "openstaand", "T-2024-05": "voldaan"}
    assert {n: c.kind for n, c in found.items()}["M-2024-04"] == "motie"
    assert found["T-2024-02"].due_date == date(2024, 5, 3)  # "uiterlijk vrijdag 3 mei"
    assert found["M-2024-04"].due_date == date(2024, 11, 9)  # "voor de begroting"
    assert (found["T-2024-05"].due_date, found["T-2024-05"].due_unknown) == (None, True)


def test_a_later_export_updates_with_history_adds_the_new_row_and_never_duplicates(db, griffie):
    _import(db, griffie, "ibabs-2024-03.csv")
    before = _by_number(db)
    result = _import(db, griffie, "ibabs-2024-06.csv")
    assert [c.number for c in result.added] == ["T-2024-06"]
    assert sorted(c.number for c in result.updated) == ["T-2024-01", "T-2024-02"]
    assert sorted(c.number for c in result.unchanged) == ["M-2024-04", "T-2024-03", "T-2024-05"]
    after = _by_number(db)
    assert len(after) == 6
    assert after["T-2024-01"].id == before["T-2024-01"].id
    assert (after["T-2024-01"].due_text, after["T-2024-01"].due_date) == (
        "na de zomer", date(2024, 9, 30))
    assert after["T-2024-02"].status == "voldaan"
    changes = [(r.field, r.old_text, r.new_text, r.reason)
               for r in history(db, after["T-2024-01"]) if r.action != "create"]
    assert ("due", "voor de zomer", "na de zomer", "Toezeggingenlijst ibabs-2024-06.csv") in changes
    assert ("progress", "Onderzoek loopt, café-eigenaren gehoord",
            "Onderzoek loopt, café-eigenaren gehoord, uitkomst na de zomer",
            "Toezeggingenlijst ibabs-2024-06.csv") in changes
    status = [(r.old_text, r.new_text) for r in history(db, after["T-2024-02"])
              if r.field == "status"]
    assert status[-1] == ("in_behandeling", "voldaan")
    again = _import(db, griffie, "ibabs-2024-06.csv")
    assert (len(again.added), len(again.updated), len(again.unchanged)) == (0, 0, 6)


def test_rows_without_a_number_match_on_title_and_date(db, griffie):
    _import(db, griffie, "notubiz-us-dates.csv")
    result = _import(db, griffie, "notubiz-us-dates.csv")
    assert (len(result.added), len(result.unchanged)) == (0, 2)


def test_us_dates_are_recognised_from_the_file_itself(db, griffie):
    table = read_register("n.csv", (REGISTERS / "notubiz-us-dates.csv").read_bytes())
    assert ambiguous_dates(table, guess_mapping(table.headers)) == []  # 6/30/2024: month first
    _import(db, griffie, "notubiz-us-dates.csv")
    found = {c.title: c for c in list_commitments(db, today=TODAY)}
    assert found["Speeltuinen"].made_on == date(2024, 5, 3)
    assert found["Speeltuinen"].due_date == date(2024, 9, 1)
    assert found["Bomenkap"].status == "voldaan"  # Afgehandeld: ja


def test_ambiguous_dates_are_flagged_and_read_the_way_the_user_decides_for_the_file(db, griffie):
    table = read_register("a.csv", (REGISTERS / "ambiguous.csv").read_bytes())
    mapping = guess_mapping(table.headers)
    assert ambiguous_dates(table, mapping) == ["5/3/2024", "1/6/2024"]
    with pytest.raises(ValidationError, match="dag of de maand voorop"):
        read_rows(db, table, mapping)
    rows = read_rows(db, table, mapping, "mdy")
    assert rows[0].made_on == date(2024, 5, 3)
    assert "5/3/2024 gelezen als 3 mei 2024" in rows[0].flags
    _import(db, griffie, "ambiguous.csv", date_order="dmy")
    assert {c.made_on for c in list_commitments(db, today=TODAY)} == {date(2024, 3, 5)}


def test_an_xlsx_export_with_date_cells_and_a_title_row_is_imported(db, griffie):
    book = Workbook()
    sheet = book.active
    sheet.append(["Overzicht moties en toezeggingen"])
    sheet.append(["Nr.", "Soort", "Onderwerp", "Omschrijving", "Verantwoordelijke",
                  "Datum vergadering", "Deadline", "Status"])
    sheet.append([101, "Toezegging", "Markt", "De wethouder stuurt een brief over de markt.",
                  "Wethouder Bakker", datetime(2024, 2, 12), datetime(2024, 6, 1), "open"])
    sheet.append([102, "Motie", "Groen", "Verzoekt het college meer bomen te planten.",
                  "Wethouder Bakker", datetime(2024, 2, 12), "Q3 2024", "afgehandeld"])
    buffer = io.BytesIO()
    book.save(buffer)
    _import(db, griffie, "register.xlsx", buffer.getvalue())
    found = _by_number(db)
    assert (found["101"].kind, found["101"].made_on, found["101"].due_date) == (
        "toezegging", date(2024, 2, 12), date(2024, 6, 1))
    assert (found["102"].kind, found["102"].status, found["102"].due_date) == (
        "motie", "voldaan", date(2024, 9, 30))


def test_the_eerste_kamer_register_as_text_blocks_is_imported(db, griffie):
    _import(db, griffie, "eerste-kamer.txt")
    found = _by_number(db)
    assert set(found) == {"T01237", "T02615"}
    assert found["T01237"].made_on == date(2009, 4, 7)
    assert found["T01237"].due_date == date(2024, 1, 1)
    assert "zegt de Kamer toe" in found["T01237"].text
    assert found["T02615"].status == "deels_voldaan"
    assert found["T02615"].portfolio_holder.startswith("Minister van Binnenlandse Zaken")


def test_table_rows_flattened_into_text_are_still_recognised(db, griffie):
    _import(db, griffie, "openstaande-raadstoezeggingen.txt")
    found = _by_number(db)
    assert set(found) == {"64", "913", "1405"}
    assert found["64"].made_on == date(2013, 1, 24)
    assert found["64"].text.endswith("De woningen zijn inmiddels opgeleverd.")
    assert [found[n].status for n in ("64", "913", "1405")] == [
        "openstaand", "in_behandeling", "voldaan"]


def test_a_plain_numbered_list_becomes_one_commitment_per_item(db, griffie):
    _import(db, griffie, "lijst.txt")
    texts = [c.text for c in list_commitments(db, today=TODAY)]
    assert len(texts) == 3
    assert ("De portefeuillehouder gaat na of het budget voor Fenomeen Bovenveen kan worden "
            "verlengd en komt daar schriftelijk op terug.") in texts


def test_a_corrected_column_mapping_is_used(db, griffie):
    table = read_register("i.csv", (REGISTERS / "ibabs-2024-03.csv").read_bytes())
    mapping = guess_mapping(table.headers)
    mapping[table.headers.index("Stand van zaken")] = ""  # the user leaves it out
    import_register(db, table, mapping=mapping, by=griffie, filename="i.csv", today=TODAY)
    assert all(c.progress is None for c in list_commitments(db, today=TODAY))


@pytest.mark.parametrize("name, content, message", [
    ("leeg.csv", b"   \n", "Het bestand is leeg."),
    ("oud.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "Oude Excel-bestanden"),
    ("kapot.xlsx", b"PK\x03\x04 dit is geen echt Excel-bestand", "kan niet worden gelezen"),
    ("plaatje.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "kan niet worden gelezen"),
])
def test_bad_files_are_refused_with_a_dutch_message_and_nothing_is_saved(db, griffie, name,
                                                                         content, message):
    with pytest.raises(ValidationError, match=message):
        _import(db, griffie, name, content)
    assert list_commitments(db, today=TODAY) == []


def test_a_file_without_a_text_column_asks_for_the_mapping(db, griffie):
    content = b"Nummer;Status\n1;open\n"
    with pytest.raises(ValidationError, match="welke kolom de tekst"):
        _import(db, griffie, "x.csv", content, mapping=["number", "status"])
