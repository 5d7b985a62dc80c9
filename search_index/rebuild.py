"""Rebuilding the index from the database: into a new generation, swapped in atomically."""

import contextlib
import gc
import logging
import os
import time

from sqlalchemy import func, select
from whoosh import index as whoosh_index

from briefings.models import Annotation, Commitment, PressLine
from search_index import changelog, documents, indexing, replicas, schema

log = logging.getLogger(__name__)

#: seconds a rebuild waits for a running writer before building anyway
LOCK_WAIT = 30
#: megabytes of postings a writer (each process) keeps in memory before spilling sorted runs
#: to disk (search_index.posting_pool): 1024 keeps a 100,000-variant build in two processes in
#: memory and saves 5% CPU, but takes about 1 GB per process on the server that rebuilds
LIMIT_MB = 512
#: writer processes of `flask reindex`: the bulk build is CPU-bound Python, and each writer
#: process analyses and writes its own segment (the app's start-up rebuild stays in-process)
CLI_PROCS = min(2, os.cpu_count() or 1)


def count_items(session) -> int:
    """Return how many progress steps a rebuild takes (annotations, commitments, lines)."""
    return sum(session.scalar(select(func.count(model.id))) or 0
               for model in (Annotation, Commitment, PressLine))


def rebuild(session_factory, root, *, progress=None, procs=1, limitmb=LIMIT_MB, warn=None,
            name=None) -> int:
    """Build a fresh index from the database, swap it in, return the number of documents.

    Writers of the old generation are held off meanwhile. The new generation starts at the
    change-log position read just before the build: every change logged by then is in the data
    it read, and what comes after is applied from the log. While it builds, the index `name`
    keeps the whole log from being pruned.
    """
    lock = _hold_old_writers(root)
    try:
        if name is not None:
            replicas.hold(session_factory, name)
        with session_factory() as session:
            seen = changelog.all_sequence_numbers(session)
            position = changelog.Position.built_from(seen, changelog.horizon(session),
                                                     changelog.oldest_open(session))
            generation = schema.new_generation(root)
            count = _build(session, generation, progress, procs, limitmb)
            if warn is not None:
                _add_warnings(session, generation, warn)
            position.write(generation)
            schema.swap_in(root, generation)
    finally:
        if lock is not None:
            lock.release()
    if name is not None:
        replicas.report(session_factory, name, position.through, rebuilt=True)
    return count


def _hold_old_writers(root):
    try:
        ix = schema.open_current(root)
    except Exception:
        return None
    lock = ix.lock("WRITELOCK")
    deadline = time.monotonic() + LOCK_WAIT
    while not lock.acquire(blocking=False):
        if time.monotonic() > deadline:
            log.warning("index writer busy for %s s; rebuilding anyway", LOCK_WAIT)
            return None
        time.sleep(0.05)
    return lock


def all_documents(session, progress=None):
    """Yield every document the database says the index holds (what a rebuild writes)."""
    for annotation in documents.load_annotations(session):
        yield from documents.annotation_documents(annotation)
        if progress:
            progress(1)
    for items, make in ((documents.all_commitments(session), documents.commitment_documents),
                        (documents.all_lines(session), documents.line_documents)):
        for item in items:
            yield from make(item)
            if progress:
                progress(1)


def _build(session, generation, progress, procs, limitmb) -> int:
    ix = whoosh_index.open_dir(str(generation))
    count = 0
    try:
        with bulk_writer(ix, procs, limitmb) as writer:
            for doc in all_documents(session, progress):
                writer.add_document(**doc)
                count += 1
    finally:
        ix.close()
    return count


@contextlib.contextmanager
def bulk_writer(ix, procs=1, limitmb=LIMIT_MB):
    """Yield a writer for a whole index; commit it at the end, or cancel it on an error.

    Each writer process keeps one segment (no final merge), and Python's cyclic garbage
    collector is paused meanwhile: a build holds millions of postings until its commit, and
    every full collection walks them all again (a tenth of the CPU time of a 100,000-variant
    build). The writer processes are forked from here, so they inherit the pause.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        writer = ix.writer(procs=procs, limitmb=limitmb, multisegment=procs > 1)
        try:
            yield writer
            writer.commit()
        except BaseException:
            writer.cancel()
            raise
    finally:
        if collecting:
            gc.enable()


def _add_warnings(session, generation, warn) -> None:
    """Give draft variants their consistency warnings, now that every answer is indexed."""
    from briefings.models import AnswerVariant

    drafts = session.scalars(
        select(AnswerVariant).where(AnswerVariant.status.in_(indexing.DRAFT_STATUSES))
    ).all()
    if not drafts:
        return
    ix = whoosh_index.open_dir(str(generation))
    try:
        writer = ix.writer()
        with ix.searcher() as searcher:
            indexing.update_warnings(session, searcher, writer, drafts, warn)
        writer.commit()
    finally:
        ix.close()
