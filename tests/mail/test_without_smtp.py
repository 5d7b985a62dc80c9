"""Without SMTP configured nothing is queued or sent, and the app works as before."""

import pytest
from sqlalchemy import select

from app import create_app
from briefings.models import MailMessage


@pytest.fixture
def app(database_url, tmp_path):
    app = create_app({"TESTING": True, "DATABASE_URL": database_url,
                      "SEARCH_INDEX_DIR": str(tmp_path / "search-index"),
                      "SECRET_KEY": "test-secret", "WTF_CSRF_ENABLED": False, "SMTP_HOST": None})
    yield app
    app.extensions["db_engine"].dispose()


def test_submitting_for_review_queues_nothing(app, client, db, login_as, make_user,
                                              make_annotation):
    make_user("reviewer")
    author = login_as("auteur")
    annotation = make_annotation(by=author, questions=[{
        "text": "Vraag?", "variants": [{"label": "antwoord", "body": "Antwoord."}]}])

    response = client.post(f"/antwoorden/{annotation.questions[0].variants[0].id}/ter-review")

    assert response.status_code == 302
    assert db.scalars(select(MailMessage)).all() == []
    page = client.get("/instellingen/e-mail")
    assert "Deze installatie verstuurt (nog) geen e-mail" in page.text


def test_send_reminders_says_that_no_mail_server_is_set(app, runner):
    result = runner.invoke(args=["send-reminders"])
    assert result.exit_code == 0
    assert "Er is geen mailserver ingesteld (SMTP_HOST)" in result.output
