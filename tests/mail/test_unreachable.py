"""An unreachable mail server delays mail; it never fails a save and no mail is lost."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from app.mail.service import smtp_settings
from briefings import workflow
from briefings.mail.delivery import deliver_due
from briefings.models import AnswerVariant, MailMessage, utcnow
from tests.mail.conftest import BASE_URL, SmtpServer, body, free_port


@pytest.fixture
def smtp_port():
    """Nothing listens on the port the app sends to."""
    return free_port()


def test_a_save_succeeds_while_the_mail_server_is_away_and_the_mail_goes_later(
        app, db, make_user, make_annotation, login_as, sent):
    reviewer = make_user("reviewer", name="Ria Reviewer")
    client = app.test_client()
    author = login_as("auteur", client=client)
    annotation = make_annotation(by=author, questions=[{
        "text": "Wanneer gaat de fietsenstalling open?",
        "variants": [{"label": "antwoord", "body": "Na de zomer van 2025."}]}])
    variant = annotation.questions[0].variants[0]

    response = client.post(f"/antwoorden/{variant.id}/ter-review")
    sent()

    assert response.status_code == 302
    db.expire_all()
    assert db.get(AnswerVariant, variant.id).status == "ter_review"
    [message] = db.scalars(select(MailMessage)).all()
    assert (message.status, message.attempts, message.to_address) == (
        "wachtend", 1, reviewer.email)
    assert message.last_error.startswith("De mailserver is niet bereikbaar")
    assert message.next_attempt_at > utcnow() + timedelta(seconds=30)

    beheer_client = app.test_client()
    login_as("beheer", client=beheer_client)
    page = beheer_client.get("/beheer/e-mail")
    assert page.status_code == 200
    assert reviewer.email in page.text and "De mailserver is niet bereikbaar" in page.text

    # Not due yet: a round now leaves it alone.
    smtp = smtp_settings(app.config)
    assert deliver_due(app.extensions["db_sessionmaker"], smtp).sent == 0
    with SmtpServer(port=smtp.port) as server:
        report = deliver_due(app.extensions["db_sessionmaker"], smtp,
                             now=utcnow() + timedelta(minutes=2))
        assert report.sent == 1
        [arrived] = server.inbox.to(reviewer.email)
    assert f"{BASE_URL}/annotaties/{annotation.id}#antwoord-{variant.id}" in body(arrived)
    db.expire_all()
    message = db.get(MailMessage, message.id)
    assert (message.status, message.attempts, message.last_error) == ("verzonden", 2, None)
    # Sent once: a further round (another server's sender) sends nothing again.
    assert deliver_due(app.extensions["db_sessionmaker"], smtp,
                       now=utcnow() + timedelta(hours=1)).sent == 0


def test_beheer_retries_a_failed_message_now(app, db, make_user, login_as):
    user = make_user("auteur")
    db.add(MailMessage(user_id=user.id, to_address=user.email, kind="rejected",
                       subject="Afgewezen: vraag 3", body_text="x", body_html="<p>x</p>",
                       status="mislukt", attempts=10, last_error="De mailserver is weg.",
                       next_attempt_at=utcnow() + timedelta(hours=6)))
    db.commit()
    client = app.test_client()
    login_as("beheer", client=client)
    assert "Afgewezen: vraag 3" in client.get("/beheer/e-mail?status=mislukt").text
    [message] = db.scalars(select(MailMessage)).all()

    response = client.post(f"/beheer/e-mail/{message.id}/opnieuw")

    assert response.status_code == 302
    db.expire_all()
    message = db.get(MailMessage, message.id)
    assert message.status == "wachtend" and message.next_attempt_at <= utcnow()


def test_only_beheer_sees_the_queue(app, login_as):
    client = app.test_client()
    login_as("reviewer", client=client)
    response = client.get("/beheer/e-mail")
    assert response.status_code == 403
    assert "U heeft geen rechten om gebruikers te beheren." in response.text


def test_review_work_still_passes_without_any_mail_context(db, make_user, make_annotation):
    """Services used from a script (no app, no SMTP) queue nothing."""
    make_user("reviewer")
    author = make_user("auteur")
    annotation = make_annotation(by=author, questions=[{
        "text": "Vraag?", "variants": [{"label": "antwoord", "body": "Antwoord."}]}])
    workflow.submit_for_review(db, annotation.questions[0].variants[0], by=author)
    db.commit()
    assert db.scalars(select(MailMessage)).all() == []
