"""FORMAT.md 'Header', as text and as Word."""

HEAD = """
Annotatie voor wethouder Van Buren

Raad 28 februari 2024

Annotatie Nr. 29 Kennisnemen van de voortgangsrapportage inclusie (VN2024-000821).

Kernboodschap

- Een punt.
"""


def test_header_lines_give_portfolio_holder_meeting_number_title_and_registration(parse):
    document = parse(HEAD)
    assert document["portfolio_holder"] == "wethouder Van Buren"
    assert document["meeting"] == {"body": "raad", "name": "Raad", "dates": ["2024-02-28"]}
    assert document["agenda_item"] == "29"
    assert document["title"] == "Kennisnemen van de voortgangsrapportage inclusie"
    assert document["registration_number"] == "VN2024-000821"


def test_annotation_for_the_burgemeester(parse):
    assert parse("Annotatie voor burgemeester\n\nKernboodschap\n\n- Punt.")[
        "portfolio_holder"] == "burgemeester"


def test_meeting_on_two_dates(parse):
    document = parse("Raadsvergadering van 9 en 10 juli 2025\n\nKernboodschap\n\n- Punt.")
    assert document["meeting"] == {"body": "raad", "name": "Raadsvergadering",
                                   "dates": ["2025-07-09", "2025-07-10"]}


def test_committee_of_several_words_and_a_meeting_field_keep_their_dates(parse):
    document = parse("Commissie Bestuur en Middelen 12 maart 2025\n\nKernboodschap\n\n- Punt.")
    assert document["meeting"] == {"body": "commissie", "name": "Commissie Bestuur en Middelen",
                                   "dates": ["2025-03-12"]}
    document = parse("Raadsvergadering: 9 en 10 juli 2025\n\nKernboodschap\n\n- Punt.")
    assert document["meeting"] == {"body": "raad", "name": "Raadsvergadering",
                                   "dates": ["2025-07-09", "2025-07-10"]}


def test_committee_meeting(parse):
    document = parse("Commissie FKD 5 juni 2025\n\nKernboodschap\n\n- Punt.")
    assert document["meeting"] == {"body": "commissie", "name": "Commissie FKD",
                                   "dates": ["2025-06-05"]}


def test_agenda_item_in_brackets_gives_item_and_title(parse):
    document = parse("Agendapunt [39]: Kennisnemen van de raadsinformatiebrief over de "
                     "voortgang\n\nKernboodschap\n\n- Punt.")
    assert document["agenda_item"] == "[39]"
    assert document["title"] == "Kennisnemen van de raadsinformatiebrief over de voortgang"


def test_requested_decision_on_the_same_line(parse):
    document = parse("Aan de raad gevraagd besluit: Voor kennisgeving aannemen\n\n"
                     "Kernboodschap\n\n- Punt.")
    assert document["requested_decision"] == "Voor kennisgeving aannemen"


def test_requested_decision_on_the_next_line(parse):
    document = parse("Aan de raad gevraagd besluit:\n\nTer bespreking en voor kennisgeving "
                     "aannemen\n\nKernboodschap\n\n- Punt.")
    assert document["requested_decision"] == "Ter bespreking en voor kennisgeving aannemen"


def test_handling_officials_separated_by_semicolon_and_comma(parse):
    document = parse("Behandelend ambtenaar: Anna de Vries; Bram Bakker, Cor Claassen\n\n"
                     "Kernboodschap\n\n- Punt.")
    assert document["handling_officials"] == ["Anna de Vries", "Bram Bakker", "Cor Claassen"]


def test_handling_officials_on_following_lines(parse):
    document = parse("Behandelend ambtenaar:\n\nAnna de Vries\n\nBram Bakker\n\n"
                     "Kernboodschap\n\n- Punt.")
    assert document["handling_officials"] == ["Anna de Vries", "Bram Bakker"]


def test_redacted_handling_officials_stay_redaction_marks(parse):
    document = parse("Behandelend ambtenaar: 5.1, 2, e ; 5.1.2.e\n\nKernboodschap\n\n- Punt.")
    assert document["handling_officials"] == ["5.1, 2, e", "5.1.2.e"]


def test_overview_of_parts_is_kept_with_its_bullets(parse):
    document = parse("""
        Annotatie voor wethouder Van Buren

        De annotatie bestaat uit de volgende onderdelen:

        - Kernboodschap
        - Vragen uit de commissie

        Kernboodschap

        - Punt.
    """)
    overview = document["sections"][0]
    assert overview["heading"] == "De annotatie bestaat uit de volgende onderdelen"
    assert overview["markdown"] == "- Kernboodschap\n- Vragen uit de commissie"
    assert document["sections"][1]["kind"] == "kernboodschap"


def test_conditional_line_keeps_the_line_to_take(parse):
    document = parse("""
        Annotatie voor wethouder Van Buren

        Mocht iemand beginnen over de kosten:

        Ik ga niet in op bedragen.

        Kernboodschap

        - Punt.
    """)
    section = document["sections"][0]
    assert section["heading"] == "Mocht iemand beginnen over de kosten"
    assert section["markdown"] == "Ik ga niet in op bedragen."


def test_fields_the_document_does_not_have_are_null(parse):
    document = parse("Kernboodschap\n\n- Een punt.")
    assert document["title"] is None and document["portfolio_holder"] is None
    assert document["meeting"] is None and document["agenda_item"] is None
    assert document["registration_number"] is None and document["requested_decision"] is None
    assert document["handling_officials"] == [] and document["questions"] == []


def test_a_first_line_with_a_colon_is_the_title_and_a_kind_line_is_no_text(parse):
    document = parse("Provinciale Staten van Drenthe\n\nStatenvragen ex art. 41 RvO\n\n"
                     "Veelgestelde vragen: de nieuwe dienstregeling\n\nDatum: juni 2025\n\n"
                     "Rijdt de bus ook in het weekend?\n\nJa, elk uur.\n")
    assert document["title"] == "Veelgestelde vragen: de nieuwe dienstregeling"
    assert document["warnings"] == []
    assert document["questions"][0]["variants"][0]["markdown"] == "Ja, elk uur."


def test_a_from_field_names_the_fractie_and_the_member(parse):
    document = parse("Raadsvragen\n\nVan: Tom Wit, VVD-fractie\n\nOnderwerp: Fietspad\n\n"
                     "Vragen:\n1. Wanneer is het fietspad klaar?\n\nAntwoorden:\n"
                     "1. In mei.\n")
    asker = document["questions"][0]["asker"]
    assert (document["title"], asker["name"], asker["party"]) == ("Fietspad", "Tom Wit", "VVD")


def test_an_asker_field_with_a_form_of_address_or_an_unknown_shape_names_the_asker(parse):
    # 'Vragensteller: mevrouw K. Bos (ChristenUnie)' was dropped without a warning.
    body = "\n\nOnderwerp: Oversteek\n\nVraag 1\nIs het college bekend met de zorgen?\n" \
           "Antwoord\nJa.\n"
    for field, name, party in (("Vragensteller: mevrouw K. Bos (ChristenUnie)", "K. Bos",
                                "ChristenUnie"),
                               ("Indiener: de heer P. van Dam (SP)", "P. van Dam", "SP"),
                               ("Vragensteller: Karin Bos-de Wit", "Karin Bos-de Wit", "")):
        asker = parse(f"Raadsvragen\n\n{field}{body}")["questions"][0]["asker"]
        assert (asker["name"], asker["party"]) == (name, party), field
