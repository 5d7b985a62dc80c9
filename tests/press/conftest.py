"""Fixtures of the press tests."""

import pytest


@pytest.fixture
def approved_variant(db, make_annotation):
    annotation = make_annotation(questions=[{
        "text": "Hoeveel meldingen van discriminatie kwamen binnen?", "number": "11",
        "asker": {"name": "Mangal", "party": "Denk"},
        "variants": [{"body": "Er kwamen vijftien meldingen binnen."}]}])
    variant = annotation.questions[0].variants[0]
    variant.status = "akkoord"
    db.commit()
    return variant
