import sys

import click
from flask.cli import with_appcontext

from app.db import db_session
from briefings.errors import ValidationError
from briefings.users import create_user
from briefings.vocabulary import ROLES


@click.command("create-user")
@click.argument("email")
@click.option("--role", required=True, type=click.Choice(sorted(ROLES)), help="Rol")
@click.option("--name", default=None, help="Naam zoals getoond in de app")
@with_appcontext
def create_user_command(email, role, name):
    """Create a user; the password is read from standard input."""
    if sys.stdin.isatty():
        password = click.prompt("Wachtwoord", hide_input=True, confirmation_prompt=True)
    else:
        password = sys.stdin.readline().rstrip("\n")
    session = db_session()
    try:
        user = create_user(session, email=email, role=role, name=name, password=password)
    except ValidationError as error:
        raise click.ClickException(error.message) from None
    session.commit()
    click.echo(f"Gebruiker {user.email} aangemaakt met rol {user.role}.")


COMMANDS = [create_user_command]
