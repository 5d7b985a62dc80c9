"""FORMAT.md 'Answer labels', as text and as Word."""


def _question(parse, body):
    document = parse("Vragen commissie\n\nLid Mangal (Denk)\n\n1. Klopt het?\n\n" + body)
    return document, document["questions"][0]


def _variants(question):
    return [(v["label"], v["markdown"], v["explanation"]) for v in question["variants"]]


def test_answer_label_on_its_own_line(parse):
    _, question = _question(parse, "Antwoord:\n\n- Ja.")
    assert _variants(question) == [("Antwoord", "- Ja.", None)]


def test_answer_label_inline(parse):
    _, question = _question(parse, "Antwoord: Ja.")
    assert _variants(question) == [("Antwoord", "Ja.", None)]


def test_bold_answer_label(parse):
    _, question = _question(parse, "**Antwoord:** Ja.")
    assert _variants(question) == [("Antwoord", "Ja.", None)]


def test_alternative_answers_are_further_full_variants(parse):
    _, question = _question(parse, "Antwoord: Ja.\n\nAlternatief antwoord:\n\n- Nee.\n\n"
                                   "Alternatief: Misschien.")
    assert _variants(question) == [("Antwoord", "Ja.", None),
                                   ("Alternatief antwoord", "- Nee.", None),
                                   ("Alternatief antwoord", "Misschien.", None)]


def test_alternative_addition_is_its_own_variant(parse):
    _, question = _question(parse, "- Ja.\n\nAlternatieve aanvulling:\n\n- En verder dit.")
    assert _variants(question) == [("Antwoord", "- Ja.", None),
                                   ("Alternatieve aanvulling", "- En verder dit.", None)]


def test_alternative_see_above_keeps_the_text_and_warns(parse):
    document, question = _question(parse, "Antwoord: Ja.\n\nAlternatief: zie boven")
    assert _variants(question)[1] == ("Alternatief antwoord", "zie boven", None)
    assert any("zie boven" in w and w.startswith(("regel 9", "alinea 5"))
               for w in document["warnings"]), document["warnings"]


def test_explanation_belongs_to_the_variant_above(parse):
    _, question = _question(parse, "Antwoord: Ja.\n\nToelichting: Dit is de achtergrond.\n\n"
                                   "Alternatief: Nee.\n\nTer toelichting de cijfers van 2024.")
    assert _variants(question) == [
        ("Antwoord", "Ja.", "Dit is de achtergrond."),
        ("Alternatief antwoord", "Nee.", "Ter toelichting de cijfers van 2024.")]


def test_nb_before_and_noot_after_the_answer_are_internal_notes(parse):
    _, question = _question(parse, "NB: gevoelig punt.\n\n- Ja.\n\nNoot: check met juristen.")
    assert question["note"] == "gevoelig punt.\n\ncheck met juristen."
    assert _variants(question) == [("Antwoord", "- Ja.", None)]


def test_answer_still_to_be_written_by_a_redacted_official(parse):
    document, question = _question(parse, "Antwoord 5.1, 2, e")
    assert _variants(question) == [("Antwoord", "", None)]
    assert "Antwoord 5.1, 2, e" in document["placeholders"]
