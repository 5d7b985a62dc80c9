"""Editing an approved or chosen variant shows a notice that it is back to concept.

Web level, through the authoring area's variant edit route, which calls
`app.review.helpers.flash_back_to_concept` after `update_variant`.
"""

import pytest

from briefings.models import AnswerVariant


@pytest.mark.parametrize("state, detail",
                         [("akkoord", ""), ("gekozen", " en is niet meer gekozen")])
def test_editing_an_approved_or_chosen_variant_says_it_is_back_to_concept(
        app, client, db, login_as, variant_in, state, detail):
    variant = variant_in(state)
    login_as("auteur")
    response = client.post(f"/annotaties/antwoorden/{variant.id}/bewerken",
                           data={"label": "antwoord", "body": "Ja, met twee weken.",
                                 "explanation": "", "version": str(variant.version)},
                           follow_redirects=True)
    page = response.get_data(as_text=True)
    assert f"het antwoord staat weer op Concept{detail}." in page
    db.expire_all()
    stored = db.get(AnswerVariant, variant.id)
    assert (stored.status, stored.chosen) == ("concept", False)
