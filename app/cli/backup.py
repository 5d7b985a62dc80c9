from pathlib import Path

import click
from flask import current_app
from flask.cli import with_appcontext

from briefings.backup import backup_database
from briefings.errors import ValidationError


@click.command("backup")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@with_appcontext
def backup_command(file):
    """Write a consistent copy of the database to FILE (SQLite online backup)."""
    try:
        backup_database(current_app.config["DATABASE_URL"], file)
    except ValidationError as error:
        raise click.ClickException(error.message) from None
    click.echo(f"Back-up geschreven naar {file}.")


COMMANDS = [backup_command]
