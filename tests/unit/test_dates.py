"""Dates as people type them, in every shape the forms accept, and the ones they refuse."""

from datetime import date

import pytest

from briefings.errors import ValidationError
from briefings.validation import parse_date, parse_date_list, parse_dates

MARCH_5 = date(2026, 3, 5)


@pytest.mark.parametrize("text", [
    "5 maart 2026", "05 maart 2026", "5 Maart 2026", " 5  maart   2026 ", "5 mrt 2026",
    "5 mrt. 2026", "donderdag 5 maart 2026", "do 5 mrt 2026", "5-3-2026", "05-03-2026",
    "5/3/2026", "05/03/2026", "5.3.2026", "2026-03-05", "2026-3-5",
])
def test_a_date_is_read_in_every_usual_dutch_shape(text):
    assert parse_date(text) == MARCH_5


@pytest.mark.parametrize("text", [
    "5", "maart 2026", "5 maarts 2026", "31-2-2026", "2026-02-30", "5-13-2026", "morgen",
    "5 3 2026", "26-3-5", "2026/03/05x", "",
])
def test_what_is_not_a_date_is_refused_with_an_example(text):
    with pytest.raises(ValidationError) as refused:
        parse_date(text)
    assert refused.value.message.startswith("Ongeldige datum: ‘")
    assert "Schrijf bijvoorbeeld 5 maart 2026, 5-3-2026" in refused.value.message


@pytest.mark.parametrize("text, expected", [
    ("9 en 10 juli 2025", [date(2025, 7, 9), date(2025, 7, 10)]),
    ("9 juli 2025, 10 juli 2025", [date(2025, 7, 9), date(2025, 7, 10)]),
    ("2025-07-09; 10-7-2025", [date(2025, 7, 9), date(2025, 7, 10)]),
    ("28 februari 2024", [date(2024, 2, 28)]),
    ("", []),
])
def test_lists_of_meeting_dates(text, expected):
    assert parse_date_list(text) == expected


def test_the_service_accepts_texts_and_dates_and_sorts_them():
    assert parse_dates(["10 juli 2025", date(2025, 7, 9), "9-7-2025"]) == [
        date(2025, 7, 9), date(2025, 7, 10)]
