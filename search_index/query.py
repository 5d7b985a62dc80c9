"""Queries: parse the user's words, apply filters, return ids, scores, highlights and counts."""

from dataclasses import dataclass, field
from html import escape

from whoosh import highlight, sorting
from whoosh.query import And, Not, NullQuery, Or, Term, TermRange

from search_index.analysis import clean_query, make_parser

#: the fields shown with counts next to the results
FACETS = ("kind", "status", "portfolio_holder", "party", "asker")
ANSWER_KINDS = ("variant", "explanation")


@dataclass
class Filters:
    kinds: list[str] = field(default_factory=list)
    asker: str = ""
    party: str = ""
    portfolio_holder: str = ""
    date_from: str = ""  # ISO dates
    date_to: str = ""
    #: "akkoord" (approved or chosen answers only) or "gekozen" (chosen answers only)
    status: str = ""
    #: answers must be approved or chosen; other kinds pass (the press role always has this)
    approved_only: bool = False
    exclude_annotation: str = ""


@dataclass
class Hit:
    doc_id: str
    kind: str
    entity_type: str
    entity_id: int
    annotation_id: int | None
    question_id: int | None
    score: float
    #: escaped HTML with the matched words in <mark>
    highlight: str
    fields: dict


@dataclass
class Result:
    query: str
    total: int
    hits: list[Hit]
    facets: dict[str, dict[str, int]]
    page: int
    pagelen: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.pagelen))


class _MarkFormatter(highlight.Formatter):
    """Escape the text, then wrap each matched word in <mark>: no HTML from the text survives."""

    between = " … "

    def format_token(self, text, token, replace=False):
        return f"<mark>{escape(highlight.get_text(text, token, replace))}</mark>"

    def _text(self, text):
        return escape(text)


def approved_filter():
    approved = Or([Term("status", "akkoord"), Term("chosen", True)])
    return Or([Not(Or([Term("kind", k) for k in ANSWER_KINDS])), approved])


def filter_query(filters: Filters):
    """Return the whoosh query all hits must match, or None."""
    parts = []
    if filters.kinds:
        parts.append(Or([Term("kind", k) for k in filters.kinds]))
    for name in ("asker", "party", "portfolio_holder"):
        if getattr(filters, name):
            parts.append(Term(name, getattr(filters, name)))
    if filters.date_from or filters.date_to:
        parts.append(TermRange("meeting_date", filters.date_from or "0000", filters.date_to
                               or "9999-99-99"))
    if filters.status == "gekozen":
        parts.append(Term("chosen", True))
    elif filters.status == "akkoord":
        parts.append(Or([Term("kind", k) for k in ANSWER_KINDS]))
        parts.append(approved_filter())
    if filters.approved_only:
        parts.append(approved_filter())
    if filters.exclude_annotation:
        parts.append(Not(Term("annotation_id", filters.exclude_annotation)))
    return And(parts) if parts else None


def parse(searcher, text: str):
    """Return the parsed query, or None when nothing searchable is left."""
    text = clean_query(text)
    if not text:
        return None
    query = make_parser(searcher.schema).parse(text)
    return None if query is NullQuery else query


def search(searcher, text: str, filters: Filters | None = None, *, page: int = 1,
           pagelen: int = 10, facets: bool = True) -> Result:
    """Run a search; `facets` adds counts per value of the FACETS fields over all matches."""
    filters = filters or Filters()
    query = parse(searcher, text)
    page = max(1, page)
    if query is None:
        return Result(clean_query(text), 0, [], {}, page, pagelen)
    groupedby = {name: sorting.FieldFacet(name, maptype=sorting.Count) for name in FACETS}
    results = searcher.search_page(
        query, page, pagelen=pagelen, filter=filter_query(filters), terms=True,
        groupedby=groupedby if facets else None,
    )
    results.results.fragmenter = highlight.ContextFragmenter(maxchars=220, surround=60)
    results.results.formatter = _MarkFormatter()
    hits = [_hit(hit) for hit in results]
    counts = {name: _counts(results.results, name) for name in FACETS} if facets else {}
    return Result(clean_query(text), len(results), hits, counts, page, pagelen)


def _counts(results, name) -> dict[str, int]:
    groups = results.groups(name)
    return dict(sorted(((str(k), v) for k, v in groups.items() if k not in (None, "")),
                       key=lambda item: (-item[1], item[0])))


def _hit(hit) -> Hit:
    fields = hit.fields()
    entity_type, entity_id = fields["entity"].split(":")
    return Hit(
        doc_id=fields["doc_id"], kind=fields["kind"], entity_type=entity_type,
        entity_id=int(entity_id),
        annotation_id=int(fields["annotation_id"]) if fields.get("annotation_id") else None,
        question_id=int(fields["question_id"]) if fields.get("question_id") else None,
        score=round(hit.score, 3),
        highlight=hit.highlights("text", top=2) or escape(fields.get("text", "")[:220]),
        fields=fields,
    )
