"""`flask --app app send-reminders`: one daily mail per user with what concerns them."""

from datetime import UTC, date, datetime

from sqlalchemy import select

from briefings import workflow
from briefings.commitments.services import change_status, create_commitment
from briefings.mail.preferences import update_settings
from briefings.models import MailMessage, PressLine
from tests.mail.conftest import BASE_URL, body

TODAY = date(2026, 3, 10)


def _annotation(make_annotation, by, title, *, deadline=None, meeting=None, questions=()):
    return make_annotation(by=by, title=title, internal_deadline=deadline,
                           meeting={"body": "raad", "name": "Raad", "dates": [meeting]}
                           if meeting else None, questions=questions)


def test_the_reminder_lists_deadlines_meetings_commitments_and_press_lines(
        app, db, runner, make_user, make_annotation, smtp_server):
    author = make_user("auteur", name="Anna Auteur")
    reviewer = make_user("reviewer")
    tomorrow = _annotation(make_annotation, author, "Subsidie buurthuizen",
                           deadline="2026-03-11")
    overdue = _annotation(make_annotation, author, "Parkeertarieven binnenstad",
                          deadline="2026-03-02")
    later = _annotation(make_annotation, author, "Groenbeleid", deadline="2026-03-15")
    done = _annotation(make_annotation, author, "Afgeronde annotatie", deadline="2026-03-09")
    meeting = _annotation(make_annotation, author, "Fietsparkeren stationsgebied",
                          meeting="2026-03-12", questions=[{
                              "text": "Wanneer komt de stalling?", "variants": [
                                  {"label": "antwoord", "body": "Na de zomer."}]}])
    workflow.submit_for_review(db, meeting.questions[0].variants[0], by=author)
    staf = make_user("staf")
    workflow.set_annotation_status(db, done, "definitief", by=staf)
    soon = create_commitment(db, by=author, text="Wij sturen de raad een brief over de stalling.",
                             due_text="uiterlijk 20 maart 2026", today=TODAY)
    late = create_commitment(db, by=author, text="De evaluatie komt in februari.",
                             due_text="uiterlijk 28 februari 2026", today=TODAY)
    create_commitment(db, by=author, text="Na de zomer volgt een voorstel.",
                      due_text="uiterlijk 1 september 2026", today=TODAY)
    kept = create_commitment(db, by=author, text="Wij informeren de commissie.",
                             due_text="uiterlijk 1 maart 2026", today=TODAY)
    change_status(db, kept, by=author, status="voldaan", fulfilment="Raadsbrief 2026-14")
    pers = make_user("pers", name="Piet Pers")
    line = PressLine(topic="Fietsenstalling station", text="De stalling opent na de zomer.",
                     owner_id=pers.id, published_by_id=staf.id, review_date=date(2026, 3, 9))
    db.add(line)
    uninvolved = make_user("auteur")
    not_wanted = make_user("staf")
    update_settings(db, not_wanted, digest=False)
    db.commit()

    result = runner.invoke(args=["send-reminders", "--date", TODAY.isoformat()])

    assert result.exit_code == 0, result.output
    assert ("4 herinnering(en) in de wachtrij gezet; 1 gebruiker(s) zonder iets om aan te "
            "herinneren, 1 zonder herinneringen.") in result.output
    assert "4 e-mail(s) verzonden." in result.output
    [mail] = smtp_server.inbox.to(author.email)
    assert mail["Subject"] == ("Herinnering 10 maart 2026: 2 deadlines, 1 vergadering, "
                               "2 toezeggingen")
    text, html = body(mail), body(mail, "html")
    for part in (text, html):
        assert "Subsidie buurthuizen" in part and "Parkeertarieven binnenstad" in part
        assert "Groenbeleid" not in part and "Afgeronde annotatie" not in part
        assert f"{BASE_URL}/annotaties/{tomorrow.id}" in part
        assert f"{BASE_URL}/annotaties/{overdue.id}" in part
        assert f"{BASE_URL}/annotaties/{later.id}" not in part
        assert "12 maart 2026" in part and "Fietsparkeren stationsgebied" in part
        assert ("Nog niet definitief: 1 vraag zonder gekozen antwoord; "
                "1 antwoord wacht op review.") in part
        assert f"{BASE_URL}/annotaties/{meeting.id}/gereedheid" in part
        assert "Wij sturen de raad een brief over de stalling." in part
        assert f"{BASE_URL}/toezeggingen/{soon.id}" in part
        assert f"{BASE_URL}/toezeggingen/{late.id}" in part
        assert "Na de zomer volgt een voorstel." not in part
        assert "Wij informeren de commissie." not in part
        assert "dagelijkse herinnering omdat u bij deze annotaties" in part
        assert f"{BASE_URL}/mijn-werk" in part
    assert "11 maart 2026 (morgen)" in text and "2 maart 2026 (verlopen)" in text
    assert "28 februari 2026), te laat" in text

    [reviewer_mail] = smtp_server.inbox.to(reviewer.email)
    assert "Fietsparkeren stationsgebied" in body(reviewer_mail)
    assert "Subsidie buurthuizen" not in body(reviewer_mail)
    [pers_mail] = smtp_server.inbox.to(pers.email)
    assert pers_mail["Subject"] == "Herinnering 10 maart 2026: 1 perslijn"
    assert "Fietsenstalling station: reviewdatum 9 maart 2026" in body(pers_mail)
    assert f"{BASE_URL}/pers/lijnen/{line.id}" in body(pers_mail)
    assert len(smtp_server.inbox.to(staf.email)) == 1
    assert smtp_server.inbox.to(uninvolved.email) == []
    assert smtp_server.inbox.to(not_wanted.email) == []

    again = runner.invoke(args=["send-reminders", "--date", TODAY.isoformat()])
    assert again.exit_code == 0
    assert "0 herinnering(en) in de wachtrij gezet" in again.output
    assert len(smtp_server.inbox.to(author.email)) == 1
    db.expire_all()
    assert {m.status for m in db.scalars(select(MailMessage))} == {"verzonden"}


def test_a_reviewer_is_reminded_of_waiting_reviews_of_their_portfolio_holders_only(
        app, db, runner, make_user, make_annotation, smtp_server):
    author = make_user("auteur")
    reviewer = make_user("reviewer", name="Bas Burgemeesterteam")
    question = [{"text": "Wanneer komt de stalling?",
                 "variants": [{"label": "antwoord", "body": "Na de zomer."}]}]
    mayor = make_annotation(by=author, title="Veiligheid uitgaansgebied",
                            portfolio_holder="burgemeester", questions=question,
                            meeting={"body": "raad", "name": "Raad", "dates": ["2026-03-11"]})
    other = make_annotation(by=author, title="Groen in de wijk", questions=question,
                            meeting={"body": "raad", "name": "Raad", "dates": ["2026-03-11"]})
    for annotation in (mayor, other):
        workflow.submit_for_review(db, annotation.questions[0].variants[0], by=author)
    update_settings(db, reviewer, portfolios=["burgemeester"], review_requests=True,
                    digest=True)
    old = MailMessage(user_id=author.id, to_address=author.email, kind="digest",
                      subject="Herinnering van lang geleden", body_text="x", body_html="x",
                      status="verzonden", sent_at=datetime(2025, 1, 2, tzinfo=UTC))
    db.add(old)
    db.commit()
    old_id = old.id

    result = runner.invoke(args=["send-reminders", "--date", TODAY.isoformat()])

    assert result.exit_code == 0, result.output
    [mail] = smtp_server.inbox.to(reviewer.email)
    assert "Veiligheid uitgaansgebied" in body(mail)
    assert "Groen in de wijk" not in body(mail)
    db.expire_all()
    assert db.get(MailMessage, old_id) is None


def test_a_bad_date_is_refused_in_dutch(app, runner):
    result = runner.invoke(args=["send-reminders", "--date", "10-03-2026"])
    assert result.exit_code != 0
    assert "Ongeldige datum: '10-03-2026' (gebruik jjjj-mm-dd)." in result.output
