"""The personal calendar feed: a secret, revocable URL that any iCalendar client can read."""

import re
import subprocess
import sys
from datetime import date, timedelta

from icalendar import Calendar

from briefings.commitments.services import create_commitment
from briefings.vocabulary import dutch_date

FEED_URL = re.compile(r'value="(http://localhost/agenda/[^"]+\.ics)"')


def _new_link(client) -> str:
    page = client.post("/instellingen/agenda")
    assert page.status_code == 200
    assert "kopieer hem nu" in page.text
    return FEED_URL.search(page.text).group(1)


def _events(response) -> dict[str, object]:
    assert response.status_code == 200
    assert response.mimetype == "text/calendar"
    calendar = Calendar.from_ical(response.data)
    events = calendar.walk("VEVENT")
    assert len({str(e["UID"]) for e in events}) == len(events)
    return {str(e["SUMMARY"]): e for e in events}


def test_the_feed_holds_deadlines_meetings_and_commitments_of_the_user(
        app, client, db, login_as, make_user, make_annotation):
    user = login_as("auteur")
    soon = date.today() + timedelta(days=5)
    annotation = make_annotation(
        by=user, title="Fietsparkeren stationsgebied", internal_deadline=soon.isoformat(),
        agenda_item="29", meeting={"body": "commissie", "name": "Commissie FKD",
                                   "dates": [(soon + timedelta(days=3)).isoformat()]})
    make_annotation(title="Iets van een ander", internal_deadline=soon.isoformat())
    commitment = create_commitment(
        db, by=user, annotation=annotation, text="Wij sturen de raad voor de zomer een brief.",
        due_text=f"uiterlijk {dutch_date(soon)}")
    db.commit()
    feed_url = _new_link(client)

    events = _events(app.test_client().get(feed_url))

    assert set(events) == {
        "Interne deadline: Fietsparkeren stationsgebied",
        "Commissie FKD: Fietsparkeren stationsgebied",
        "Toezegging: Wij sturen de raad voor de zomer een brief.",
    }
    deadline = events["Interne deadline: Fietsparkeren stationsgebied"]
    assert deadline.decoded("DTSTART") == soon
    assert deadline.decoded("DTEND") == soon + timedelta(days=1)
    assert str(deadline["URL"]) == f"http://localhost/annotaties/{annotation.id}"
    meeting = events["Commissie FKD: Fietsparkeren stationsgebied"]
    assert meeting.decoded("DTSTART") == soon + timedelta(days=3)
    assert "agendapunt 29" in str(meeting["DESCRIPTION"])
    assert str(meeting["URL"]) == f"http://localhost/annotaties/{annotation.id}/gereedheid"
    promise = events["Toezegging: Wij sturen de raad voor de zomer een brief."]
    assert promise.decoded("DTSTART") == commitment.due_date == soon
    assert str(promise["URL"]) == f"http://localhost/toezeggingen/{commitment.id}"


def test_a_new_link_or_revoking_it_stops_the_old_url(app, client, login_as):
    login_as("staf")
    outsider = app.test_client()
    first = _new_link(client)
    assert outsider.get(first).status_code == 200

    second = _new_link(client)
    assert second != first
    assert outsider.get(first).status_code == 404
    assert outsider.get(second).status_code == 200

    response = client.post("/instellingen/agenda/intrekken")
    assert response.status_code == 302
    assert outsider.get(second).status_code == 404
    assert "Agendalink maken" in client.get("/instellingen/e-mail").text


def test_a_guessed_or_inactive_users_link_shows_nothing(app, client, db, login_as):
    user = login_as("auteur")
    feed_url = _new_link(client)
    outsider = app.test_client()
    assert outsider.get("/agenda/geraden-geheim.ics").status_code == 404
    user.active = False
    db.add(user)
    db.commit()
    assert outsider.get(feed_url).status_code == 404


KHAL_CONFIG = """[calendars]
[[werk]]
path = {path}
type = calendar
[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
local_timezone = Europe/Amsterdam
default_timezone = Europe/Amsterdam
[default]
default_calendar = werk
"""


def test_a_calendar_client_imports_the_feed(app, client, tmp_path, login_as, make_annotation):
    """khal, a terminal calendar, reads the feed as Outlook would and lists the days."""
    user = login_as("auteur")
    day = date.today() + timedelta(days=3)
    make_annotation(by=user, title="Subsidie buurthuizen", internal_deadline=day.isoformat(),
                    meeting={"body": "raad", "name": "Raad", "dates": [
                        (day + timedelta(days=1)).isoformat()]})
    feed = tmp_path / "feed.ics"
    feed.write_bytes(app.test_client().get(_new_link(client)).data)
    (tmp_path / "agenda").mkdir()
    config = tmp_path / "khal.conf"
    config.write_text(KHAL_CONFIG.format(path=tmp_path / "agenda"))
    khal = [sys.executable, "-m", "khal", "-c", str(config)]

    imported = subprocess.run([*khal, "import", "--batch", "-a", "werk", str(feed)],
                              capture_output=True, text=True, timeout=60)
    listed = subprocess.run([*khal, "list", day.isoformat(), "3d"], capture_output=True,
                            text=True, timeout=60)

    assert imported.returncode == 0, imported.stderr
    assert listed.returncode == 0, listed.stderr
    days = listed.stdout.split("\n")
    deadline_line = next(i for i, line in enumerate(days) if "Interne deadline" in line)
    meeting_line = next(i for i, line in enumerate(days) if "Raad: Subsidie buurthuizen" in line)
    assert day.isoformat() in days[deadline_line - 1]
    assert (day + timedelta(days=1)).isoformat() in days[meeting_line - 1]
