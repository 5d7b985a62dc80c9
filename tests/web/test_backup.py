import sqlite3

import pytest

from briefings.models import Annotation


def test_backup_writes_a_database_with_the_same_annotations(runner, make_annotation, tmp_path,
                                                            database_url):
    if not database_url.startswith("sqlite"):
        pytest.skip("the online backup is SQLite's; PostgreSQL gets a pg_dump hint")
    make_annotation(title="Voortgang Stadpas")
    target = tmp_path / "kopie.db"
    result = runner.invoke(args=["backup", str(target)])
    assert result.exit_code == 0, result.output
    query = f"SELECT title FROM {Annotation.__tablename__}"
    rows = sqlite3.connect(target).execute(query).fetchall()
    assert rows == [("Voortgang Stadpas",)]
    again = runner.invoke(args=["backup", str(target)])
    assert again.exit_code != 0
    assert "bestaat al" in again.output


def test_backup_of_a_server_database_names_pg_dump(runner, app):
    app.config["DATABASE_URL"] = "postgresql+psycopg://annot:geheim@db.example/annot"
    result = runner.invoke(args=["backup", "/tmp/x.dump"])
    assert result.exit_code != 0
    assert "pg_dump" in result.output
    assert "geheim" not in result.output
