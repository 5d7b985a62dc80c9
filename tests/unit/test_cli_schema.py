"""Commands against a database that init-db has not created say so, in Dutch."""

from app import create_app


def test_a_command_on_a_database_without_schema_says_to_run_init_db(tmp_path):
    app = create_app({"TESTING": True, "DATABASE_URL": f"sqlite:///{tmp_path / 'leeg.db'}",
                      "SEARCH_INDEX_DIR": str(tmp_path / "index"), "SECRET_KEY": "x"})
    runner = app.test_cli_runner()

    result = runner.invoke(args=["search", "melding"])

    assert result.exit_code != 0
    assert "Voer eerst 'flask --app app init-db' uit." in result.output
    assert "Traceback" not in result.output and "OperationalError" not in result.output
    assert runner.invoke(args=["init-db"]).exit_code == 0
    assert runner.invoke(args=["search", "melding"]).exit_code == 0
    app.extensions["db_engine"].dispose()


def test_the_first_step_of_make_run_on_a_new_database_logs_no_error(tmp_path, caplog):
    # `make run` starts with init-db on a database without tables; it logged
    # "search index not started ((sqlite3.OperationalError) no such table: ...)".
    caplog.set_level("WARNING")
    app = create_app({"TESTING": True, "DATABASE_URL": f"sqlite:///{tmp_path / 'nieuw.db'}",
                      "SEARCH_INDEX_DIR": str(tmp_path / "index"), "SECRET_KEY": "x"})
    assert app.test_cli_runner().invoke(args=["init-db"]).exit_code == 0
    assert not [r.getMessage() for r in caplog.records if r.levelname in ("WARNING", "ERROR")]
    app.extensions["db_engine"].dispose()
