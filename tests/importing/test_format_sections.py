"""FORMAT.md 'Kernboodschap and other sections', as text and as Word."""

import pytest


@pytest.mark.parametrize(("heading", "kind", "kept"), [
    ("Kernboodschap", "kernboodschap", ""),
    ("Kernboodschap OMA:", "kernboodschap", "Kernboodschap OMA"),
    ("Handelingsperspectief", "handelingsperspectief", ""),
    ("Algemene informatie over de aanpak", "achtergrond", "Algemene informatie over de aanpak"),
])
def test_section_headings_give_the_section_kind(parse, heading, kind, kept):
    document = parse(f"{heading}\n\n- Eerste punt.\n- Tweede punt.")
    assert document["sections"] == [
        {"kind": kind, "heading": kept, "markdown": "- Eerste punt.\n- Tweede punt."}]


def test_numbered_themes_each_with_their_bullets(parse):
    document = parse("""
        Kernboodschap

        1. Algemeen:

        - We zijn onderweg.
        - We zetten stappen.

        2. Zuidoost

        - De brief is anoniem.

        3. **Toekomst:**

        - Er komen meer signalen.
    """)
    assert [(s["kind"], s["heading"]) for s in document["sections"]] == [
        ("kernboodschap", "Algemeen"), ("kernboodschap", "Zuidoost"),
        ("kernboodschap", "Toekomst")]
    assert document["sections"][0]["markdown"] == "- We zijn onderweg.\n- We zetten stappen."


def test_nested_bullets_in_all_three_written_forms(parse):
    document = parse("""
        Kernboodschap

        - In het voorjaar volgt een brief:
        - o waarin we de acties opnemen.
         - o en de eerste cijfers.
        - Daarnaast loopt een onderzoek:
          - de uitkomsten volgen later.
    """)
    assert document["sections"][0]["markdown"] == (
        "- In het voorjaar volgt een brief:\n  - waarin we de acties opnemen.\n"
        "  - en de eerste cijfers.\n- Daarnaast loopt een onderzoek:\n"
        "  - de uitkomsten volgen later.")


def test_bullets_straight_under_the_heading_without_themes(parse):
    document = parse("Kernboodschap\n\n- Eén.\n- Twee.\n\nHandelingsperspectief\n\n- Wachten.")
    assert [(s["kind"], s["markdown"]) for s in document["sections"]] == [
        ("kernboodschap", "- Eén.\n- Twee."), ("handelingsperspectief", "- Wachten.")]


def test_bold_unnumbered_themes_and_a_plain_introducing_line(parse):
    document = parse("""
        Kernboodschap

        **Woningbouw**

        - We bouwen 7.500 woningen.

        **Betaalbaarheid:**

        - 40% sociaal.

        Aantallen per jaar:

        2023 6.800
    """)
    assert [(s["heading"], s["markdown"]) for s in document["sections"]] == [
        ("Woningbouw", "- We bouwen 7.500 woningen."),
        ("Betaalbaarheid", "- 40% sociaal.\n\nAantallen per jaar:\n\n2023 6.800")]
