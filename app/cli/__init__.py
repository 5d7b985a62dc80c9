"""The command-line contract (DESIGN.md): `flask --app app COMMAND`."""

from app.cli import backup, database, demo, export, importing, index, mail, search, users

MODULES = (database, users, demo, backup, importing, export, search, index, mail)


def register_commands(app) -> None:
    for module in MODULES:
        for command in module.COMMANDS:
            app.cli.add_command(command)
