"""Sign-on with the organisation's identity provider: OpenID Connect through Authlib.

Authorization code flow with PKCE (S256); Authlib keeps state, nonce and code verifier in the
session and checks the state on return and the nonce in the ID token. Who the person is comes
from the ID token and the userinfo endpoint; the role from a groups claim and OIDC_ROLE_MAPPING.
"""

import logging
from dataclasses import dataclass
from urllib.parse import urlsplit

import requests
from authlib.common.errors import AuthlibBaseError
from authlib.integrations.flask_client import OAuth
from flask import Blueprint, current_app, redirect, request, session, url_for
from joserfc.errors import JoseError

from app.auth.routes import _safe_next as safe_next
from app.auth.sessions import start_session
from app.db import db_session
from app.errors import error_response
from app.links import absolute_url
from briefings.errors import DomainError, PermissionDenied
from briefings.messages import msg
from briefings.sign_on import RoleMapping, sign_on

log = logging.getLogger(__name__)
bp = Blueprint("oidc", __name__, url_prefix="/inloggen/organisatie")
CLIENT = "organisation"
ID_TOKEN_KEY = "oidc_id_token"


@dataclass(frozen=True)
class SignOnSettings:
    organisation: str
    discovery_url: str
    client_id: str
    client_secret: str
    role_claim: str
    mapping: RoleMapping
    scopes: str
    local_login: bool

    @property
    def provider_origin(self) -> str:
        parts = urlsplit(self.discovery_url)
        return f"{parts.scheme}://{parts.netloc}"


def init_sign_on(app) -> None:
    """Offer "Inloggen met <organisatie>" when OIDC_DISCOVERY_URL and a client are set."""
    settings = sign_on_settings(app.config)
    app.extensions["sign_on"] = settings
    app.jinja_env.globals["sign_on"] = settings
    app.jinja_env.globals["local_login_enabled"] = local_login_enabled
    if settings is None:
        return
    oauth = OAuth(app)
    oauth.register(CLIENT, client_id=settings.client_id, client_secret=settings.client_secret,
                   server_metadata_url=settings.discovery_url,
                   client_kwargs={"scope": settings.scopes, "code_challenge_method": "S256"})
    app.extensions["sign_on_client"] = oauth.create_client(CLIENT)
    # Logging out posts a form that ends at the provider's logout page.
    app.config["CSP_FORM_ACTION"] = settings.provider_origin
    app.register_blueprint(bp)


def sign_on_settings(config) -> SignOnSettings | None:
    local_login = (config.get("LOCAL_LOGIN") or "aan").strip().lower() not in (
        "uit", "nee", "0", "false", "off")
    if not (config.get("OIDC_DISCOVERY_URL") and config.get("OIDC_CLIENT_ID")):
        if not local_login:
            log.warning("LOCAL_LOGIN=uit without OIDC: local login stays on")
        return None
    return SignOnSettings(
        organisation=config.get("ORGANISATION_NAME") or "de gemeente",
        discovery_url=config["OIDC_DISCOVERY_URL"], client_id=config["OIDC_CLIENT_ID"],
        client_secret=config.get("OIDC_CLIENT_SECRET") or "",
        role_claim=config.get("OIDC_ROLE_CLAIM") or "groups",
        # A mistake in the mapping stops the start-up with its Dutch message.
        mapping=RoleMapping.parse(config.get("OIDC_ROLE_MAPPING")),
        scopes=config.get("OIDC_SCOPES") or "openid email profile",
        local_login=local_login,
    )


def local_login_enabled() -> bool:
    settings = current_app.extensions.get("sign_on")
    return settings is None or settings.local_login


def require_local_login() -> None:
    """:raises PermissionDenied: when LOCAL_LOGIN=uit (only sign-on through the provider)."""
    if not local_login_enabled():
        organisation = current_app.extensions["sign_on"].organisation
        raise PermissionDenied(msg("auth.inloggen_met_wachtwoord_staat", organisation=organisation))


@bp.get("", endpoint="login")
def login():
    session["login_next"] = safe_next(request.args.get("next"))
    try:
        return _client().authorize_redirect(absolute_url("oidc.callback"))
    except requests.RequestException:
        log.warning("identity provider unreachable", exc_info=True)
        return _unreachable()


@bp.get("/terug", endpoint="callback")
def callback():
    settings = current_app.extensions["sign_on"]
    organisation = settings.organisation
    try:
        token = _client().authorize_access_token()
        claims = _claims(token)
    except (AuthlibBaseError, JoseError) as error:
        log.warning("sign-on refused: %s", error)
        return error_response(400, _reason(error, organisation))
    except requests.RequestException:
        log.warning("identity provider unreachable", exc_info=True)
        return _unreachable()
    try:
        user = sign_on(db_session(), email=claims.get("email"), name=claims.get("name"),
                       groups=claims.get(settings.role_claim), mapping=settings.mapping,
                       organisation=organisation, email_verified=claims.get("email_verified"))
    except DomainError as error:
        db_session().rollback()
        return error_response(error.status, error.message)
    db_session().commit()
    target = session.get("login_next") or url_for("annotations.index")
    start_session(user)
    session[ID_TOKEN_KEY] = token.get("id_token")
    return redirect(target)


def provider_logout_url() -> str | None:
    """Return where to end the session at the provider too, or None (local login, no support).

    Call before clearing the session: the ID token is the hint the provider needs.
    """
    id_token = session.get(ID_TOKEN_KEY)
    client = current_app.extensions.get("sign_on_client")
    if not id_token or client is None:
        return None
    try:
        if not client.load_server_metadata().get("end_session_endpoint"):
            return None
        return client.create_logout_url(
            post_logout_redirect_uri=absolute_url("auth.login"), id_token_hint=id_token,
            client_id=client.client_id)["url"]
    except Exception:  # the provider is away: at least the local session ends
        log.warning("provider logout unavailable", exc_info=True)
        return None


def _client():
    return current_app.extensions["sign_on_client"]


def _claims(token) -> dict:
    """Return the ID token's claims completed by the userinfo endpoint (same subject only)."""
    claims = dict(token.get("userinfo") or {})
    if not claims:
        raise _SignOnError("no ID token")
    if _client().load_server_metadata().get("userinfo_endpoint"):
        extra = dict(_client().userinfo(token=token))
        if extra.get("sub") == claims.get("sub"):
            claims = {**extra, **{k: v for k, v in claims.items() if v}}
    return claims


class _SignOnError(AuthlibBaseError):
    error = "invalid_token"


def _reason(error, organisation) -> str:
    kind = getattr(error, "error", "") or ""
    if kind == "mismatching_state":
        return msg("auth.inloggen_verlopen", organisation=organisation)
    if isinstance(error, JoseError) and "nonce" in str(error):
        return msg("auth.antwoord_hoort_niet_bij_poging", organisation=organisation)
    if kind == "invalid_grant":
        return msg("auth.inlogcode_verlopen", organisation=organisation)
    if kind == "access_denied":
        return msg("auth.inloggen_afgebroken", organisation=organisation)
    return msg("auth.inloggen_mislukt", organisation=organisation)


def _unreachable():
    organisation = current_app.extensions["sign_on"].organisation
    return error_response(502, msg("auth.organisation_nu_niet_bereikbaar",
                                   organisation=organisation))

