"""Saving an answer through the authoring services offers its commitment-like sentences."""

from sqlalchemy import select

from briefings import authoring
from briefings.models import CommitmentSuggestion


def test_a_saved_answer_with_a_promise_is_offered_as_a_commitment(db, make_annotation):
    annotation = make_annotation(questions=[{
        "text": "Wanneer hoort de raad meer?",
        "asker": {"name": "Mangal", "party": "Denk"},
        "variants": [{"body": "Wij kijken ernaar."}],
    }])
    variant = annotation.questions[0].variants[0]
    assert db.scalars(select(CommitmentSuggestion)).all() == []
    author = db.get(type(variant.author), variant.author_id)
    authoring.update_variant(db, variant, by=author, expected_version=variant.version,
                             body="Ik heb toegezegd dat de raad voor de zomer een brief krijgt.")
    db.commit()
    suggestions = db.scalars(select(CommitmentSuggestion)).all()
    assert [(s.state, s.due_text) for s in suggestions] == [("open", "voor de zomer")]
    assert "toegezegd" in suggestions[0].sentence
