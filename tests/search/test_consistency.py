"""Figures in a draft compared with an earlier answer: pairs that must and must not warn."""

import pytest

from search_index.consistency import contradictions, extract

MUST_WARN = [
    ("Er zijn 31 meldingen gedaan.", "Er zijn 24 meldingen gedaan.", "24 meldingen"),
    ("De formatie gaat van 1,5 naar 5 fte.", "De formatie gaat van 1,5 naar 4 fte.", "4 fte"),
    ("Dit is uiterlijk 1 maart 2026 klaar.", "Dit is uiterlijk 1 januari 2026 klaar.",
     "1 januari 2026"),
    ("Het kost € 3 miljoen.", "Het kost € 2,5 miljoen.", "€ 2,5 miljoen"),
    ("Het gaat om 15% van de meldingen.", "Het gaat om 12 procent van de meldingen.",
     "12 procent"),
    ("Er zijn 1.600 Meldingen.", "Er zijn 1.500 meldingen.", "1.500 meldingen"),
]

MUST_NOT_WARN = [
    ("Er zijn 24 meldingen gedaan.", "In totaal zijn er 24 meldingen."),
    ("Er zijn 24 meldingen gedaan.", "Er werken 30 medewerkers aan."),  # other things counted
    ("Het kost € 2,5 miljoen.", "Het kost 2.500.000 euro."),  # the same amount, written otherwise
    ("Dat is 12% van de meldingen.", "Het gaat om 12 procent van de meldingen."),
    ("Sinds 2019 werken we hieraan.", "Sinds 2021 werken we hieraan."),  # a year is no count
    ("We hebben 3 keer gesproken.", "We hebben 5 keer gesproken."),  # how often: no fact
    ("Er komt een nieuw meldpunt.", "Er zijn 24 meldingen gedaan."),  # no figures in the draft
    ("Er zijn 24 meldingen, waarvan 3 meldingen anoniem.", "Er zijn 24 meldingen."),
]


@pytest.mark.parametrize(("draft", "earlier", "said"), MUST_WARN)
def test_a_different_figure_for_the_same_thing_warns(draft, earlier, said):
    pairs = contradictions(draft, earlier)
    assert [theirs.text for _, theirs in pairs] == [said]


@pytest.mark.parametrize(("draft", "earlier"), MUST_NOT_WARN)
def test_the_same_figure_or_another_thing_does_not_warn(draft, earlier):
    assert contradictions(draft, earlier) == []


def test_facts_are_extracted_in_order_with_what_they_count():
    facts = extract("Van 1,5 naar 4 fte, 24 meldingen en uiterlijk 1 januari 2026.")
    assert [(f.key, f.value) for f in facts] == [
        ("fte", "4"), ("meld", "24"), ("datum:uiterlijk", "2026-1-1")]
