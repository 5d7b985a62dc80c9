import html
import json
from types import SimpleNamespace

import click
from flask import current_app
from flask.cli import with_appcontext

from app.db import db_session
from app.search.serialize import result_json
from briefings.messages import msg
from briefings.users import find_user
from search_index import rebuild
from search_index.query import Filters
from search_index.rebuild import count_items
from search_index.schema import KINDS

#: the command line is used by administrators on the server: it searches as `beheer`
CLI_USER = SimpleNamespace(id=None, role="beheer", active=True, name="command line")


@click.command("search")
@click.argument("query")
@click.option("--json", "as_json", is_flag=True, help="Resultaten als JSON")
@click.option("--limit", default=10, show_default=True, type=click.IntRange(1, 1000),
              help="Maximaal aantal resultaten")
@click.option("--approved-only", is_flag=True,
              help="Alleen wat persvoorlichting mag zien: goedgekeurde of gekozen antwoorden, "
                   "definitieve annotaties en perslijnen")
@click.option("--as", "as_email", metavar="EMAIL", default=None,
              help="Zoeken met de rechten van deze gebruiker")
@with_appcontext
def search_command(query, as_json, limit, approved_only, as_email):
    """Full-text search over questions, answers, kernboodschap, commitments and press lines."""
    service = current_app.extensions["search"]
    user = CLI_USER
    if as_email is not None:
        user = find_user(db_session(), as_email)
        if user is None or not user.active:
            raise click.ClickException(msg("cli.geen_actieve_gebruiker_met", email=as_email))
    result, rows = service.search(db_session(), user, query,
                                  Filters(approved_only=approved_only), pagelen=limit,
                                  facets=False)
    data = result_json(result, rows)
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    if data["suggestion"]:
        click.echo(f"Geen resultaten voor: {data['query']}. Bedoelde u: {data['suggestion']}?")
    if data["period"]:
        click.echo(data["period"]["said"])
    if data["any_words"]:
        click.echo("Geen resultaten met al deze woorden. "
                   "Dit zijn de resultaten met een deel ervan.")
    click.echo(f"{data['total']} resultaten voor: {data['suggestion'] or data['query']}")
    for row in data["results"]:
        snippet = html.unescape(row["highlight"].replace("<mark>", "*").replace("</mark>", "*"))
        click.echo(f"- [{KINDS.get(row['kind'], row['kind'])}] {row['url'] or ''} "
                   f"(score {row['score']})\n  {snippet}")


@click.command("reindex")
@with_appcontext
def reindex_command():
    """Rebuild the search index from the database into a new directory, then swap it in."""
    service = current_app.extensions["search"]
    total = count_items(db_session())
    with click.progressbar(length=total, label="Zoekindex opbouwen") as bar:
        count = service.reindex(progress=bar.update, procs=rebuild.CLI_PROCS)
    click.echo(f"Zoekindex opnieuw opgebouwd: {count} documenten.")


COMMANDS = [search_command, reindex_command]
