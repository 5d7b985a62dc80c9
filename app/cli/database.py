import click
from flask import current_app
from flask.cli import with_appcontext

from briefings.schema import upgrade


@click.command("init-db")
@with_appcontext
def init_db_command():
    """Create or upgrade the schema (Alembic upgrade head)."""
    upgrade(current_app.config["DATABASE_URL"])
    click.echo("Database bijgewerkt.")


COMMANDS = [init_db_command]
