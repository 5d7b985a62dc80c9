"""Mails sent at once: review requests, rejections and choices, through a real SMTP server."""

from sqlalchemy import select

from briefings import workflow
from briefings.mail.preferences import update_settings
from briefings.models import MailMessage
from tests.mail.conftest import BASE_URL, body

QUESTION = {"text": "Hoeveel meldingen van overlast kwamen er in 2023 binnen?",
            "asker": {"name": "Mangal", "party": "Denk"}}


def _annotation(make_annotation, author, **header):
    return make_annotation(by=author, questions=[{**QUESTION, "variants": [
        {"label": "antwoord", "body": "Er kwamen 24 meldingen binnen."},
        {"label": "alternatief_antwoord", "body": "Het aantal meldingen daalde."},
    ]}], **header)


def _client_for(app, login_as, role):
    client = app.test_client()
    return client, login_as(role, client=client)


def test_submitting_a_variant_mails_the_reviewers_who_follow_it(
        app, db, make_user, make_annotation, login_as, smtp_server, sent):
    follows_all = make_user("reviewer", name="Ria Reviewer")
    other_portfolio = make_user("reviewer", name="Bas Burgemeesterteam")
    no_requests = make_user("reviewer", name="Noor Niets")
    make_annotation(portfolio_holder="burgemeester")
    update_settings(db, other_portfolio, portfolios=["burgemeester"], review_requests=True)
    update_settings(db, no_requests, review_requests=False, digest=True)
    db.commit()
    client, author = _client_for(app, login_as, "auteur")
    annotation = _annotation(make_annotation, author, portfolio_holder="wethouder Van Buren")
    variant = annotation.questions[0].variants[0]

    response = client.post(f"/antwoorden/{variant.id}/ter-review", data={})
    assert response.status_code == 302
    sent()

    [message] = smtp_server.inbox.to(follows_all.email)
    assert smtp_server.inbox.to(other_portfolio.email) == []
    assert smtp_server.inbox.to(no_requests.email) == []
    assert smtp_server.inbox.to(author.email) == []
    assert message["To"] == follows_all.email
    assert message["From"] == "Annotatiewerkbank <annotaties@gemeente.test>"
    assert message["Subject"].startswith("Ter review: vraag")
    assert "Kennisnemen van de voortgangsrapportage" in message["Subject"]
    assert message["Auto-Submitted"] == "auto-generated"
    link = f"{BASE_URL}/annotaties/{annotation.id}#antwoord-{variant.id}"
    text, html = body(message), body(message, "html")
    for part in (text, html):
        assert link in part
        assert f"{BASE_URL}/instellingen/e-mail" in part
        assert "omdat u reviewverzoeken voor alle portefeuilles volgt" in part
        assert "Er kwamen 24 meldingen binnen." in part
    assert text.startswith("Beste Ria Reviewer,")
    assert f"{author.name} heeft een antwoord ter review aangeboden" in text
    assert f'href="{link}"' in html


def test_a_reviewer_of_another_portfolio_still_hears_of_an_annotation_they_reviewed(
        app, db, make_user, make_annotation, login_as, smtp_server, sent):
    reviewer = make_user("reviewer", name="Bas Burgemeesterteam")
    make_annotation(portfolio_holder="burgemeester")
    update_settings(db, reviewer, portfolios=["burgemeester"], review_requests=True)
    client, author = _client_for(app, login_as, "auteur")
    annotation = _annotation(make_annotation, author)
    first, second = annotation.questions[0].variants
    workflow.submit_for_review(db, first, by=author)
    workflow.approve(db, first, by=reviewer)
    db.commit()

    assert client.post(f"/antwoorden/{second.id}/ter-review").status_code == 302
    sent()

    [message] = smtp_server.inbox.to(reviewer.email)
    assert "omdat u eerder antwoorden in deze annotatie beoordeelde" in body(message)


def test_a_rejection_mails_the_author_with_the_reason(
        app, db, make_user, make_annotation, login_as, smtp_server, sent):
    author = make_user("auteur", name="Anna Auteur")
    annotation = _annotation(make_annotation, author)
    variant = annotation.questions[0].variants[0]
    workflow.submit_for_review(db, variant, by=author)
    db.commit()
    client, reviewer = _client_for(app, login_as, "reviewer")

    response = client.post(f"/antwoorden/{variant.id}/afwijzen",
                           data={"reason": "Noem de bron van het aantal meldingen <CBS & GGD>."})
    assert response.status_code == 302
    sent()

    [message] = smtp_server.inbox.to(author.email)
    assert message["Subject"].startswith("Afgewezen: vraag")
    assert "Noem de bron van het aantal meldingen <CBS & GGD>." in body(message)
    assert "Noem de bron van het aantal meldingen &lt;CBS &amp; GGD&gt;." in body(message, "html")
    for part in (body(message), body(message, "html")):
        assert "omdat u dit antwoord schreef" in part
        assert f"{BASE_URL}/annotaties/{annotation.id}#antwoord-{variant.id}" in part
    assert f"{reviewer.name} heeft uw antwoord afgewezen." in body(message)


def test_choosing_another_variant_mails_both_authors(
        app, db, make_user, make_annotation, smtp_server, login_as, sent):
    first_author = make_user("auteur", name="Anna Auteur")
    second_author = make_user("auteur", name="Bert Beleid")
    reviewer = make_user("reviewer")
    annotation = _annotation(make_annotation, first_author)
    first, second = annotation.questions[0].variants
    second.author_id = second_author.id
    for variant in (first, second):
        workflow.submit_for_review(db, variant, by=first_author)
        workflow.approve(db, variant, by=reviewer)
    workflow.choose(db, first, by=make_user("staf"))
    db.commit()
    client, staf = _client_for(app, login_as, "staf")

    # replacing a choice is confirmed on a page that names it; the confirmation posts this
    response = client.post(f"/antwoorden/{second.id}/kiezen",
                           data={"reason": "Dit sluit aan bij de raadsbrief.",
                                 "replaces": str(first.id)})
    assert response.status_code == 302
    sent()

    [chosen] = smtp_server.inbox.to(second_author.email)
    [replaced] = smtp_server.inbox.to(first_author.email)
    assert chosen["Subject"].startswith("Gekozen: vraag")
    assert f"{staf.name} heeft uw antwoord gekozen" in body(chosen)
    assert "Reden van de keuze: Dit sluit aan bij de raadsbrief." in body(chosen)
    assert replaced["Subject"].startswith("Ander antwoord gekozen: vraag")
    assert "Uw antwoord is niet meer gekozen." in body(replaced)


def test_a_refused_action_queues_no_mail(app, db, make_user, make_annotation, login_as,
                                         smtp_server, sent):
    make_user("reviewer")
    client, author = _client_for(app, login_as, "auteur")
    annotation = make_annotation(by=author, questions=[{**QUESTION, "variants": [
        {"label": "antwoord", "body": ""}]}])
    variant = annotation.questions[0].variants[0]

    response = client.post(f"/antwoorden/{variant.id}/ter-review")

    # the refusal is shown on the page the author came from
    assert response.status_code == 302
    page = client.get(response.location)
    assert "Een leeg antwoord kan niet ter review worden aangeboden." in page.text
    db.expire_all()
    assert db.scalars(select(MailMessage)).all() == []


def test_switching_a_mail_off_on_the_settings_page(app, db, make_user, make_annotation,
                                                    login_as, smtp_server, sent):
    author_client, author = _client_for(app, login_as, "auteur")
    page = author_client.get("/instellingen/e-mail")
    assert page.status_code == 200
    assert "Mijn antwoord is afgewezen" in page.text
    assert author.email in page.text
    response = author_client.post("/instellingen/e-mail", data={"choices": "y", "digest": "y"})
    assert response.status_code == 302
    assert "checked" not in author_client.get("/instellingen/e-mail").text.split(
        "Mijn antwoord is afgewezen")[0].rsplit("<input", 1)[1]
    annotation = _annotation(make_annotation, author)
    variant = annotation.questions[0].variants[0]
    workflow.submit_for_review(db, variant, by=author)
    db.commit()
    reviewer_client, _ = _client_for(app, login_as, "reviewer")

    reviewer_client.post(f"/antwoorden/{variant.id}/afwijzen", data={"reason": "Te lang."})
    sent()

    assert smtp_server.inbox.to(author.email) == []


def test_an_unknown_portfolio_holder_is_refused_in_dutch(app, login_as):
    client = app.test_client()
    login_as("reviewer", client=client)

    response = client.post("/instellingen/e-mail",
                           data={"review_requests": "y", "portfolios": ["wethouder Onbekend"]})

    assert response.status_code == 400
    assert "Onbekende portefeuillehouder: wethouder Onbekend." in response.text
