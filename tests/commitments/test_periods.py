from datetime import date

import pytest

from briefings.commitments.periods import find_due_text, resolve_due

MEETING = date(2024, 2, 28)  # Raad 28 februari 2024: the reference date of these phrases


@pytest.mark.parametrize("phrase, expected", [
    ("voor de zomer", date(2024, 6, 30)),
    ("Voor het zomerreces", date(2024, 6, 30)),
    ("in het voorjaar", date(2024, 5, 31)),
    ("na de zomer", date(2024, 9, 30)),
    ("in de zomer van 2025", date(2025, 8, 31)),
    ("de zomer 2024", date(2024, 8, 31)),
    ("in het najaar", date(2024, 11, 30)),
    ("eind 2024", date(2024, 12, 31)),
    ("uiterlijk 1 januari 2026", date(2026, 1, 1)),
    ("voor 1 maart", date(2024, 2, 29)),
    ("op 15 april", date(2024, 4, 15)),
    ("Q3 2025", date(2025, 9, 30)),
    ("in het derde kwartaal van 2025", date(2025, 9, 30)),
    ("medio 2025", date(2025, 6, 30)),
    ("begin 2025", date(2025, 3, 31)),
    ("begin volgend jaar", date(2025, 3, 31)),
    ("eind dit jaar", date(2024, 12, 31)),
    ("voor het einde van het jaar", date(2024, 12, 31)),
    ("volgend jaar", date(2025, 12, 31)),
    ("in maart", date(2024, 3, 31)),
    ("eind mei 2025", date(2025, 5, 31)),
    ("begin juni", date(2024, 6, 10)),
    ("medio september", date(2024, 9, 15)),
    ("voor september", date(2024, 8, 31)),
    ("in de eerste helft van 2025", date(2025, 6, 30)),
    ("binnen zes weken", date(2024, 4, 10)),
    ("uiterlijk 2025-03-01", date(2025, 3, 1)),
    ("volgend voorjaar", date(2025, 5, 31)),
    ("uiterlijk 30-6-2025", date(2025, 6, 30)),
    ("voor 1/9/2024", date(2024, 8, 31)),
    ("na het zomerreces van 2025", date(2025, 9, 30)),
    ("in de loop van 2025", date(2025, 12, 31)),
])
def test_dutch_period_phrases_resolve_relative_to_the_meeting_date(phrase, expected):
    due = resolve_due(phrase, MEETING)
    assert (due.text, due.date, due.unknown) == (phrase, expected, False)


def test_a_phrase_without_a_year_means_the_next_such_period_after_the_reference_date():
    assert resolve_due("voor de zomer", date(2024, 8, 1)).date == date(2025, 6, 30)
    assert resolve_due("in januari", date(2024, 2, 28)).date == date(2025, 1, 31)
    assert resolve_due("op 1 februari", date(2024, 2, 28)).date == date(2025, 2, 1)


@pytest.mark.parametrize("phrase", [
    "zo snel mogelijk", "binnenkort", "op korte termijn", "in de winter", "na de verkiezingen",
])
def test_an_unresolvable_phrase_is_kept_and_flagged_never_guessed(phrase):
    due = resolve_due(phrase, MEETING)
    assert due.text == phrase
    assert due.date is None
    assert due.unknown is True


def test_an_empty_phrase_is_no_due_date_and_not_unknown():
    assert tuple(resolve_due("  ", MEETING)) == (None, None, False)


def test_an_impossible_date_is_not_guessed():
    assert resolve_due("uiterlijk 31 februari 2025", MEETING).unknown is True


def test_the_due_phrase_is_found_inside_a_sentence_as_written():
    assert find_due_text("In het voorjaar volgt een brief.") == "In het voorjaar"
    assert find_due_text("Na de zomer wordt u geïnformeerd.") == "Na de zomer"
    assert find_due_text("De regeling gaat uiterlijk 1 januari 2026 in.") == \
        "uiterlijk 1 januari 2026"
    assert find_due_text("Geen termijn genoemd.") is None


def test_a_period_that_says_when_something_was_said_is_not_a_due_phrase():
    assert find_due_text("Zoals toegezegd in de raad van december volgt voor de zomer een "
                         "brief.") == "voor de zomer"
    assert find_due_text("Sinds maart zijn er meer meldingen.") is None


@pytest.mark.parametrize("phrase, expected", [
    ("uiterlijk vrijdag 3 maart", date(2024, 3, 3)),
    ("begin volgend jaar", date(2025, 3, 31)),
    ("voor de begroting", date(2024, 11, 9)),
    ("bij de voorjaarsnota", date(2024, 7, 1)),
    ("bij de Kadernota", date(2024, 7, 1)),
    ("voor de begroting 2026", date(2025, 11, 9)),
    ("bij de jaarrekening 2024", date(2025, 7, 1)),
    ("bij de tweede bestuursrapportage", date(2024, 11, 10)),
])
def test_weekdays_and_the_planning_cycle_resolve_from_the_meeting_date(phrase, expected):
    assert resolve_due(phrase, MEETING).date == expected


def test_a_municipality_sets_its_own_planning_cycle_dates():
    from briefings.commitments import cycle
    try:
        cycle.configure("begroting=11-07; voorjaarsnota=06-27")
        assert resolve_due("voor de begroting", MEETING).date == date(2024, 11, 6)
        assert resolve_due("bij de voorjaarsnota", MEETING).date == date(2024, 6, 27)
    finally:
        cycle.configure(None)
    assert resolve_due("bij de voorjaarsnota", MEETING).date == date(2024, 7, 1)


def test_a_planning_cycle_setting_that_is_not_a_date_is_refused_in_dutch():
    from briefings.commitments import cycle
    from briefings.errors import ValidationError
    with pytest.raises(ValidationError, match="niet 'document=MM-DD'"):
        cycle.configure("begroting=november")
    cycle.configure(None)


@pytest.mark.parametrize("sentence, phrase", [
    ("Zodra het gereed is, sturen wij het rapport naar de raad.", "Zodra het gereed is"),
    ("Zodra de cijfers er zijn, informeren wij u.", "Zodra de cijfers er zijn"),
    ("Wij sturen u het plan zo snel mogelijk.", "zo snel mogelijk"),
])
def test_when_it_is_ready_is_a_due_phrase_without_a_date_and_is_flagged(sentence, phrase):
    assert find_due_text(sentence) == phrase
    due = resolve_due(phrase, MEETING)
    assert (due.date, due.unknown) == (None, True)


def test_the_app_takes_the_planning_cycle_from_its_configuration(database_url, tmp_path):
    from app import create_app
    from briefings.commitments import cycle
    app = create_app({"TESTING": True, "DATABASE_URL": database_url, "SECRET_KEY": "x",
                      "SEARCH_INDEX_DIR": str(tmp_path / "index"),
                      "PLANNING_CYCLE": "begroting=11-07"})
    try:
        assert resolve_due("voor de begroting", MEETING).date == date(2024, 11, 6)
    finally:
        cycle.configure(None)
        app.extensions["db_engine"].dispose()


@pytest.mark.parametrize("phrase", ["5 maart 2026", "5-3-2026", "05/03/2026", "2026-03-05",
                                    "donderdag 5 maart 2026", "5 mrt 2026", "5 mrt. 2026",
                                    "uiterlijk 5 mrt 2026"])
def test_a_deadline_typed_as_a_date_is_read_in_every_way_people_write_one(phrase):
    """The commitment deadline field takes the same dates as the other date fields."""
    assert resolve_due(phrase, MEETING).date == date(2026, 3, 5)
