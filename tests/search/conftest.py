"""Helpers for the search tests: approving answers directly (the review workflow is elsewhere)."""

import json
import re

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


def cli_search(runner, text) -> dict:
    """`flask search TEXT --json`, as a user at the command line runs it."""
    result = runner.invoke(args=["search", text, "--json", "--limit", "20"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def hit_texts(data) -> list[str]:
    """The snippets of a search's hits as a reader sees them, without the <mark> tags."""
    return [re.sub(r"</?mark>", "", r["highlight"]) for r in data["results"]]
