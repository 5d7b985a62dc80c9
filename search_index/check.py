"""Compare the index with the database: what `flask check-index` reports."""

from dataclasses import dataclass

from search_index.rebuild import all_documents

#: stored fields whose value must match the database
COMPARED = ("entity", "kind", "text", "status", "chosen", "asker", "party", "portfolio_holder",
            "meeting_date", "annotation_id", "question_id")
MISSING, EXTRA, OUTDATED = "ontbreekt in de index", "staat nog in de index", "verouderd"


@dataclass(frozen=True)
class Difference:
    doc_id: str
    problem: str
    #: the fields that differ, for an outdated document
    fields: tuple[str, ...] = ()


def compare(session, searcher) -> tuple[int, list[Difference]]:
    """Return (documents in the database, differences between index and database)."""
    expected = {doc["doc_id"]: doc for doc in all_documents(session)}
    indexed = {fields["doc_id"]: fields for fields in searcher.all_stored_fields()}
    differences = [Difference(d, MISSING) for d in sorted(expected.keys() - indexed.keys())]
    differences += [Difference(d, EXTRA) for d in sorted(indexed.keys() - expected.keys())]
    for doc_id in sorted(expected.keys() & indexed.keys()):
        changed = tuple(f for f in COMPARED
                        if _value(expected[doc_id].get(f)) != _value(indexed[doc_id].get(f)))
        if changed:
            differences.append(Difference(doc_id, OUTDATED, changed))
    return len(expected), differences


def _value(value):
    return value or None  # absent, empty and False all mean "not set"
