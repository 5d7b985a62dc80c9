"""Search: Whoosh vs SQLite FTS5 over generated Dutch answer variants

BENCH_SEARCH_DOCS sets the number of answer variants (default 100,000); BENCH_SEARCH_PROCS the
writer processes of the bulk build (default 2). Columns: "whoosh" is the 10 best hits with
highlighted snippets (total estimated); "fts5" the 10 best by bm25 with snippet(); the last
column is the search page's call, which adds exact counts per filter value over all matches.
The load average is printed: on a shared 2-core machine other work shifts every figure.
"""

import os
import sqlite3
import statistics
import time
from pathlib import Path

from whoosh import index as whoosh_index

from search_index import earlier, query, rebuild, schema
from search_index.analysis import DUTCH_STOP_WORDS
from tests.bench.search_corpus import Corpus

REPEATS = 7
COMMON = ["meldingen", "organisatie", "gemeente", "brief", "college"]
#: rare words and pairs are topic words of single annotations, taken from the corpus below
TWO = ["extern meldpunt", "sociale veiligheid", "anonieme brief"]
PHRASES = ['"sociale veiligheid"', '"extern meldpunt"', '"de brief is anoniem"',
           '"bestuursopdracht inclusie"', '"het college"']
FILTERED = [("meldingen", query.Filters(party="VVD")),
            ("brief", query.Filters(date_from="2024-01-01", date_to="2024-12-31")),
            ("organisatie", query.Filters(approved_only=True)),
            ("racisme", query.Filters(kinds=["variant"], status="akkoord")),
            ("meldpunt", query.Filters(portfolio_holder="burgemeester"))]
EARLIER = ["Waarom is het meldpunt ingericht bij het MDRA?",
           "Wat zijn de bezwaren van een meldpunt bij de ombudsman?",
           "Is er melding gedaan bij Bureau Integriteit, en zo ja, wat is er gedaan?",
           "Welke verantwoordelijkheid neemt de wethouder zelf?",
           "Klopt het dat er bij de ombudsman meldingen zijn gedaan?"]


def run(workdir: Path) -> list[dict]:
    count = int(os.environ.get("BENCH_SEARCH_DOCS", 100_000))
    procs = int(os.environ.get("BENCH_SEARCH_PROCS", 2))
    corpus = Corpus()
    docs = list(corpus.documents(count))
    topics = [corpus.topics[n] for n in sorted(corpus.topics)[::max(1, len(corpus.topics) // 5)]]
    rare = [words[0] for words in topics[:5]]
    pairs = [f"{words[1]} {words[2]}" for words in topics[:2]]
    rows = [_build_whoosh(workdir / "index", docs, count, procs, corpus.source)]
    rows.append(_build_fts(workdir / "fts.db", docs, count))
    ix = whoosh_index.open_dir(str(workdir / "index"))
    db = sqlite3.connect(workdir / "fts.db")
    with ix.searcher() as searcher:
        rows += _compare(searcher, db, rare, TWO + pairs)
    db.close()
    ix.close()
    load = " / ".join(f"{v:.1f}" for v in os.getloadavg())
    rows.append({"measure": f"machine: {os.cpu_count()} cores, load average 1/5/15 min at end: "
                            f"{load}"})
    return rows


def _build_whoosh(path: Path, docs, count, procs, source) -> dict:
    path.mkdir()
    ix = whoosh_index.create_in(str(path), schema.make_schema())
    started, cpu_started = time.perf_counter(), _cpu_seconds()
    with rebuild.bulk_writer(ix, procs) as writer:  # as `flask reindex` builds
        for doc in docs:
            writer.add_document(**doc)
    seconds, cpu = time.perf_counter() - started, _cpu_seconds() - cpu_started
    ix.close()
    return {"measure": f"Whoosh build ({len(docs)} docs, {count} variants, procs={procs}, "
                       f"limitmb={rebuild.LIMIT_MB}; "
                       f"words: {source})",
            "whoosh": f"{count / seconds:,.0f} variants/s ({seconds:.1f} s)",
            "whoosh CPU": f"{count / cpu:,.0f} variants per CPU-second ({cpu:.1f} s, "
                          f"all {procs} writers)",
            "target": ">= 1,000 variants/s"}


def _cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the writer processes)."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def _build_fts(path: Path, docs, count) -> dict:
    db = sqlite3.connect(path)
    db.execute("CREATE VIRTUAL TABLE docs USING fts5(text, kind UNINDEXED, party UNINDEXED, "
               "holder UNINDEXED, day UNINDEXED, status UNINDEXED, chosen UNINDEXED, "
               "tokenize='unicode61 remove_diacritics 2')")
    started = time.perf_counter()
    db.executemany("INSERT INTO docs VALUES (?, ?, ?, ?, ?, ?, ?)", (
        (d["text"], d["kind"], d["party"], d["portfolio_holder"], d["meeting_date"],
         d.get("status", ""), int(d.get("chosen", False))) for d in docs))
    db.commit()
    seconds = time.perf_counter() - started
    db.close()
    return {"measure": "SQLite FTS5 build (same documents, no stemming)",
            "fts5": f"{count / seconds:,.0f} variants/s ({seconds:.1f} s)"}


def _compare(searcher, db, rare, two) -> list[dict]:
    classes = [
        ("single common word", [(q, None) for q in COMMON]),
        ("single rare word", [(q, None) for q in rare]),
        ("two words (AND)", [(q, None) for q in two]),
        ("phrase", [(q, None) for q in PHRASES]),
        ("filtered", FILTERED),
    ]
    rows = []
    for name, queries in classes:
        whoosh_times = _times(lambda q, f: query.search(searcher, q, f or query.Filters(),
                                                        facets=False, exact_total=False),
                              queries)
        page_times = _times(lambda q, f: query.search(searcher, q, f or query.Filters()),
                            queries)
        old_times = _times(lambda q, f: _counted_one_by_one(searcher, q, f), queries)
        fts_times = _times(lambda q, f: _fts(db, q, f), queries)
        rows.append(_row(name, whoosh_times, fts_times, page_times, old_times))
    look = [(q, None) for q in EARLIER]
    rows.append(_row("eerder gezegd (question similarity)",
                     _times(lambda q, f: earlier.similar_question_ids(
                         searcher, q, exclude_annotation="-1", limit=12), look),
                     _times(lambda q, f: _fts_similar(db, q), look), None))
    return rows


def _counted_one_by_one(searcher, text, filters):
    """The search page's counts the way they were made before: Whoosh visits every match."""
    from whoosh import sorting

    parsed = query.restrict(query.parse(searcher, text), filters or query.Filters())
    groupedby = {name: sorting.FieldFacet(name, maptype=sorting.Count) for name in query.FACETS}
    results = searcher.search(parsed, limit=10, groupedby=groupedby)
    return [results.groups(name) for name in query.FACETS]


def _times(call, queries) -> list[float]:
    """Wall-clock milliseconds per call; the CPU milliseconds go to _CPU[call] (on a shared
    machine the wall clock also counts the time other work held the cores)."""
    times, cpu = [], []
    for _ in range(REPEATS):
        for text, filters in queries:
            started, cpu_started = time.perf_counter(), time.process_time()
            call(text, filters)
            times.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - cpu_started) * 1000)
    _CPU[id(times)] = cpu
    return times


_CPU: dict[int, list[float]] = {}


def _cpu(times) -> str:
    cpu = _CPU.get(id(times))
    return f"p50 {_p(cpu, 50):.1f} / p95 {_p(cpu, 95):.1f} ms" if cpu else ""


def _row(name, whoosh, fts, page, old_page=None) -> dict:
    w50, w95 = _p(whoosh, 50), _p(whoosh, 95)
    f50, f95 = _p(fts, 50), _p(fts, 95)
    row = {"measure": f"query: {name}", "whoosh": f"p50 {w50:.1f} / p95 {w95:.1f} ms",
           "whoosh CPU": _cpu(whoosh),
           "fts5": f"p50 {f50:.1f} / p95 {f95:.1f} ms", "fts5 CPU": _cpu(fts),
           "ratio p50 (whoosh/fts5)": f"{w50 / max(f50, 0.001):.1f}x",
           "target": "p50 <= 50, p95 <= 150 ms"}
    if page is not None:
        row["whoosh with counts per filter (search page)"] = \
            f"p50 {_p(page, 50):.1f} / p95 {_p(page, 95):.1f} ms"
        row["search page CPU"] = _cpu(page)
    if old_page is not None:
        row["page, counted match by match as before (CPU)"] = _cpu(old_page)
    return row


def _p(values, pct) -> float:
    return statistics.quantiles(values, n=100)[pct - 1] if len(values) > 1 else values[0]


def _fts(db, text, filters):
    """The same query on FTS5: words AND-ed, phrases quoted, filters as column conditions."""
    match = text if text.startswith('"') else " AND ".join(text.split())
    sql = ("SELECT rowid, snippet(docs, 0, '<mark>', '</mark>', '…', 20) FROM docs "
           "WHERE docs MATCH ?")
    args = [match]
    f = filters or query.Filters()
    if f.party:
        sql, args = sql + " AND party = ?", args + [f.party]
    if f.portfolio_holder:
        sql, args = sql + " AND holder = ?", args + [f.portfolio_holder]
    if f.date_from:
        sql, args = sql + " AND day BETWEEN ? AND ?", args + [f.date_from, f.date_to]
    if f.approved_only or f.status:
        sql += " AND (status = 'akkoord' OR chosen = 1)"
    if f.kinds:
        sql, args = sql + " AND kind = ?", args + [f.kinds[0]]
    return db.execute(sql + " ORDER BY rank LIMIT 10", args).fetchall()


def _fts_similar(db, text):
    words = [w for w in text.lower().replace("?", " ").replace(",", " ").split()
             if w not in DUTCH_STOP_WORDS][:8]
    return db.execute("SELECT rowid FROM docs WHERE docs MATCH ? AND kind = 'question' "
                      "ORDER BY rank LIMIT 12", [" OR ".join(words)]).fetchall()
