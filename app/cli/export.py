import click
from flask import current_app
from flask.cli import with_appcontext

from app.db import db_session
from app.export.routes import public_roles
from briefings.authoring import get_annotation
from briefings.errors import DomainError
from briefings.export import MODES, IncompleteExport, export, to_bytes


@click.command("export")
@click.argument("annotation_id", type=int)
@click.option("--mode", required=True, type=click.Choice(list(MODES)), help="Soort versie")
@click.option("--allow-incomplete", is_flag=True,
              help="Toch exporteren als er open punten zijn (die worden gemarkeerd)")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, writable=True),
              help="Het .docx-bestand dat wordt geschreven")
@with_appcontext
def export_command(annotation_id, mode, allow_incomplete, output):
    """Write an annotation to a Word file; final and woo refuse while gaps are left."""
    try:
        annotation = get_annotation(db_session(), annotation_id, full=True)
        document = export(annotation, mode, allow_incomplete=allow_incomplete,
                          template=current_app.config.get("WORD_TEMPLATE"),
                          public_roles=public_roles())
    except IncompleteExport as error:
        click.echo(error.message, err=True)
        for gap in error.gaps:
            click.echo(f"- {gap.message}", err=True)
        click.echo("Gebruik --allow-incomplete om toch te exporteren.", err=True)
        raise click.exceptions.Exit(2) from None
    except DomainError as error:
        raise click.ClickException(error.message) from None
    with open(output, "wb") as file:
        file.write(to_bytes(document))
    click.echo(f"Export ({MODES[mode][0].lower()}) geschreven naar {output}.")


COMMANDS = [export_command]
