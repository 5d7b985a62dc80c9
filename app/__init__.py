"""The Flask application: `flask --app app run`."""

from pathlib import Path

from flask import Flask

ROOT = Path(__file__).resolve().parent.parent


def create_app(config: dict | None = None) -> Flask:
    """Build the app: configuration, database, security, blueprints, CLI, error pages."""
    app = Flask(
        __name__,
        template_folder=str(ROOT / "templates"),
        static_folder=str(ROOT / "static"),
        instance_path=str(ROOT / "instance"),
    )
    _configure(app, config)
    from app import auth, db, errors, ids, rendering, request_log, security
    from app.auth.oidc import init_sign_on
    from app.mail.service import init_mail
    from app.search.hooks import init_search

    ids.init_ids(app)
    db.init_db(app)
    request_log.init_request_log(app)
    init_search(app)
    security.init_security(app)
    rendering.init_rendering(app)
    _register_blueprints(app)
    _register_cli(app)
    errors.register_error_handlers(app)
    auth.init_auth(app)
    init_sign_on(app)
    init_mail(app)
    return app


def _configure(app: Flask, config: dict | None) -> None:
    from app.config import check_production, load_config

    app.config.update(load_config(app.instance_path))
    if config:
        app.config.update(config)
    if app.config["APP_ENV"] == "production":
        check_production(app.config)


def _register_blueprints(app: Flask) -> None:
    from app import admin, annotations, commitments, export, importing, mail, press, review, search
    from app.admin.routes import bp as admin_bp
    from app.annotations.routes import bp as annotations_bp
    from app.auth.routes import bp as auth_bp
    from app.commitments.routes import bp as commitments_bp
    from app.export.routes import bp as export_bp
    from app.health.routes import bp as health_bp
    from app.importing.routes import bp as importing_bp
    from app.mail.routes import bp as mail_bp
    from app.press.routes import bp as press_bp
    from app.review.routes import bp as review_bp
    from app.search.routes import bp as search_bp

    blueprints = (auth_bp, annotations_bp, review_bp, search_bp, importing_bp, admin_bp,
                  commitments_bp, press_bp, export_bp, mail_bp, health_bp)
    for blueprint in blueprints:
        app.register_blueprint(blueprint)
    # Each area names its menu entries; the menu shows those the user's role may use.
    nav = [item for area in (annotations, review, search, importing, commitments, press, export,
                             admin, mail)
           for item in area.NAV]
    app.jinja_env.globals["nav_items"] = nav


def _register_cli(app: Flask) -> None:
    from app.cli import register_commands

    register_commands(app)
