"""Searching: Dutch stemming, phrases, operators, filters, and the press role's limits."""

from types import SimpleNamespace

from search_index.query import Filters
from tests.search.conftest import variants_of

QUESTION = {"text": "Hoeveel meldingen zijn er gedaan?",
            "asker": {"name": "Mangal", "party": "Denk"}}


def _search(service, db, text, role="beheer", **filters):
    user = SimpleNamespace(id=None, role=role, active=True)
    result, rows = service.search(db, user, text, Filters(**filters))
    return result, rows


def _texts(rows):
    return [row.hit.fields["text"] for row in rows]


def test_searching_melding_finds_a_text_that_only_says_meldingen(make_annotation, service, db):
    make_annotation(questions=[{**QUESTION, "variants": [
        {"body": "Er zijn 24 Meldingen binnengekomen."}]}])
    result, rows = _search(service, db, "melding")
    assert "Er zijn 24 Meldingen binnengekomen." in _texts(rows)
    assert "<mark>Meldingen</mark>" in rows[0].hit.highlight or any(
        "<mark>Meldingen</mark>" in r.hit.highlight for r in rows)


def test_accents_are_folded_so_ideeen_finds_ideeen_with_trema(make_annotation, service, db):
    make_annotation(questions=[{**QUESTION, "variants": [{"body": "Goede ideeën uit de stad."}]}])
    assert "Goede ideeën uit de stad." in _texts(_search(service, db, "ideeen")[1])


def test_a_phrase_query_finds_the_phrase_only(make_annotation, service, db):
    make_annotation(questions=[{**QUESTION, "variants": [
        {"body": "De brief is anoniem verstuurd."},
        {"label": "alternatief_antwoord", "body": "Anoniem was de brief niet."},
    ]}])
    phrase = _texts(_search(service, db, '"brief is anoniem"')[1])
    assert phrase == ["De brief is anoniem verstuurd."]
    assert len(_search(service, db, "brief anoniem")[1]) == 2


def test_operators_and_prefixes_work(make_annotation, service, db):
    make_annotation(questions=[{**QUESTION, "variants": [
        {"body": "Het meldpunt is extern."},
        {"label": "alternatief_antwoord", "body": "Het meldpunt is intern."},
    ]}])
    assert _texts(_search(service, db, "meldpunt NOT intern")[1]) == ["Het meldpunt is extern."]
    assert len(_search(service, db, "extern OR intern")[1]) == 2
    assert len(_search(service, db, "meldp*")[1]) == 2


def test_a_very_long_or_odd_query_is_capped_and_does_not_fail(make_annotation, service, db):
    make_annotation(questions=[{**QUESTION, "variants": [{"body": "Het meldpunt is extern."}]}])
    result, _ = _search(service, db, "meldpunt " + "(a OR \"b " * 5000)
    assert len(result.query) <= 200
    assert _search(service, db, "a* ? : ^ \"")[0].total == 0


def test_notes_are_never_indexed(make_annotation, service, db):
    make_annotation(questions=[{**QUESTION, "note": "Geheime interne opmerking", "variants": []}])
    assert _search(service, db, "geheime")[0].total == 0


def test_the_press_role_sees_only_approved_or_chosen_answers(make_annotation, service, db, approve):
    annotation = make_annotation(questions=[{**QUESTION, "variants": [
        {"body": "Concepttekst over het meldpunt."},
        {"label": "alternatief_antwoord", "body": "Goedgekeurde tekst over het meldpunt."},
        {"label": "alternatief_antwoord", "body": "Gekozen tekst over het meldpunt."},
    ]}])
    draft, approved, chosen = variants_of(annotation)
    approve(approved)
    approve(chosen, chosen=True)
    press = _texts(_search(service, db, "meldpunt", role="pers")[1])
    assert sorted(press) == ["Gekozen tekst over het meldpunt.",
                             "Goedgekeurde tekst over het meldpunt."]
    assert len(_search(service, db, "meldpunt", role="auteur")[1]) == 3
    chosen_only = _texts(_search(service, db, "meldpunt", role="auteur", status="gekozen")[1])
    assert chosen_only == ["Gekozen tekst over het meldpunt."]


def test_filters_narrow_by_party_portfolio_holder_and_date(make_annotation, service, db):
    make_annotation(questions=[{**QUESTION, "variants": [{"body": "Meldpunt in februari."}]}])
    make_annotation(portfolio_holder="burgemeester",
                    meeting={"body": "raad", "name": "Raad", "dates": ["2025-07-09"]},
                    questions=[{"text": "Vraag?", "asker": {"name": "Jansen", "party": "VVD"},
                                "variants": [{"body": "Meldpunt in juli."}]}])
    def found(**filters):
        return _texts(_search(service, db, "meldpunt", **filters)[1])

    assert found(party="VVD") == ["Meldpunt in juli."]
    assert found(portfolio_holder="burgemeester") == ["Meldpunt in juli."]
    assert found(date_to="2024-12-31") == ["Meldpunt in februari."]
    assert found(date_from="2025-01-01", date_to="2025-12-31") == ["Meldpunt in juli."]
    result, _ = _search(service, db, "meldpunt")
    assert result.facets["party"] == {"Denk": 1, "VVD": 1}


def test_a_changed_header_reaches_the_answers_under_it(app, make_annotation, service, db):
    from briefings import authoring
    from briefings.models import User

    annotation = make_annotation(questions=[{**QUESTION, "variants": [{"body": "De kade."}]}])
    by = db.get(User, annotation.created_by_id)
    authoring.update_header(db, annotation, by=by, portfolio_holder="burgemeester")
    db.commit()
    assert _texts(_search(service, db, "kade", portfolio_holder="burgemeester")[1]) == ["De kade."]
    assert _search(service, db, "kade", portfolio_holder="wethouder Van Buren")[0].total == 0


def test_kernboodschap_bullets_and_commitments_are_found_with_their_place(
        make_annotation, service, db):
    from briefings.changes import enqueue_index
    from briefings.models import Commitment

    annotation = make_annotation(sections=[{"kind": "kernboodschap", "heading": "Algemeen",
                                            "body": "- De kade wordt hersteld.\n- Iets anders."}])
    commitment = Commitment(text="De raad krijgt een brief over de kade.", due_text="voor de zomer",
                            annotation_id=annotation.id, portfolio_holder="wethouder Van Buren")
    db.add(commitment)
    enqueue_index(db, commitment)
    db.commit()
    result, rows = _search(service, db, "kade")
    kinds = {row.hit.kind: row for row in rows}
    assert set(kinds) == {"kernboodschap", "commitment"}
    assert kinds["kernboodschap"].anchor == f"onderdeel-{annotation.sections[0].id}"
    assert "Algemeen: De kade wordt hersteld." == kinds["kernboodschap"].hit.fields["text"]
    assert result.facets["kind"] == {"commitment": 1, "kernboodschap": 1}
