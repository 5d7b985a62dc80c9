"""Login throttling, logout everywhere, password change and ids out of range, via the web."""

import logging
import socket
import uuid

import pytest
from werkzeug.routing import IntegerConverter

from app import create_app
from app.config import ConfigurationError
from tests.conftest import PASSWORD

WRONG = "fout-wachtwoord"


def _app(database_url, tmp_path, **settings):
    config = {"TESTING": True, "DATABASE_URL": database_url, "SECRET_KEY": "test-secret",
              "SEARCH_INDEX_DIR": str(tmp_path / "search-index"), "WTF_CSRF_ENABLED": False}
    config.update(settings)
    # None leaves a setting to the environment, as on a real server.
    return create_app({key: value for key, value in config.items() if value is not None})


def _login(client, email, password=PASSWORD, address="10.0.0.1"):
    return client.post("/inloggen", data={"email": email, "password": password},
                       environ_base={"REMOTE_ADDR": address})


def test_an_account_is_throttled_after_five_wrong_passwords_even_for_the_right_one(
        client, make_user):
    user = make_user("auteur")
    for _ in range(5):
        assert _login(client, user.email, WRONG).status_code == 401
    response = _login(client, user.email)
    page = response.get_data(as_text=True)
    assert response.status_code == 429
    assert "Te veel mislukte inlogpogingen. Probeer het over 1 minuut opnieuw" in page
    assert 0 < int(response.headers["Retry-After"]) <= 61
    assert f'value="{user.email}"' in page  # the address typed is kept
    assert client.get("/").status_code == 302
    # Another account from the same address is not affected.
    other = make_user("reviewer")
    assert _login(client, other.email).status_code == 302


def test_successful_logins_do_not_count_towards_the_limit(client, make_user):
    user = make_user("auteur")
    for _ in range(6):
        assert _login(client, user.email).status_code == 302


def test_one_address_trying_many_accounts_is_throttled(database_url, tmp_path, make_user):
    app = _app(database_url, tmp_path, LOGIN_LIMIT_ADDRESS="3/minute")
    client = app.test_client()
    for n in range(3):
        assert _login(client, f"iemand{n}@gemeente.test", WRONG).status_code == 401
    user = make_user("staf")
    assert _login(client, user.email).status_code == 429
    assert _login(client, user.email, address="10.0.0.2").status_code == 302


def _redis_running() -> bool:
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=1).close()
        return True
    except OSError:
        return False


@pytest.mark.skipif(not _redis_running(), reason="Redis draait niet op 127.0.0.1:6379")
def test_with_redis_two_servers_count_failed_logins_together(database_url, tmp_path, make_user):
    shared = {"RATELIMIT_STORAGE_URI": "redis://127.0.0.1:6379",
              "RATELIMIT_KEY_PREFIX": f"test-{uuid.uuid4().hex}"}
    server_a = _app(database_url, tmp_path, **shared).test_client()
    server_b = _app(database_url, tmp_path, **shared).test_client()
    user = make_user("auteur")
    for server in (server_a, server_b, server_a, server_b, server_a):
        assert _login(server, user.email, WRONG).status_code == 401
    response = _login(server_b, user.email)
    assert response.status_code == 429
    assert "Retry-After" in response.headers


def test_a_cookie_saved_before_logout_no_longer_opens_pages(app, client, make_user,
                                                             make_annotation):
    annotation = make_annotation()
    user = make_user("reviewer")
    assert _login(client, user.email).status_code == 302
    saved = client.get_cookie("session").value
    assert client.get(f"/annotaties/{annotation.id}").status_code == 200
    assert client.post("/uitloggen").status_code == 302

    thief = app.test_client()
    thief.set_cookie("session", saved)
    response = thief.get(f"/annotaties/{annotation.id}")
    assert response.status_code == 302
    assert "/inloggen" in response.headers["Location"]


def test_logout_on_one_server_ends_the_session_on_another(database_url, tmp_path, make_user):
    server_a = _app(database_url, tmp_path).test_client()
    server_b = _app(database_url, tmp_path).test_client()
    user = make_user("staf")
    assert _login(server_a, user.email).status_code == 302
    server_b.set_cookie("session", server_a.get_cookie("session").value)
    assert server_b.get("/").status_code == 200
    laptop = _app(database_url, tmp_path).test_client()
    assert _login(laptop, user.email).status_code == 302

    server_b.post("/uitloggen")
    assert server_a.get("/").status_code == 302
    assert laptop.get("/").status_code == 302


def test_changing_the_password_ends_the_other_sessions_and_keeps_this_one(app, make_user):
    user = make_user("auteur")
    here, elsewhere = app.test_client(), app.test_client()
    _login(here, user.email)
    _login(elsewhere, user.email)

    new = "een-nieuw-lang-wachtwoord"
    response = here.post("/wachtwoord", data={"current": PASSWORD, "new": new,
                                              "repeated": new}, follow_redirects=True)
    assert response.status_code == 200
    assert "Uw wachtwoord is gewijzigd." in response.get_data(as_text=True)
    assert here.get("/").status_code == 200
    assert elsewhere.get("/").status_code == 302
    assert _login(app.test_client(), user.email).status_code == 401
    assert _login(app.test_client(), user.email, new).status_code == 302


def test_a_wrong_current_password_changes_nothing(client, login_as):
    user = login_as("staf")
    response = client.post("/wachtwoord", data={"current": WRONG, "new": "nieuw-wachtwoord-1",
                                                "repeated": "nieuw-wachtwoord-1"})
    assert response.status_code == 400
    assert "Het huidige wachtwoord klopt niet." in response.get_data(as_text=True)
    assert _login(client, user.email).status_code == 302


@pytest.mark.parametrize("number", ["2147483648", "9223372036854775808", "1" + "0" * 30])
def test_ids_beyond_the_database_integer_range_are_not_found_on_every_route(
        app, client, login_as, number):
    login_as("beheer")
    routes = [rule for rule in app.url_map.iter_rules() if rule._converters
              and all(isinstance(c, IntegerConverter) for c in rule._converters.values())]
    assert len(routes) > 20
    for rule in routes:
        url = rule.rule
        for name in rule.arguments:
            url = url.replace(f"<int:{name}>", number)
        for method in sorted(rule.methods & {"GET", "POST"}):
            response = client.open(url, method=method)
            assert response.status_code == 404, (method, url, response.status_code)
            assert "Deze pagina bestaat niet (meer)." in response.get_data(as_text=True)


def test_a_form_naming_an_id_beyond_the_range_is_not_found(client, login_as, make_annotation):
    annotation = make_annotation(questions=[{"text": "Hoe staat het ervoor?",
                                             "variants": [{"body": "Goed."}]}])
    variant = annotation.questions[0].variants[0]
    login_as("reviewer")
    response = client.post(f"/antwoorden/{variant.id}/opmerkingen",
                           data={"text": "Eens.", "parent_id": "9223372036854775808"})
    assert response.status_code == 404
    assert "Deze opmerking bestaat niet (meer)." in response.get_data(as_text=True)


def test_production_refuses_to_start_without_a_secret_key(monkeypatch, database_url, tmp_path):
    monkeypatch.setenv("APP_ENV", "production")
    monkeypatch.delenv("SECRET_KEY", raising=False)
    with pytest.raises(ConfigurationError, match="SECRET_KEY ontbreekt"):
        _app(database_url, tmp_path, SECRET_KEY=None)


def test_production_warns_about_cookies_that_are_not_secure(monkeypatch, caplog, database_url,
                                                          tmp_path, make_user):
    monkeypatch.setenv("APP_ENV", "production")
    monkeypatch.setenv("SECRET_KEY", "een-lange-geheime-sleutel-voor-productie")
    with caplog.at_level(logging.WARNING):
        _app(database_url, tmp_path, SECRET_KEY=None)
    assert "SESSION_COOKIE_SECURE staat uit" in caplog.text

    caplog.clear()
    monkeypatch.setenv("SESSION_COOKIE_SECURE", "1")
    with caplog.at_level(logging.WARNING):
        app = _app(database_url, tmp_path, SECRET_KEY=None, SESSION_COOKIE_SECURE=True)
    assert "SESSION_COOKIE_SECURE" not in caplog.text
    user = make_user("pers")
    response = _login(app.test_client(), user.email)
    assert response.status_code == 302
    assert "Secure" in response.headers["Set-Cookie"]
