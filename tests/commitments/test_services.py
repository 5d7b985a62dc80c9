from datetime import date

import pytest

from briefings import authoring
from briefings.commitments import (
    change_status,
    commitments_csv,
    confirm_suggestion,
    create_commitment,
    dismiss_suggestion,
    history,
    list_commitments,
    neutralise,
    open_suggestions,
    reminders,
    suggest_commitments,
    suggest_for_annotation,
    update_commitment,
)
from briefings.errors import PermissionDenied, ValidationError

TODAY = date(2024, 7, 15)


@pytest.fixture
def griffie(make_user):
    return make_user("staf")


def _commitment(db, by, **fields):
    fields.setdefault("text", "De raad ontvangt een brief over de voortgang.")
    fields.setdefault("portfolio_holder", "wethouder Van Buren")
    fields.setdefault("made_on", date(2024, 2, 28))
    return create_commitment(db, by=by, **fields)


def test_a_commitment_keeps_its_due_phrase_and_sorts_on_the_resolved_date(db, griffie):
    commitment = _commitment(db, griffie, due_text="voor de zomer")
    assert commitment.due_text == "voor de zomer"
    assert commitment.due_date == date(2024, 6, 30)
    assert commitment.due_unknown is False


def test_an_unknown_due_phrase_is_kept_and_flagged(db, griffie):
    commitment = _commitment(db, griffie, due_text="zo snel als het kan")
    assert (commitment.due_text, commitment.due_date, commitment.due_unknown) == \
        ("zo snel als het kan", None, True)


def test_status_changes_are_kept_in_the_history_with_their_reason(db, griffie):
    commitment = _commitment(db, griffie, due_text="voor de zomer")
    change_status(db, commitment, by=griffie, status="deels_voldaan", reason="Eerste brief is er")
    change_status(db, commitment, by=griffie, status="voldaan",
                  fulfilment="Raadsinformatiebrief VN2024-000900")
    rows = [(r.field, r.old_text, r.new_text, r.reason)
            for r in history(db, commitment) if r.field == "status"]
    assert rows == [
        ("status", "openstaand", "deels_voldaan", "Eerste brief is er"),
        ("status", "deels_voldaan", "voldaan", None),
    ]
    assert commitment.fulfilment == "Raadsinformatiebrief VN2024-000900"


@pytest.mark.parametrize("status, fields, message", [
    ("vervallen", {}, "reden"),
    ("voldaan", {}, "nagekomen"),
    ("openstaand", {}, "al"),
])
def test_a_status_change_without_the_required_reason_is_refused(db, griffie, status, fields,
                                                                  message):
    commitment = _commitment(db, griffie)
    with pytest.raises(ValidationError, match=message):
        change_status(db, commitment, by=griffie, status=status, **fields)
    assert commitment.status == "openstaand"


def test_reopening_a_kept_commitment_needs_a_reason(db, griffie):
    commitment = _commitment(db, griffie)
    change_status(db, commitment, by=griffie, status="voldaan", fulfilment="Brief 12")
    with pytest.raises(ValidationError, match="heropenen"):
        change_status(db, commitment, by=griffie, status="openstaand")


def test_moving_a_deadline_needs_a_reason_and_is_kept_in_the_history(db, griffie):
    commitment = _commitment(db, griffie, due_text="voor de zomer")
    with pytest.raises(ValidationError, match="reden"):
        update_commitment(db, commitment, by=griffie, text=commitment.text, due_text="eind 2024")
    update_commitment(db, commitment, by=griffie, text=commitment.text, due_text="eind 2024",
                      reason="Onderzoek loopt uit")
    assert commitment.due_date == date(2024, 12, 31)
    [moved] = [r for r in history(db, commitment) if r.field == "due"]
    assert (moved.old_text, moved.new_text, moved.reason) == (
        "voor de zomer (30 juni 2024)", "eind 2024 (31 december 2024)", "Onderzoek loopt uit")


def test_the_press_office_cannot_register_commitments(db, make_user):
    with pytest.raises(PermissionDenied):
        _commitment(db, make_user("pers"))


def test_overdue_filter_and_reminders_per_portfolio_holder(db, griffie):
    late = _commitment(db, griffie, due_text="voor de zomer")
    soon = _commitment(db, griffie, due_text="eind juli", portfolio_holder="burgemeester")
    _commitment(db, griffie, due_text="eind 2024")
    kept = _commitment(db, griffie, due_text="in het voorjaar")
    change_status(db, kept, by=griffie, status="voldaan", fulfilment="Brief")
    assert list_commitments(db, today=TODAY, overdue=True) == [late]
    assert reminders(db, today=TODAY, weeks=4) == {
        "burgemeester": [soon], "wethouder Van Buren": [late]}


def test_csv_export_is_excel_friendly_and_neutralises_formulas(db, griffie):
    _commitment(db, griffie, text="=HYPERLINK(\"http://evil\")", due_text="voor de zomer")
    data = commitments_csv(list_commitments(db, today=TODAY), today=TODAY)
    assert data.startswith("\ufeffNummer;Toezegging;")
    assert "'=HYPERLINK" in data
    assert "\r\n" in data
    assert ";ja;" in data  # te laat


@pytest.mark.parametrize("value, expected", [
    ("=1+1", "'=1+1"), ("+31 20", "'+31 20"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\tx"), ("\rx", "'\rx"), ("gewoon", "gewoon"), (None, ""), (12, "12"),
])
def test_cells_a_spreadsheet_would_run_as_a_formula_are_neutralised(value, expected):
    assert neutralise(value) == expected


def _annotation_with_promise(make_annotation):
    return make_annotation(
        sections=[{"kind": "kernboodschap", "heading": "Algemeen",
                   "body": "- In het voorjaar volgt een brief.\n- Het gaat goed."}],
        questions=[{"text": "Wanneer hoort de raad meer?", "number": "11",
                    "asker": {"name": "Mangal", "party": "Denk"},
                    "variants": [{"body": "Na de zomer wordt u geïnformeerd."}]}],
    )


def test_suggestions_are_offered_once_and_dismissed_ones_do_not_come_back(db, griffie,
                                                                          make_annotation):
    annotation = _annotation_with_promise(make_annotation)  # saving the texts offers them
    offered = open_suggestions(db, annotation.id)
    assert [s.sentence for s in offered] == [
        "In het voorjaar volgt een brief.", "Na de zomer wordt u geïnformeerd."]
    assert suggest_for_annotation(db, annotation) == []
    dismiss_suggestion(db, offered[0], by=griffie)
    assert suggest_for_annotation(db, annotation) == []
    assert [s.sentence for s in open_suggestions(db, annotation.id)] == [
        "Na de zomer wordt u geïnformeerd."]


def test_confirming_a_suggestion_links_the_commitment_to_where_it_was_made(db, griffie,
                                                                           make_annotation):
    annotation = _annotation_with_promise(make_annotation)
    variant = annotation.questions[0].variants[0]
    [suggestion] = [s for s in open_suggestions(db, annotation.id) if s.source_type == "variant"]
    commitment = confirm_suggestion(db, suggestion, by=griffie,
                                    text="De raad wordt na de zomer geïnformeerd.")
    assert commitment.text == "De raad wordt na de zomer geïnformeerd."
    assert (commitment.annotation_id, commitment.question_id, commitment.variant_id) == (
        annotation.id, variant.question.id, variant.id)
    assert commitment.portfolio_holder == "wethouder Van Buren"
    assert (commitment.made_to, commitment.made_on) == ("raad", date(2024, 2, 28))
    assert commitment.asker.name == "Mangal"
    assert commitment.due_date == date(2024, 9, 30)
    assert suggestion.state == "confirmed"
    with pytest.raises(ValidationError, match="afgehandeld"):
        dismiss_suggestion(db, suggestion, by=griffie)


def test_an_open_suggestion_disappears_when_its_sentence_is_edited_away(db, griffie,
                                                                        make_annotation):
    annotation = _annotation_with_promise(make_annotation)
    variant = annotation.questions[0].variants[0]
    assert "variant" in [s.source_type for s in open_suggestions(db, annotation.id)]
    author = annotation.questions[0].variants[0].author
    authoring.update_variant(db, variant, by=author, body="Dat weten we nog niet.")
    assert [s.source_type for s in open_suggestions(db, annotation.id)] == ["section"]


def test_texts_without_suggestions_such_as_questions_offer_nothing(db, make_annotation):
    annotation = _annotation_with_promise(make_annotation)
    assert suggest_commitments(db, annotation.questions[0]) == []
    assert suggest_commitments(db, annotation) == []
