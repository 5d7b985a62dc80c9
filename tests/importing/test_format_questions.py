"""FORMAT.md 'Questions', as text and as Word."""

import pytest


def _who(document):
    return [(q["number"], q["asker"]["name"], q["asker"]["party"], q["block"])
            for q in document["questions"]]


def test_questions_belong_to_their_asker_until_the_next_asker(parse):
    document = parse("""
        Vragen commissie 18 januari

        Lid Mangal (Denk)

        1. Waarom is het meldpunt bij het MDRA?

        - Het MDRA is onafhankelijk.

        2. Wat zijn de bezwaren?

        - Geen.

        Lid van Pijpen, (GroenLinks)

        3. Wat is de stand van zaken?

        - We zijn gestart.
    """)
    assert _who(document) == [
        ("1", "Mangal", "Denk", "Vragen commissie 18 januari"),
        ("2", "Mangal", "Denk", "Vragen commissie 18 januari"),
        ("3", "van Pijpen", "GroenLinks", "Vragen commissie 18 januari")]
    assert document["questions"][0]["asker"]["role"] == "raadslid"
    assert document["questions"][0]["variants"] == [
        {"label": "Antwoord", "markdown": "- Het MDRA is onafhankelijk.", "explanation": None}]


def test_numbered_asker_with_a_list(parse):
    document = parse("""
        Beantwoording van de vragen

        1. Raadslid Jansen, lijst Jansen

        Klopt het dat de kosten stijgen?

        Ja.
    """)
    question = document["questions"][0]
    assert question["asker"] == {"name": "Jansen", "party": "lijst Jansen", "role": "raadslid"}
    assert question["text"] == "Klopt het dat de kosten stijgen?" and question["number"] is None
    assert question["variants"][0]["markdown"] == "Ja."


@pytest.mark.parametrize("block", [
    "Vragen commissie 18 januari",
    "Q&A uit de (oude) annotatie van 5 juni 2025, cie FKD",
    "Beantwoording van de vragen",
])
def test_block_headings(parse, block):
    document = parse(f"{block}\n\n1. Is dit een vraag?\n\n- Ja.")
    assert document["questions"][0]["block"] == block


def test_q_and_a_block_for_one_council_member_names_the_asker(parse):
    document = parse("Q&A raadslid Smit (lijst Smit) [juli 2025]\n\n1. Hoe staat het ervoor?\n\n"
                     "- Goed.")
    question = document["questions"][0]
    assert question["block"] == "Q&A raadslid Smit (lijst Smit) [juli 2025]"
    assert question["asker"] == {"name": "Smit", "party": "lijst Smit", "role": "raadslid"}


def test_unnumbered_questions_end_in_a_question_mark(parse):
    document = parse("""
        Vragen en antwoorden

        Waarom nu?

        Omdat het moet.

        Wat kost het?

        - Niets.
        - Echt niets.
    """)
    assert [(q["number"], q["text"]) for q in document["questions"]] == [
        (None, "Waarom nu?"), (None, "Wat kost het?")]
    assert document["questions"][1]["variants"][0]["markdown"] == "- Niets.\n- Echt niets."


def test_a_numbered_statement_without_question_mark_is_a_question(parse):
    document = parse("Vragen commissie\n\nLid Mangal (Denk)\n\n4. Consequenties tweede "
                     "brandbrief\n\n- Deze conclusie komt snel.")
    assert document["questions"][0]["text"] == "Consequenties tweede brandbrief"


def test_numbering_runs_on_across_askers(parse):
    document = parse("""
        Vragen commissie

        Lid Mangal (Denk)

        1. Eerste vraag?

        - Antwoord een.

        Lid Perdok (Lijst AV)

        2. Tweede vraag?

        - Antwoord twee.
    """)
    assert [q["number"] for q in document["questions"]] == ["1", "2"]


def test_answer_as_paragraphs_without_label(parse):
    document = parse("Vragen\n\n1. Is het waar?\n\nJa, dat is waar.\n\nDat zeiden we eerder.")
    assert document["questions"][0]["variants"][0]["markdown"] == (
        "Ja, dat is waar.\n\nDat zeiden we eerder.")


def test_a_numbered_list_inside_an_answer_does_not_start_new_questions(parse):
    document = parse("""
        Vragen commissie

        Lid Mangal (Denk)

        5. Welke stappen volgen?

        Antwoord:

        1. Eerst een gesprek.
        2. Dan een brief.

        6. En daarna?

        - Evaluatie.
    """)
    assert [q["number"] for q in document["questions"]] == ["5", "6"]
    assert document["questions"][0]["variants"][0]["markdown"] == (
        "1. Eerst een gesprek.\n2. Dan een brief.")


def test_questions_written_with_a_vraag_label(parse):
    document = parse("""
        Persvragen Het Parool

        Vraag 1: Klopt het dat er aangifte is gedaan?

        Antwoord: Daar ga ik niet op in.

        **Vraag:** Wanneer is er duidelijkheid

        Antwoord: Na de zomer.
    """)
    assert [(q["number"], q["text"], q["variants"][0]["markdown"])
            for q in document["questions"]] == [
        ("1", "Klopt het dat er aangifte is gedaan?", "Daar ga ik niet op in."),
        (None, "Wanneer is er duidelijkheid", "Na de zomer.")]


def test_lettered_blocks_name_a_party_and_date_and_a_question_may_run_over_two_paragraphs(parse):
    document = parse("""
        Beantwoording informatieve vragen Kaderbrief 2015

        A. Mondelinge vraag CDA d.d. 28 mei 2015

        Vraag 1: Blz. 24: toelichting op de bedragen onder post 9?

        Antwoord: De raad heeft een impulsbudget beschikbaar gesteld.

        B. Vragen Senioren Partij Maastricht d.d. 2 juni 2015

        Vraag 1: Op pagina 6 staat dat betaalbare woningen een topprioriteit zijn.

        Hoe verhoudt zich dit met het schrappen van drie projecten?

        Antwoord: De gemeente stuurt niet op individuele projecten.
    """)
    assert _who(document) == [
        ("1", "Fractie CDA", "CDA", "Mondelinge vraag CDA d.d. 28 mei 2015"),
        ("1", "Fractie Senioren Partij Maastricht", "Senioren Partij Maastricht",
         "Vragen Senioren Partij Maastricht d.d. 2 juni 2015")]
    second = document["questions"][1]
    assert second["text"] == ("Op pagina 6 staat dat betaalbare woningen een topprioriteit zijn."
                              "\n\nHoe verhoudt zich dit met het schrappen van drie projecten?")
    assert [v["markdown"] for v in second["variants"]] == [
        "De gemeente stuurt niet op individuele projecten."]


def test_a_verslag_of_the_vragenuur_asks_in_the_members_turns(parse):
    document = parse("Vragenuur 12 maart 2025\n\n"
                     "Mondelinge vragen van mevrouw Bakker (SP) over de bibliotheek\n\n"
                     "Mevrouw Bakker: Blijft de bibliotheek in Oost open?\n\n"
                     "Wethouder Vos: Ja, tot ten minste 2027.\n\n"
                     "De heer Lont (VVD): De bibliotheek is druk bezocht.\n\n"
                     "De heer Lont (VVD): En wat kost dat?\n\n"
                     "Wethouder Vos: Ongeveer € 90.000 per jaar.\n")
    assert document["meeting"] == {"body": "raad", "name": "Vragenuur",
                                   "dates": ["2025-03-12"]}
    assert [(q["text"], q["asker"]["name"], q["asker"]["party"])
            for q in document["questions"]] == [
        ("Blijft de bibliotheek in Oost open?", "Bakker", "SP"),
        ("De bibliotheek is druk bezocht.\n\nEn wat kost dat?", "Lont", "VVD")]
    assert [q["variants"][0]["markdown"] for q in document["questions"]] == [
        "Ja, tot ten minste 2027.", "Ongeveer € 90.000 per jaar."]


def test_a_burgerraadslid_asks_for_a_committee_meeting(parse):
    document = parse("Vragen van burgerraadslid K. Demir (PvdA) voor de commissie Sociaal "
                     "Domein van 2 oktober 2025\n\nAgendapunt 4: Armoedebeleid\n\n"
                     "Vraag:\nHoeveel gezinnen bereikt de regeling?\n\nAntwoord:\n"
                     "Ongeveer 900 gezinnen.\n\nWethouder Smit\n")
    assert document["meeting"] == {"body": "commissie", "name": "Commissie Sociaal Domein",
                                   "dates": ["2025-10-02"]}
    assert (document["agenda_item"], document["title"]) == ("4", "Armoedebeleid")
    question = document["questions"][0]
    assert (question["asker"]["name"], question["asker"]["party"]) == ("K. Demir", "PvdA")
    assert question["variants"][0]["markdown"] == "Ongeveer 900 gezinnen."
