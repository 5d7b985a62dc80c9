"""Helpers for the search tests: approving answers directly (the review workflow is elsewhere)."""

import pytest

from briefings.changes import enqueue_index


@pytest.fixture
def approve(db):
    """Mark variants approved (and optionally chosen), queueing their index update."""
    def _approve(*variants, chosen=False):
        for variant in variants:
            variant = db.merge(variant)
            variant.status = "akkoord"
            variant.chosen = chosen
            enqueue_index(db, variant)
        db.commit()

    return _approve


@pytest.fixture
def service(app):
    return app.extensions["search"]


def variants_of(annotation):
    return [v for q in annotation.questions for v in q.variants]
