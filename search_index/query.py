"""Queries: parse the user's words, apply filters, return ids, scores, highlights and counts."""

import re
from dataclasses import dataclass, field, replace
from html import escape
from itertools import islice

from whoosh import highlight, sorting
from whoosh.collectors import TimeLimit, TimeLimitCollector
from whoosh.query import (
    And,
    AndMaybe,
    AndNot,
    NullQuery,
    NumericRange,
    Or,
    Prefix,
    Require,
    Term,
)

from search_index import counting, names, suggest, topk, understanding
from search_index.analysis import OPERATOR_WORDS, clean_query, make_parser
from search_index.matchers import AllowMatcher, allowed_docs, with_quality_phrases

#: seconds the counts per filter value may take before the page goes without them
COUNT_TIME_LIMIT = 0.1
#: seconds the counts may take when the exact number of hits needs the same reading
FINISH_TIME_LIMIT = 10
#: the fields shown with counts next to the results
FACETS = ("kind", "status", "portfolio_holder", "party", "asker")
ANSWER_KINDS = ("variant", "explanation")


class Filtered(Require):
    """Documents of the first query that also match the second, scored by the first only."""

    def matcher(self, searcher, context=None):
        scored = self.a.matcher(searcher, context)
        return AllowMatcher(scored, allowed_docs(searcher, self.b))


@dataclass
class Filters:
    kinds: list[str] = field(default_factory=list)
    #: as typed: any spelling or part of a name ("Vries"); or the values themselves
    asker: str | tuple[str, ...] = ""
    party: str | tuple[str, ...] = ""
    portfolio_holder: str = ""
    date_from: str = ""  # ISO dates
    date_to: str = ""
    #: "akkoord" (approved or chosen answers only) or "gekozen" (chosen answers only)
    status: str = ""
    #: only what the press office may see (briefings.visibility): the press role always has
    #: this, others may ask for it (`flask search --approved-only`)
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
    #: counts were asked for but would have taken too long (a very common word)
    counts_skipped: bool = False
    #: `query` found nothing; these are the hits of this corrected query ("Bedoelde u: ...?")
    suggestion: str | None = None
    #: no document has all the words of `query`; these hits have some of them, the most first
    any_words: bool = False
    #: a month and year in the query read as the meeting's period (understanding.period):
    #: the hits are of that month, the page says so and offers the search without it
    period: understanding.Period | None = None

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
    """Answers that are approved or chosen, and every document that is not an answer."""
    return Term("public", True)


def press_filter():
    """Documents the press office may see: briefings.visibility's answer, stored per document."""
    return Term("visible_to_pers", True)


def filter_query(filters: Filters):
    """Return the query every hit must also match, or None."""
    parts = []
    if filters.kinds:
        parts.append(Or([Term("kind", k) for k in filters.kinds]))
    for name in ("asker", "party", "portfolio_holder"):
        values = getattr(filters, name)
        if isinstance(values, str):
            values = (values,) if values else ()
        if values:
            parts.append(Or([Term(name, v) for v in values]) if len(values) > 1
                         else Term(name, values[0]))
    if filters.date_from or filters.date_to:
        parts.append(NumericRange("meeting_day", _day(filters.date_from), _day(filters.date_to)))
    if filters.status == "gekozen":
        parts.append(Term("chosen", True))
    elif filters.status == "akkoord":
        if not filters.kinds or not set(filters.kinds) <= set(ANSWER_KINDS):
            parts.append(Or([Term("kind", k) for k in ANSWER_KINDS]))
        parts.append(approved_filter())
    if filters.approved_only:
        parts.append(press_filter())
    return And(parts) if len(parts) > 1 else (parts[0] if parts else None)


def _day(iso: str) -> int | None:
    return int(iso.replace("-", "")) if iso else None


def restrict(query, filters: Filters):
    """Fold the filters into the query (scored by the user's words only).

    Whoosh turns a `filter=` argument into a set of every matching document on each search;
    here the filter's documents are computed once per index segment and cached (see
    matchers.allowed_docs), and the words' matches are checked against that set.
    """
    required = filter_query(filters)
    if required is not None:
        query = Filtered(query, required)
    if filters.exclude_annotation:
        query = AndNot(query, Term("annotation_id", filters.exclude_annotation))
    return query


def parse(searcher, text: str):
    """Return the parsed query, or None when nothing searchable is left; words about the
    text rather than its topic rank without being required (understanding.optional_words)."""
    text = clean_query(text)
    if not text:
        return None
    required, optional = understanding.optional_words(text)
    query = _parsed(searcher, understanding.separated_particles(
        understanding.joined_hyphens(required)))
    ranked = _parsed(searcher, " OR ".join(optional)) if optional else None
    return query if query is None or ranked is None else AndMaybe(query, ranked)


def _parsed(searcher, text: str):
    query = make_parser(searcher.schema).parse(text)
    if query is NullQuery:
        return None
    return names.with_names(searcher, text, _scored_prefixes(searcher, with_quality_phrases(query)))


#: a prefix with up to this many words in the index is scored like those words (the better
#: matches first); more, and every match scores the same, which costs one pass, not one per word
SCORED_PREFIX_WORDS = 64


def _scored_prefixes(searcher, query):
    reader = searcher.reader()

    def swap(q):
        if isinstance(q, Prefix) and q.constantscore:
            words = islice(q._btexts(reader), SCORED_PREFIX_WORDS + 1)
            if sum(1 for _ in words) <= SCORED_PREFIX_WORDS:
                return Prefix(q.fieldname, q.text, boost=q.boost, constantscore=False)
        return q
    return query.accept(swap)


def search(searcher, text: str, filters: Filters | None = None, *, page: int = 1,
           pagelen: int = 10, facets: bool = True, exact_total: bool = True,
           correct: bool = True, understand: bool = True) -> Result:
    """Run a search; `facets` adds counts per value of the FACETS fields over all matches.

    The total comes from the counts; without them it costs a second pass over the matches
    unless `exact_total` is off (then it is whoosh's upper estimate). When nothing matches and
    a word is one slip away from a word in the index, the corrected query's hits come back
    with the correction as `suggestion`. With `understand`, a month and year in the query
    are the meeting's period when no dates were chosen and that month has hits.
    """
    filters = filters or Filters()
    rest, period = understanding.period(text) if understand else (text, None)
    if period is not None and not (filters.date_from or filters.date_to):
        within = replace(filters, date_from=period.date_from, date_to=period.date_to)
        found = _search_words(searcher, rest, within, page, pagelen, facets, exact_total,
                              correct)
        if found.total:
            return replace(found, query=clean_query(text), period=period)
    return _search_words(searcher, text, filters, page, pagelen, facets, exact_total, correct)


def _search_words(searcher, text, filters, page, pagelen, facets, exact_total, correct):
    result = _search(searcher, text, filters, page, pagelen, facets, exact_total)
    if correct and page == 1 and not result.hits:
        suggestion = suggest.correct(searcher, result.query) if result.query else None
        if suggestion:
            found = _search(searcher, suggestion, filters, page, pagelen, facets, exact_total)
            if found.hits:
                return replace(found, query=result.query, suggestion=suggestion)
    loose = any_of_the_words(result.query) if not result.total else None
    if loose:
        found = _search(searcher, loose, filters, page, pagelen, facets, exact_total)
        if found.total:
            return replace(found, query=result.query, any_words=True)
    return result


def any_of_the_words(text: str) -> str | None:
    """Return the words of a plain query of several words joined by OR, or None.

    "toezegging fietsenstalling" has no document with both words: rather than nothing, the
    documents with most of them (BM25 ranks a document with more and rarer words higher).
    A query with quotes, operators, groups or prefixes asked for exactly what it says.
    """
    words = text.split()
    if len(words) < 2 or any(w in OPERATOR_WORDS for w in words) or re.search(r'["()*]', text):
        return None
    return " OR ".join(words)


def _search(searcher, text, filters, page, pagelen, facets, exact_total) -> Result:
    filters = _names_as_indexed(searcher, filters or Filters())
    query = parse(searcher, text)
    page = max(1, page)
    if query is None:
        return Result(clean_query(text), 0, [], {}, page, pagelen)
    query = restrict(query, filters)
    counts, results = None, None
    if facets and counting.from_sets(query):
        counts = _counted(searcher, query, COUNT_TIME_LIMIT)
        if counts is None and exact_total:
            # only a phrase's positions can run past the limit; the exact total needs them all
            # read anyway, and what was read is kept: finish once, for the total and the counts
            counts = _counted(searcher, query, FINISH_TIME_LIMIT)
    elif facets:
        counts, results = _counted_while_searching(searcher, query, page * pagelen)
    total = None
    if results is None:
        fast = topk.search(searcher, query, page * pagelen,
                           exact=exact_total and counts is None)
        if fast is not None:
            results, total = fast
        else:
            results = searcher.search(query, limit=page * pagelen)
    results.fragmenter = highlight.ContextFragmenter(maxchars=220, surround=60)
    results.formatter = _MarkFormatter()
    hits = [_hit(hit) for hit in results[(page - 1) * pagelen: page * pagelen]]
    if counts is not None:
        total = sum(counts["kind"].values())
    elif total is None:
        total = len(results) if exact_total else results.estimated_length()
    return Result(clean_query(text), total, hits, counts if total else {}, page, pagelen,
                  counts_skipped=facets and counts is None)


def _names_as_indexed(searcher, filters: Filters) -> Filters:
    """The asker and party typed in the form as the values the index holds ("Vries" ->
    "de Vries"); a name that matches none stays as typed and finds nothing."""
    found = {}
    for name in ("asker", "party"):
        typed = getattr(filters, name)
        if isinstance(typed, str) and typed:
            typed = names.asker_key(typed) if name == "asker" else typed
            found[name] = tuple(names.matching_values(searcher.reader(), name, typed)) or typed
    return replace(filters, **found) if found else filters


def _counted(searcher, query, time_limit) -> dict[str, dict[str, int]] | None:
    """Return counts per FACETS value over all matches, or None when counting overran its
    time (reading the positions of a phrase over very common words)."""
    try:
        found = counting.counts(searcher, query, FACETS, time_limit=time_limit)
    except counting.TooSlow:
        return None
    return {name: dict(sorted(values.items(), key=lambda item: (-item[1], item[0])))
            for name, values in found.items()}


def _counted_while_searching(searcher, query, limit):
    """Return (counts, results) from one pass over the matches, for a phrase: its positions
    are read once, for the top hits and the counts together; (None, None) past the time."""
    groupedby = {name: sorting.FieldFacet(name, maptype=sorting.Count) for name in FACETS}
    collector = TimeLimitCollector(searcher.collector(limit=limit, groupedby=groupedby),
                                   timelimit=COUNT_TIME_LIMIT, use_alarm=False)
    try:
        searcher.search_with_collector(query, collector)
    except TimeLimit:
        return None, None
    results = collector.results()
    counts = {}
    for name in FACETS:
        groups = results.groups(name)
        counts[name] = dict(sorted(((str(k), v) for k, v in groups.items()
                                    if k not in (None, "")),
                                   key=lambda item: (-item[1], item[0])))
    return counts, results


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
