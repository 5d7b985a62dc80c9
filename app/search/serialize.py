"""The JSON shape of search results (API and `flask search --json`)."""

from briefings.messages import msg
from search_index.schema import KINDS


def result_json(result, rows) -> dict:
    return {
        "query": result.query,
        #: the query found nothing; the results are those of this correction
        "suggestion": result.suggestion,
        #: no result has all the words; the results have some of them
        "any_words": result.any_words,
        #: a month and year in the query were read as the meeting's period ("maart 2024")
        "period": _period(result.period),
        "total": result.total,
        "page": result.page,
        "pages": result.pages,
        "results": [_row(row) for row in rows],
        "counts": result.facets,
        "counts_skipped": result.counts_skipped,
    }


def _period(period) -> dict | None:
    if period is None:
        return None
    return {"words": period.words, "label": period.label, "date_from": period.date_from,
            "date_to": period.date_to,
            "said": msg("search.gezocht_in_periode", periode=period.label, woorden=period.words)}


def _row(row) -> dict:
    hit = row.hit
    fields = hit.fields
    return {
        "kind": hit.kind, "kind_label": KINDS.get(hit.kind, hit.kind),
        "id": hit.entity_id, "entity_type": hit.entity_type,
        "annotation_id": hit.annotation_id, "question_id": hit.question_id,
        "score": hit.score, "highlight": hit.highlight,
        "url": _url(row),
        "asker": fields.get("asker") or None, "party": fields.get("party") or None,
        "portfolio_holder": fields.get("portfolio_holder") or None,
        "meeting_date": fields.get("meeting_date") or None,
        "status": getattr(row.obj, "status", None),
        "chosen": bool(getattr(row.obj, "chosen", False)),
    }


def _url(row) -> str | None:
    if row.hit.entity_type == "line":
        return f"/pers/lijnen/{row.hit.entity_id}"
    if row.annotation_id is None:
        return None
    anchor = f"#{row.anchor}" if row.anchor else ""
    return f"/annotaties/{row.annotation_id}{anchor}"
