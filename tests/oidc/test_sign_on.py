"""Sign-on through a real OpenID Connect provider (oidc-provider on a loopback port)."""

import time
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from sqlalchemy import select

from briefings.errors import ValidationError
from briefings.models import User
from briefings.sign_on import RoleMapping
from tests.conftest import PASSWORD
from tests.oidc.conftest import (
    ORGANISATION,
    TEST_CLIENT_BASE,
    Provider,
    sign_in_at_provider,
    sign_on_app,
)


def _user(db, email):
    db.expire_all()
    return db.scalar(select(User).where(User.email == email))


def _logged_in_as(client) -> str | None:
    page = client.get("/")
    return None if page.status_code == 302 else page.text


def test_the_login_page_offers_the_organisation_beside_the_local_login(client):
    page = client.get("/inloggen")
    assert page.status_code == 200
    assert f"Inloggen met {ORGANISATION}" in page.text
    assert 'href="/inloggen/organisatie' in page.text
    assert "Wachtwoord" in page.text


def test_the_authorization_request_uses_pkce_state_and_nonce(client, provider):
    response = client.get("/inloggen/organisatie")

    target = urlsplit(response.headers["Location"])
    assert f"{target.scheme}://{target.netloc}" == provider.issuer
    query = {k: v[0] for k, v in parse_qs(target.query).items()}
    assert query["response_type"] == "code"
    assert query["code_challenge_method"] == "S256" and len(query["code_challenge"]) >= 43
    assert len(query["state"]) >= 20 and len(query["nonce"]) >= 20
    assert query["redirect_uri"] == f"{TEST_CLIENT_BASE}/inloggen/organisatie/terug"
    assert set(query["scope"].split()) >= {"openid", "email"}


def test_first_sign_on_creates_the_user_with_the_role_of_their_group(app, client, db):
    callback = sign_in_at_provider(client, "anna")

    response = client.get(callback)

    assert response.status_code == 302
    user = _user(db, "anna.de.vries@voorbeeldstad.test")
    assert (user.name, user.role, user.active) == ("Anna de Vries", "auteur", True)
    assert "Anna de Vries · Auteur" in _logged_in_as(client)
    # No password opens this account: it only signs on through the provider.
    other = app.test_client()
    refused = other.post("/inloggen", data={"email": user.email, "password": user.password_hash})
    assert refused.status_code == 401


def test_an_existing_user_is_matched_by_e_mail_and_takes_the_role_of_their_groups(
        client, db, make_user):
    existing = make_user("auteur", email="rik.jansen@voorbeeldstad.test", name="R. Jansen")

    response = client.get(sign_in_at_provider(client, "rik",
                                              start="/inloggen/organisatie?next=/mijn-werk"))

    assert response.status_code == 302
    assert response.headers["Location"] == "/mijn-werk"
    user = _user(db, existing.email)
    assert (user.id, user.role) == (existing.id, "reviewer")
    assert len(db.scalars(select(User).where(User.email.like("rik%"))).all()) == 1


def test_a_user_without_a_mapped_group_gets_no_access_and_no_account(client, db):
    response = client.get(sign_in_at_provider(client, "piet"))

    assert response.status_code == 403
    assert ("U heeft geen toegang tot de Annotatiewerkbank: uw account bij gemeente "
            "Voorbeeldstad zit niet in een groep die toegang geeft.") in response.text
    assert _user(db, "piet.bakker@voorbeeldstad.test") is None
    assert _logged_in_as(client) is None


def test_a_wrong_state_is_refused(client, db):
    callback = sign_in_at_provider(client, "anna")
    path, query = callback.split("?", 1)
    params = {k: v[0] for k, v in parse_qs(query).items()}
    params["state"] = "een-state-van-een-ander"

    response = client.get(f"{path}?{urlencode(params)}")

    assert response.status_code == 400
    assert "Het inloggen is verlopen of niet op deze pagina begonnen." in response.text
    assert "Error" not in response.text and "Mismatching" not in response.text
    assert _user(db, "anna.de.vries@voorbeeldstad.test") is None
    assert _logged_in_as(client) is None


def test_a_wrong_nonce_in_the_id_token_is_refused(client, db):
    callback = sign_in_at_provider(client, "anna")
    # What this browser sent as nonce no longer matches the one in the ID token: the token
    # belongs to another login attempt (a replayed or injected response).
    with client.session_transaction() as session:
        [key] = [k for k in session if k.startswith("_state_organisation_")]
        session[key]["data"]["nonce"] = "nonce-van-een-andere-poging"
        session.modified = True

    response = client.get(callback)

    assert response.status_code == 400
    assert "hoort niet bij deze inlogpoging" in response.text
    assert _user(db, "anna.de.vries@voorbeeldstad.test") is None
    assert _logged_in_as(client) is None


def test_an_expired_code_is_refused(database_url, tmp_path, db):
    short_lived = Provider([TEST_CLIENT_BASE], code_ttl=1)
    try:
        app = sign_on_app(database_url, tmp_path, short_lived)
        client = app.test_client()
        callback = sign_in_at_provider(client, "anna")
        time.sleep(2.5)  # the provider's code lives one second

        response = client.get(callback)

        assert response.status_code == 400
        assert f"De inlogcode van {ORGANISATION} is verlopen of al gebruikt." in response.text
        assert _user(db, "anna.de.vries@voorbeeldstad.test") is None
        app.extensions["db_engine"].dispose()
    finally:
        short_lived.stop()


def test_logging_out_also_ends_the_session_at_the_provider(app, client, provider):
    client.get(sign_in_at_provider(client, "anna"))
    page = client.get("/")
    assert f"form-action 'self' {provider.issuer}" in page.headers["Content-Security-Policy"]

    response = client.post("/uitloggen")

    assert response.status_code == 302
    target = urlsplit(response.headers["Location"])
    assert f"{target.scheme}://{target.netloc}{target.path}" == f"{provider.issuer}/session/end"
    query = parse_qs(target.query)
    assert query["post_logout_redirect_uri"] == [f"{TEST_CLIENT_BASE}/inloggen"]
    assert query["id_token_hint"][0].count(".") == 2
    assert _logged_in_as(client) is None


def test_a_local_user_logs_out_locally_only(client, login_as):
    login_as("auteur")
    response = client.post("/uitloggen")
    assert response.headers["Location"] == "/inloggen"


def test_local_login_can_be_switched_off(database_url, tmp_path, provider, make_user, db):
    app = sign_on_app(database_url, tmp_path, provider, LOCAL_LOGIN="uit")
    client = app.test_client()
    user = make_user("beheer")

    page = client.get("/inloggen")
    refused = client.post("/inloggen", data={"email": user.email, "password": PASSWORD})

    assert f"Inloggen met {ORGANISATION}" in page.text
    assert "Wachtwoord" not in page.text
    assert refused.status_code == 403
    assert f"Inloggen met een wachtwoord staat uit. Log in met {ORGANISATION}." in refused.text
    assert _logged_in_as(client) is None
    assert client.get(sign_in_at_provider(client, "anna")).status_code == 302
    assert "Anna de Vries" in _logged_in_as(client)
    app.extensions["db_engine"].dispose()


@pytest.mark.parametrize("mapping, message", [
    ("GG-Annotaties=hoofdredacteur", "OIDC_ROLE_MAPPING: onbekende rol 'hoofdredacteur'"),
    ("GG-Annotaties", "OIDC_ROLE_MAPPING: 'GG-Annotaties' is geen groep=rol."),
])
def test_a_mistake_in_the_role_mapping_is_named(mapping, message):
    with pytest.raises(ValidationError) as error:
        RoleMapping.parse(mapping)
    assert error.value.message.startswith(message)


def test_the_first_matching_rule_decides_and_a_claim_may_be_a_string():
    mapping = RoleMapping.parse("beheerders=beheer\nschrijvers=auteur")
    assert mapping.role_for(["schrijvers", "beheerders"]) == "beheer"
    assert mapping.role_for("schrijvers lezers") == "auteur"
    assert mapping.role_for([]) is None
    assert RoleMapping.parse("").role_for(["beheerders"]) is None


def test_an_unreachable_provider_is_a_dutch_message(database_url, tmp_path, make_user):
    gone = Provider([TEST_CLIENT_BASE])
    gone.stop()
    app = sign_on_app(database_url, tmp_path, gone)
    client = app.test_client()

    response = client.get("/inloggen/organisatie")

    assert response.status_code == 502
    assert f"{ORGANISATION} is nu niet bereikbaar." in response.text
    assert "ConnectionError" not in response.text
    app.extensions["db_engine"].dispose()


def test_an_unverified_e_mail_address_never_opens_an_existing_account(client, db, make_user):
    existing = make_user("beheer", email="beheer@voorbeeldstad.test")

    response = client.get(sign_in_at_provider(client, "gast"))

    assert response.status_code == 403
    assert f"{ORGANISATION} heeft uw e-mailadres niet bevestigd" in response.text
    assert _user(db, existing.email).role == "beheer"
    assert _logged_in_as(client) is None


def test_an_account_switched_off_here_stays_off(client, db, make_user):
    existing = make_user("auteur", email="anna.de.vries@voorbeeldstad.test")
    existing.active = False
    db.add(existing)
    db.commit()

    response = client.get(sign_in_at_provider(client, "anna"))

    assert response.status_code == 403
    assert "Uw account in de Annotatiewerkbank is uitgeschakeld." in response.text
    assert _logged_in_as(client) is None
