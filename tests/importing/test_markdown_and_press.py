"""Markdown headings, press Q&A with journalists, and text that cannot be placed."""

from briefings.importing import parse_document

MARKDOWN = """# Annotatie voor burgemeester

# Kernboodschap

## Veiligheid

- De burgemeester neemt het serieus.

# Vragen

## Vragen commissie AZ 3 maart

### Lid de Jong (VVD)

1. Wat gaat u doen?

- We treffen maatregelen.
"""


def test_markdown_headings_give_sections_themes_blocks_and_askers():
    document = parse_document("annotatie.md", MARKDOWN.encode())
    assert document["portfolio_holder"] == "burgemeester"
    assert document["sections"] == [{"kind": "kernboodschap", "heading": "Veiligheid",
                                     "markdown": "- De burgemeester neemt het serieus."}]
    question = document["questions"][0]
    assert (question["block"], question["asker"]) == (
        "Vragen commissie AZ 3 maart", {"name": "de Jong", "party": "VVD", "role": "raadslid"})


def test_press_questions_from_journalists():
    document = parse_document("pers.txt", b"""Persvragen over de brandbrief

Journalist Pietersen (Het Parool)

Klopt het dat er aangifte is gedaan?

Daar ga ik niet op in.
""")
    question = document["questions"][0]
    assert question["block"] == "Persvragen over de brandbrief"
    assert question["asker"] == {"name": "Pietersen", "party": "Het Parool", "role": "journalist"}
    assert question["variants"][0]["markdown"] == "Daar ga ik niet op in."


def test_text_under_an_asker_without_a_question_is_placed_with_a_warning():
    document = parse_document("a.txt", b"""Vragen commissie

Lid Mangal (Denk)

Een losse opmerking zonder vraag.

1. Klopt het?

- Ja.
""")
    assert document["sections"] == [{"kind": "overig", "heading": "",
                                     "markdown": "Een losse opmerking zonder vraag."}]
    assert document["warnings"] == [
        "regel 5: tekst tussen de vragen zonder vraag erboven; geplaatst onder 'Overig'"]
    assert document["questions"][0]["asker"]["name"] == "Mangal"
