"""`flask --app app import PATH... [--dry-run] [--json] [--as EMAIL]`."""

import json
import sys

import click
from flask.cli import with_appcontext

from app.db import db_session
from briefings.errors import DomainError
from briefings.importing import import_document
from briefings.importing.files import collect_files, import_user

STATUS_WORDS = {"imported": "geïmporteerd", "skipped": "overgeslagen (al eerder geïmporteerd)",
                "checked": "gecontroleerd (niets opgeslagen)"}


@click.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--dry-run", is_flag=True, help="Alleen inlezen en controleren; niets opslaan.")
@click.option("--json", "as_json", is_flag=True,
              help="Druk de ingelezen structuur af (één bestand: een object, anders een lijst).")
@click.option("--as", "email", default=None,
              help="Importeer als deze gebruiker (standaard: de eerste beheerder).")
@with_appcontext
def import_command(paths, dry_run, as_json, email):
    """Import .docx/.txt/.md annotations or press Q&A; a folder imports every file in it."""
    session = db_session()
    try:
        user = import_user(session, email)
    except DomainError as error:
        if not dry_run or email:
            raise click.ClickException(error.message) from None
        user = None  # a dry run without any user still parses; it only skips the save checks
    files = collect_files(paths)
    outcomes, failures = [], []
    with click.progressbar(files, label="Importeren", file=sys.stderr,
                           item_show_func=lambda f: f.name if f else "") as bar:
        for path in bar:
            outcome, reason = _import_one(session, path, user, dry_run)
            if outcome:
                outcomes.append(outcome)
            else:
                failures.append((path, reason))
    single = len(paths) == 1 and len(files) == 1 and not files[0].is_dir()
    if as_json:
        documents = [o.document for o in outcomes]
        click.echo(json.dumps(documents[0] if single and documents else documents,
                              ensure_ascii=False, indent=2))
    _summary(outcomes, failures, err=as_json)
    if failures:
        sys.exit(1)


def _import_one(session, path, user, dry_run):
    """Import one file in its own transaction; return (outcome, None) or (None, reason)."""
    try:
        outcome = import_document(session, path.name, path.read_bytes(), by=user,
                                  dry_run=dry_run)
    except OSError as error:
        session.rollback()
        return None, f"kan het bestand niet lezen ({error.strerror or error})"
    except DomainError as error:
        session.rollback()
        return None, error.message
    except Exception as error:  # one bad file must not stop a folder of hundreds
        session.rollback()
        return None, f"onverwachte fout bij het inlezen ({type(error).__name__}: {error})"
    session.commit()
    outcome.filename = str(path)
    return outcome, None


def _summary(outcomes, failures, *, err) -> None:
    for outcome in outcomes:
        where = f" → annotatie {outcome.annotation_id}" if outcome.annotation_id else ""
        warnings = len(outcome.document["warnings"])
        note = f", {warnings} waarschuwing(en)" if warnings else ""
        click.echo(f"{outcome.filename}: {STATUS_WORDS[outcome.status]}{where}{note}", err=err)
        for warning in outcome.document["warnings"]:
            click.echo(f"    waarschuwing {warning}", err=err)
    for path, reason in failures:
        click.echo(f"{path}: mislukt: {reason}", err=True)
    counts = {status: sum(o.status == status for o in outcomes) for status in STATUS_WORDS}
    click.echo(
        f"Samenvatting: {counts['imported']} geïmporteerd, {counts['skipped']} overgeslagen "
        f"(al eerder geïmporteerd), {counts['checked']} alleen gecontroleerd, "
        f"{len(failures)} mislukt.", err=err)


COMMANDS = [import_command]
