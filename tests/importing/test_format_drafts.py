"""FORMAT.md 'Things left in drafts', 'Woo redaction' and 'Commitments', as text and as Word."""


def _answer(parse, body):
    document = parse("Vragen commissie\n\nLid Mangal (Denk)\n\n1. Klopt het?\n\n" + body)
    return document, document["questions"][0]["variants"][0]


def test_placeholders_are_collected(parse):
    document = parse("""
        Kernboodschap

        - Er zijn [Aanvullen] meldingen.
        - Het kost [Aanvullen: hoeveel kost het?] euro.
        - De acties zijn ....[Aanvullen]
        - Zie [link naar de raadsbrief].

        Vragen

        1. Hoeveel?

        Aanvullen antwoord X [wat is het aantal?]
    """)
    assert document["placeholders"] == [
        "[Aanvullen]", "[Aanvullen: hoeveel kost het?]", "....[Aanvullen]",
        "[link naar de raadsbrief]", "Aanvullen antwoord X [wat is het aantal?]"]


def test_reviewer_remark_becomes_a_review_comment_not_answer_text(parse):
    document, variant = _answer(parse, "- Ja, dat klopt.\n\nFatima: kunnen we deze zin "
                                       "concreter maken")
    assert variant["markdown"] == "- Ja, dat klopt."
    assert variant["comments"] == ["Fatima: kunnen we deze zin concreter maken"]
    assert any("Fatima" in warning for warning in document["warnings"])


def test_optional_line_stays_in_the_answer(parse):
    _, variant = _answer(parse, "- Ja.\n\n*Eventueel (afhankelijk van toon van vragen):* "
                                "we begrijpen de zorg.")
    assert variant["markdown"] == (
        "- Ja.\n\n*Eventueel (afhankelijk van toon van vragen):* we begrijpen de zorg.")


def test_tracked_change_residue_keeps_inserted_words_and_drops_deleted_text(parse):
    _, variant = _answer(parse, "Het college [ziet](#) dat de ~~oude~~ signalen belangrijk zijn.")
    assert variant["markdown"] == "Het college ziet dat de signalen belangrijk zijn."


def test_small_table_flattened_to_lines_is_kept(parse):
    _, variant = _answer(parse, "Aantal meldingen per jaar:\n\n2021 15\n\n2022 24")
    assert variant["markdown"] == "Aantal meldingen per jaar:\n\n2021 15\n\n2022 24"


def test_sentence_broken_by_a_page_break_is_joined(parse):
    document = parse("""
        Kernboodschap

        - Ik ben in nauw contact met de GS over wat er nodig is op het gebied van het

        tegengaan van discriminatie.
        - Volgende punt.
    """)
    assert document["sections"][0]["markdown"] == (
        "- Ik ben in nauw contact met de GS over wat er nodig is op het gebied van het "
        "tegengaan van discriminatie.\n- Volgende punt.")


def test_redaction_marks_are_kept_as_marks_in_every_written_form(parse):
    document = parse("""
        Behandelend ambtenaar: 5.1. 2. e

        Kernboodschap

        - We hebben raadsbrief 5.1, 2, e [REDACTED] al aangegeven o.l.v. ^{5.1.2.e}.
        - Niet actief media opzoeken, ^{5.1, 2, i} [REDACTED].
    """)
    assert document["handling_officials"] == ["5.1. 2. e"]
    markdown = document["sections"][0]["markdown"]
    assert "5.1, 2, e [REDACTED]" in markdown and "o.l.v. 5.1.2.e" in markdown
    assert "5.1, 2, i [REDACTED]" in markdown and "^{" not in markdown


def test_redacted_asker_name_stays_a_mark(parse):
    document = parse("Vragen\n\nLid 5.1, 2, e (VVD)\n\n1. Klopt het?\n\n- Ja.")
    assert document["questions"][0]["asker"] == {"name": "5.1, 2, e", "party": "VVD",
                                                 "role": "raadslid"}


def test_commitment_phrases_are_offered_with_their_due_text(parse):
    document = parse("""
        Kernboodschap

        - Ik heb hen toegezegd dat ik ze op de hoogte houd.
        - In het voorjaar volgt een brief over de acties.
        - Na de zomer wordt u over de uitkomsten geïnformeerd.
        - Uiterlijk 1 januari 2026 ontvangt de raad het voorstel.
        - Dit is gewoon een feit.
    """)
    found = [(c["text"], (c["due"] or "").lower()) for c in document["commitments"]]
    assert found == [
        ("Ik heb hen toegezegd dat ik ze op de hoogte houd.", ""),
        ("In het voorjaar volgt een brief over de acties.", "in het voorjaar"),
        ("Na de zomer wordt u over de uitkomsten geïnformeerd.", "na de zomer"),
        ("Uiterlijk 1 januari 2026 ontvangt de raad het voorstel.", "uiterlijk 1 januari 2026"),
    ]
