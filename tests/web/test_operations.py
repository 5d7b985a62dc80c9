"""What an operator relies on: /health for the load balancer, check-index, one line per request."""

import logging
import shutil
from datetime import timedelta

from sqlalchemy import update

from app import create_app
from briefings.models import AnswerVariant, IndexChange, utcnow


def test_health_reports_a_reachable_database_and_no_lag_without_login(client, make_annotation):
    make_annotation(questions=[{"text": "Vraag?", "variants": [{"body": "Het park."}]}])
    client.application.extensions["search"].apply_pending()
    response = client.get("/health")
    assert response.status_code == 200
    assert response.get_json()["database"] == "ok"
    assert response.get_json()["index"]["pending"] == 0


def test_health_is_503_while_the_index_lags_beyond_the_threshold(client, make_annotation, db):
    make_annotation(questions=[{"text": "Vraag?", "variants": [{"body": "Het plein."}]}])
    db.execute(update(IndexChange).values(created_at=utcnow() - timedelta(minutes=5)))
    db.commit()  # logged five minutes ago and not applied by this server's index yet
    response = client.get("/health")
    assert response.status_code == 503
    assert response.get_json()["index"]["pending"] > 0
    client.application.extensions["search"].apply_pending()
    assert client.get("/health").status_code == 200


def test_health_is_503_when_the_database_is_unreachable(app, tmp_path):
    unreachable = create_app({**app.config,
                              "DATABASE_URL": f"sqlite:///{tmp_path}/missing/dir/x.db",
                              "SEARCH_INDEX_DIR": str(tmp_path / "other-index")})
    response = unreachable.test_client().get("/health")
    assert response.status_code == 503
    assert response.get_json()["database"] == "onbereikbaar"
    unreachable.extensions["db_engine"].dispose()


def test_check_index_agrees_with_the_database_after_normal_saves(runner, make_annotation):
    make_annotation(questions=[{"text": "Vraag?", "variants": [{"body": "De haven."}]}])
    result = runner.invoke(args=["check-index"])
    assert result.exit_code == 0, result.output
    assert "Zoekindex klopt met de database: 2 documenten." in result.output


def test_check_index_lists_what_the_index_misses_or_has_wrong(app, runner, make_annotation, db):
    annotation = make_annotation(questions=[{"text": "Vraag?", "variants": [
        {"body": "De haven."}, {"body": "De kade."}]}])
    app.extensions["search"].apply_pending()
    first, second = annotation.questions[0].variants
    # Changes that bypassed the change log: a lost document and a text edited behind its back.
    writer = app.extensions["search"].index.writer()
    writer.delete_by_term("doc_id", f"variant:{first.id}")
    writer.commit()
    db.execute(update(AnswerVariant).where(AnswerVariant.id == second.id).values(body="Het dok."))
    db.commit()
    result = runner.invoke(args=["check-index"])
    assert result.exit_code == 1
    assert f"variant:{first.id}: ontbreekt in de index" in result.output
    assert f"variant:{second.id}: verouderd (text)" in result.output
    assert runner.invoke(args=["reindex"]).exit_code == 0
    assert runner.invoke(args=["check-index"]).exit_code == 0


def test_every_request_is_logged_on_one_line_with_its_duration(client, caplog):
    with caplog.at_level(logging.INFO, logger="annotatiewerkbank.requests"):
        client.get("/health?token=geheim")
    lines = [r.getMessage() for r in caplog.records if r.name == "annotatiewerkbank.requests"]
    assert len(lines) == 1
    assert lines[0].startswith("GET /health 200 ") and " ms user=-" in lines[0]
    assert "geheim" not in lines[0]


def test_health_is_503_while_the_index_cannot_be_opened(app, client):
    app.extensions["search"].close()
    shutil.rmtree(app.config["SEARCH_INDEX_DIR"])
    response = client.get("/health")
    assert response.status_code == 503
    assert response.get_json()["index"]["usable"] is False
