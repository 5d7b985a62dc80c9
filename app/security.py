"""CSRF on every form, and headers that keep pages from being framed or sniffed."""

from flask_wtf.csrf import CSRFProtect

csrf = CSRFProtect()

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "frame-ancestors 'none'; form-action 'self'{form_action}; base-uri 'none'"
)


def init_security(app) -> None:
    csrf.init_app(app)

    @app.after_request
    def _headers(response):
        # CSP_FORM_ACTION: the identity provider, where logging out ends (app/auth/oidc.py)
        extra = app.config.get("CSP_FORM_ACTION")
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY.format(
            form_action=f" {extra}" if extra else ""))
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        return response
