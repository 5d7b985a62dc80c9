"""Index writes never get lost: outbox after commit, two writers, a crash, start-up, reindex."""

import multiprocessing
import shutil
from pathlib import Path
from types import SimpleNamespace

from sqlalchemy import func, select

from app import create_app
from app.db import db_session
from briefings import authoring
from briefings.db import make_engine, make_session_factory
from briefings.models import IndexChange, User
from search_index.query import Filters
from search_index.service import SearchService

ADMIN = SimpleNamespace(id=None, role="beheer", active=True)


def _found(service, session, text) -> list[str]:
    _, rows = service.search(session, ADMIN, text, Filters(), pagelen=100)
    return [row.hit.fields["text"] for row in rows]


def _outbox(db) -> int:
    db.rollback()
    return db.scalar(select(func.count(IndexChange.seq)))


def test_an_answer_saved_in_the_app_is_findable_right_after_the_commit(app, make_annotation, db):
    annotation = make_annotation(questions=[{"text": "Vraag?", "variants": []}])
    service = app.extensions["search"]
    with app.app_context():
        session = db_session()
        question = authoring.get_question(session, annotation.questions[0].id)
        by = session.scalars(select(User)).first()
        authoring.add_variant(session, question, by=by, body="Het zwembad gaat dicht.")
        session.commit()
        assert _outbox(db) == 0  # applied by the commit hook, not by the search below
        assert "Het zwembad gaat dicht." in _found(service, session, "zwembad")


def test_a_deleted_answer_is_not_found(app, make_annotation, db):
    annotation = make_annotation(questions=[{"text": "Vraag?", "variants": [
        {"body": "De bibliotheek blijft open."}]}])
    service = app.extensions["search"]
    with app.app_context():
        session = db_session()
        assert _found(service, session, "bibliotheek")
        variant = authoring.get_variant(session, annotation.questions[0].variants[0].id)
        by = session.get(User, variant.author_id)
        authoring.delete_variant(session, variant, by=by)
        session.commit()
        assert _found(service, session, "bibliotheek") == []


def test_deleting_an_annotation_removes_all_its_documents(app, make_annotation, db):
    annotation = make_annotation(sections=[{"kind": "kernboodschap", "heading": "Algemeen",
                                            "body": "- De fietsenstalling komt er."}],
                                 questions=[{"text": "Komt de fietsenstalling er?", "variants": [
                                     {"body": "Ja, de fietsenstalling komt er."}]}])
    service = app.extensions["search"]
    with app.app_context():
        session = db_session()
        assert len(_found(service, session, "fietsenstalling")) == 3
        target = authoring.get_annotation(session, annotation.id)
        by = session.get(User, target.created_by_id)
        authoring.delete_annotation(session, target, by=by)
        session.commit()
        assert _found(service, session, "fietsenstalling") == []


def test_a_crash_between_commit_and_index_write_loses_nothing(app, make_annotation, db, tmp_path):
    # The `db` session has no commit hook: its commit is a change whose index write never ran.
    make_annotation(questions=[{"text": "Vraag?",
                                "variants": [{"body": "De parkeergarage sluit."}]}])
    assert _outbox(db) > 0
    restarted = create_app({**app.config, "SEARCH_INDEX_DIR": app.config["SEARCH_INDEX_DIR"]})
    assert _outbox(db) == 0  # start-up applied the left-over work
    with restarted.app_context():
        assert _found(restarted.extensions["search"], db_session(), "parkeergarage")
    restarted.extensions["db_engine"].dispose()


def test_left_over_work_is_applied_by_the_next_writer(app, make_annotation, db):
    make_annotation(questions=[{"text": "Vraag?", "variants": [{"body": "Het museum verhuist."}]}])
    service = app.extensions["search"]
    assert service.apply_pending() > 0
    assert _outbox(db) == 0
    with app.app_context():
        assert _found(service, db_session(), "museum")


def test_a_busy_index_leaves_the_work_queued_instead_of_failing(app, make_annotation, db):
    service = app.extensions["search"]
    writer = service.index.writer()  # another process holds the write lock
    try:
        make_annotation(questions=[{"text": "Vraag?", "variants": [{"body": "Het theater."}]}])
        assert service.apply_pending(timeout=0.1) == 0
        assert _outbox(db) > 0
    finally:
        writer.cancel()
    assert service.apply_pending() > 0
    assert _outbox(db) == 0


def _write_answers(database_url, index_dir, annotation_id, author_id, word, count):
    """In another process: save answers one commit at a time and apply each to the index."""
    engine = make_engine(database_url)
    factory = make_session_factory(engine)
    service = SearchService(factory, index_dir)
    for n in range(count):
        with factory() as session:
            annotation = authoring.get_annotation(session, annotation_id)
            by = session.get(User, author_id)
            question = authoring.add_question(session, annotation, by=by, text=f"Vraag {word} {n}?")
            authoring.add_variant(session, question, by=by, body=f"Antwoord {word} nummer {n}.")
            session.commit()
        service.apply_pending(timeout=10)  # never raises; what it cannot apply stays queued
    service.close()
    engine.dispose()
    return "done"


def test_two_processes_writing_at_once_lose_nothing(app, make_annotation, db, database_url):
    annotation = make_annotation()
    author_id = annotation.created_by_id
    index_dir = app.config["SEARCH_INDEX_DIR"]
    context = multiprocessing.get_context("fork")
    with context.Pool(2) as pool:
        results = [pool.apply_async(_write_answers, (database_url, index_dir, annotation.id,
                                                     author_id, word, 15))
                   for word in ("kameel", "dromedaris")]
        outcomes = [r.get(timeout=120) for r in results]
    assert outcomes == ["done", "done"]  # no LockError reached either process
    assert _outbox(db) == 0
    service = app.extensions["search"]
    with app.app_context():
        assert len(_found(service, db_session(), "kameel")) == 30  # 15 questions + 15 answers
        assert len(_found(service, db_session(), "dromedaris")) == 30


def test_a_deleted_index_directory_is_rebuilt_at_start_up(app, make_annotation, db):
    make_annotation(questions=[{"text": "Vraag?", "variants": [{"body": "De sporthal opent."}]}])
    app.extensions["search"].apply_pending()
    app.extensions["search"].close()
    shutil.rmtree(app.config["SEARCH_INDEX_DIR"])
    restarted = create_app(dict(app.config))
    with restarted.app_context():
        assert _found(restarted.extensions["search"], db_session(), "sporthal")
    restarted.extensions["db_engine"].dispose()


def test_a_damaged_index_is_rebuilt_at_start_up(app, make_annotation, db):
    make_annotation(questions=[{"text": "Vraag?", "variants": [{"body": "De sporthal opent."}]}])
    app.extensions["search"].apply_pending()
    current = Path(app.config["SEARCH_INDEX_DIR"]) / "current"
    for toc in current.glob("_MAIN_*.toc"):
        toc.unlink()
    restarted = create_app(dict(app.config))
    with restarted.app_context():
        assert _found(restarted.extensions["search"], db_session(), "sporthal")
    restarted.extensions["db_engine"].dispose()


def test_reindex_builds_a_new_generation_and_keeps_searching(app, runner, make_annotation, db):
    make_annotation(questions=[{"text": "Vraag?", "variants": [{"body": "Het stadhuis."}]}])
    root = Path(app.config["SEARCH_INDEX_DIR"])
    before = (root / "current").readlink()
    result = runner.invoke(args=["reindex"])
    assert result.exit_code == 0, result.output
    assert "Zoekindex opnieuw opgebouwd" in result.output
    assert (root / "current").readlink() != before
    assert _outbox(db) == 0
    with app.app_context():
        assert _found(app.extensions["search"], db_session(), "stadhuis")


def test_a_savepoint_inside_a_request_does_not_apply_uncommitted_work(app, make_annotation, db):
    annotation = make_annotation(questions=[{"text": "Vraag?", "variants": []}])
    service = app.extensions["search"]
    service.apply_pending()
    with app.app_context():
        session = db_session()
        question = authoring.get_question(session, annotation.questions[0].id)
        by = session.get(User, annotation.created_by_id)
        authoring.add_variant(session, question, by=by, body="De markthal gaat open.")
        with session.begin_nested():  # released savepoint: the outer transaction goes on
            authoring.add_variant(session, question, by=by, label="alternatief_antwoord",
                                  body="De markthal blijft dicht.")
        assert _outbox(db) == 0  # nothing committed yet, so nothing to see or apply
        session.commit()
        assert _outbox(db) == 0
        assert len(_found(service, session, "markthal")) == 2
