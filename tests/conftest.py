"""Fixtures: a real database (SQLite file, or PostgreSQL with TEST_DATABASE_URL) and app per test.

SQLite: the schema is migrated once into a template file, copied for every test.
PostgreSQL: one database per test run, migrated once, emptied after every test.
"""

import os
import shutil
import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app import create_app
from briefings import authoring
from briefings.db import make_engine, make_session_factory
from briefings.models import Base
from briefings.schema import upgrade
from briefings.users import create_user

PASSWORD = "correct horse battery"


@pytest.fixture(scope="session")
def _database_template(tmp_path_factory):
    """Yield ("sqlite", template file) or ("postgresql", url of this run's own database)."""
    url = os.environ.get("TEST_DATABASE_URL")
    if not url:
        path = tmp_path_factory.mktemp("db") / "template.db"
        upgrade(f"sqlite:///{path}")
        yield "sqlite", path
        return
    name = f"awb_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    run_url = make_url(url).set(database=name).render_as_string(hide_password=False)
    upgrade(run_url)
    yield "postgresql", run_url
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def database_url(_database_template, tmp_path):
    kind, template = _database_template
    if kind == "sqlite":
        path = tmp_path / "test.db"
        shutil.copy(template, path)
        yield f"sqlite:///{path}"
        return
    yield template
    engine = create_engine(template)
    tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with engine.begin() as connection:
        connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    engine.dispose()


@pytest.fixture
def app(database_url, tmp_path):
    app = create_app({
        "TESTING": True,
        "DATABASE_URL": database_url,
        "SEARCH_INDEX_DIR": str(tmp_path / "search-index"),
        "SECRET_KEY": "test-secret",
        "WTF_CSRF_ENABLED": False,
    })
    yield app
    app.extensions["db_engine"].dispose()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@pytest.fixture
def db(database_url):
    """A session on the test database, for services used without the web app."""
    engine = make_engine(database_url)
    session = make_session_factory(engine)()
    yield session
    session.rollback()
    session.close()
    engine.dispose()


@pytest.fixture
def make_user(db):
    def _create_user(role="auteur", email=None, name=None, password=PASSWORD):
        email = email or f"{role}-{uuid.uuid4().hex[:6]}@gemeente.test"
        user = create_user(db, email=email, role=role, name=name or role.title(),
                           password=password)
        db.commit()
        return user

    return _create_user


@pytest.fixture
def login_as(client, make_user):
    """Log the test client in as a new user with `role`; return that user."""
    def _login_as(role, client=client):
        user = make_user(role)
        response = client.post("/inloggen", data={"email": user.email, "password": PASSWORD})
        assert response.status_code == 302, response.get_data(as_text=True)
        return user

    return _login_as


@pytest.fixture
def make_annotation(db, make_user):
    """Create an annotation with sections and questions given as plain data."""
    def _create_annotation(*, by=None, sections=(), questions=(), **header):
        by = by or make_user("auteur")
        header.setdefault("title", "Kennisnemen van de voortgangsrapportage")
        header.setdefault("portfolio_holder", "wethouder Van Buren")
        header.setdefault("meeting", {"body": "raad", "name": "Raad", "dates": ["2024-02-28"]})
        annotation = authoring.create_annotation(db, by=by, **header)
        for section in sections:
            authoring.add_section(db, annotation, by=by, **section)
        for question in questions:
            question = dict(question)
            variants = question.pop("variants", [])
            q = authoring.add_question(db, annotation, by=by, **question)
            for variant in variants:
                authoring.add_variant(db, q, by=by, **variant)
        db.commit()
        return annotation

    return _create_annotation
