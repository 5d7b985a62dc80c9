"""Several indexes (one per app server) follow one change log in the database."""

import os
import sqlite3
import time
from datetime import timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from briefings import authoring
from briefings.models import IndexChange, IndexReplica, User
from search_index import replicas
from search_index.changelog import Position
from search_index.query import Filters
from search_index.service import SearchService
from tests.search.test_indexing import ADMIN


def _found(service, session, word) -> int:
    session.rollback()
    return service.search(session, ADMIN, word, Filters(), pagelen=100)[0].total


@pytest.fixture
def server(app, tmp_path):
    """Start the search service of another app server: its own index, the same database."""
    started = []

    def _server(name):
        service = SearchService(app.extensions["db_sessionmaker"], tmp_path / name)
        service.start()
        started.append(service)
        return service

    yield _server
    for service in started:
        service.close()


def _log_size(db) -> int:
    db.rollback()
    return db.scalar(select(func.count(IndexChange.seq)))


def _add_answer(db, annotation, body):
    question = authoring.get_question(db, annotation.questions[0].id)
    variant = authoring.add_variant(db, question, by=db.get(User, annotation.created_by_id),
                                    body=body)
    db.commit()
    return variant


def test_a_change_saved_through_one_server_is_found_on_the_other(
        app, server, make_annotation, db):
    annotation = make_annotation(questions=[{"text": "Vraag?", "variants": []}])
    a, b = server("a"), server("b")
    _add_answer(db, annotation, "De kinderboerderij blijft open.")
    assert (_found(a, db, "kinderboerderij"), _found(b, db, "kinderboerderij")) == (1, 1)


def test_the_log_is_kept_until_every_known_index_applied_it(app, server, make_annotation, db):
    annotation = make_annotation(questions=[{"text": "Vraag?", "variants": []}])
    a, b = server("a"), server("b")
    app.extensions["search"].apply_pending()
    _add_answer(db, annotation, "De waterbus vaart vaker.")
    assert a.apply_pending() == 1
    assert _log_size(db) > 0  # b has not applied it yet
    assert b.apply_pending() == 1 and app.extensions["search"].apply_pending() == 1
    assert _log_size(db) == 0
    assert a.apply_pending() == 0  # nothing new: its position remembers what it applied


def test_an_index_remembers_its_position_across_a_restart(app, server, make_annotation, db):
    annotation = make_annotation(questions=[{"text": "Vraag?", "variants": []}])
    a = server("a")
    _add_answer(db, annotation, "Het gemaal wordt vervangen.")
    a.apply_pending()
    through = a.index.position().through
    a.close()
    restarted = server("a")
    assert restarted.index.position().through == through
    assert restarted.apply_pending() == 0
    assert _found(restarted, db, "gemaal") == 1


def test_a_new_server_builds_from_the_database_and_follows_from_there(
        app, server, make_annotation, db):
    annotation = make_annotation(questions=[{"text": "Vraag?", "variants": [
        {"body": "De brug gaat open."}]}])
    fresh = server("fresh")
    assert _found(fresh, db, "brug") == 1
    _add_answer(db, annotation, "De brug gaat weer dicht.")
    assert fresh.catch_up() == 1
    assert _found(fresh, db, "brug") == 2


def test_an_index_that_lagged_past_the_retention_rebuilds(app, server, make_annotation, db):
    annotation = make_annotation(questions=[{"text": "Vraag?", "variants": []}])
    lagging = server("lagging")
    _add_answer(db, annotation, "Het sportpark krijgt verlichting.")
    app.extensions["search"].apply_pending()
    assert replicas.prune(app.extensions["db_sessionmaker"], retention=timedelta(0)) > 0
    assert _log_size(db) == 0
    assert db.scalar(select(IndexReplica.stale).where(IndexReplica.name == lagging.name))
    lagging.catch_up()  # the change it missed is gone from the log: it rebuilds
    assert _found(lagging, db, "sportpark") == 1
    db.rollback()
    assert not db.scalar(select(IndexReplica.stale).where(IndexReplica.name == lagging.name))


def test_the_follower_keeps_an_idle_index_current(app, server, make_annotation, db):
    annotation = make_annotation(questions=[{"text": "Vraag?", "variants": []}])
    idle = server("idle")
    idle.start_follower(0.05)
    _add_answer(db, annotation, "De markt verhuist naar het plein.")
    deadline = time.monotonic() + 10
    while idle.lag()[0] and time.monotonic() < deadline:
        time.sleep(0.05)
    assert idle.lag() == (0, 0.0)  # applied without any search or save on this server


@pytest.mark.skipif(not os.environ.get("TEST_DATABASE_URL"),
                    reason="numbers committed out of order happen on PostgreSQL only")
def test_a_change_committed_after_a_later_numbered_one_is_not_skipped(
        app, server, make_annotation, db):
    annotation = make_annotation(questions=[{"text": "Vraag?", "variants": []}])
    a = server("a")
    slow = Session(app.extensions["db_engine"])  # takes its number first, commits last
    _add_answer_uncommitted(slow, annotation, "De veerpont vaart door.")
    _add_answer(db, annotation, "De fietstunnel opent.")
    a.apply_pending()
    assert _found(a, db, "fietstunnel") == 1
    slow.commit()
    slow.close()
    a.apply_pending()
    assert _found(a, db, "veerpont") == 1


def _add_answer_uncommitted(session, annotation, body):
    question = authoring.get_question(session, annotation.questions[0].id)
    authoring.add_variant(session, question, by=session.get(User, annotation.created_by_id),
                          body=body)
    session.flush()


def test_a_gap_waits_for_open_transactions_and_closes_when_they_ended():
    position = Position()
    position.advance([1, 2, 4], horizon=100, xmin=90, now=0.0)
    assert (position.through, position.applied) == (2, {4})
    position.advance([], horizon=101, xmin=99, now=5.0)  # the holder of 3 is still open
    assert position.through == 2 and position.is_new(3) and not position.is_new(4)
    position.advance([3], horizon=102, xmin=99, now=6.0)
    position.advance([], horizon=102, xmin=100, now=7.0)  # every transaction open then ended
    assert (position.through, position.applied) == (4, set())
    position.advance([6], horizon=110, xmin=110, now=7.2)  # 5 rolled back, just seen
    assert position.through == 4
    position.advance([], horizon=110, xmin=110, now=9.0)
    assert position.through == 6


def _sqlite_copy(source, target) -> None:
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)


@pytest.mark.skipif(bool(os.environ.get("TEST_DATABASE_URL")),
                    reason="restores a SQLite backup file in place")
def test_an_index_ahead_of_a_restored_database_rebuilds(
        app, server, make_annotation, db, database_url, tmp_path):
    annotation = make_annotation(questions=[{"text": "Vraag?", "variants": []}])
    live, backup = database_url.removeprefix("sqlite:///"), tmp_path / "backup.db"
    a = server("a")
    db.rollback()
    _sqlite_copy(live, backup)
    _add_answer(db, annotation, "De ijsbaan opent.")
    a.apply_pending()
    assert _found(a, db, "ijsbaan") == 1
    db.rollback()
    _sqlite_copy(backup, live)  # the backup is restored: the answer and its log entry are gone
    db.expunge_all()  # the restored database hands out the same row ids again
    a.catch_up()
    assert _found(a, db, "ijsbaan") == 0
    _add_answer(db, annotation, "De schaatsbaan opent.")  # numbered on from the backup
    a.apply_pending()
    assert _found(a, db, "schaatsbaan") == 1
