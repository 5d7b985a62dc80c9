"""The command-line contract (DESIGN.md): `flask --app app COMMAND`."""

import functools

import click
from flask import current_app
from flask.cli import with_appcontext

from app.cli import backup, database, demo, export, importing, index, mail, search, users
from briefings.messages import msg
from briefings.schema import is_current

MODULES = (database, users, demo, backup, importing, export, search, index, mail)
#: commands that work on a database whose schema is missing or behind
WITHOUT_SCHEMA = {"init-db", "backup"}


def register_commands(app) -> None:
    for module in MODULES:
        for command in module.COMMANDS:
            # the command objects are shared by every app a process creates: wrap them once
            if command.name not in WITHOUT_SCHEMA and not hasattr(command.callback, "schema"):
                command.callback = _needs_schema(command.callback)
            app.cli.add_command(command)


def _needs_schema(callback):
    """Refuse, in Dutch, to run against a database that init-db has not created or upgraded,
    instead of failing halfway with a database error."""
    @functools.wraps(callback)
    @with_appcontext
    def checked(*args, **kwargs):
        if not is_current(current_app.extensions["db_engine"]):
            raise click.ClickException(
                msg("cli.database_nog_niet_aangemaakt"))
        return callback(*args, **kwargs)

    checked.schema = True
    return checked
