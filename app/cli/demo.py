import click
from flask.cli import with_appcontext

from app.db import db_session
from briefings.demo import load_demo_data


@click.command("demo-data")
@with_appcontext
def demo_data_command():
    """Load the demo users and sample annotations (idempotent)."""
    session = db_session()
    report = load_demo_data(session)
    session.commit()
    for line in report:
        click.echo(line)


COMMANDS = [demo_data_command]
