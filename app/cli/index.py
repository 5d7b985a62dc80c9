"""`check-index`: does this server's search index match the database?"""

import click
from flask import current_app
from flask.cli import with_appcontext

from app.db import db_session
from search_index import check, replicas

#: differences printed one per line; the rest is counted
SHOWN = 50


@click.command("check-index")
@with_appcontext
def check_index_command():
    """Compare the search index with the database and list the differences (exit 1 if any)."""
    service = current_app.extensions["search"]
    service.ensure()
    service.catch_up()
    session = db_session()
    with service.index.searcher() as searcher:
        total, differences = check.compare(session, searcher)
    pending, age = service.lag()
    click.echo(f"Zoekindex {service.name}: nog {pending} wijziging(en) te verwerken"
               + (f", oudste {age:.0f} s" if pending else "") + ".")
    for replica in replicas.listing(session):
        state = ("moet opnieuw opbouwen" if replica.stale
                 else f"tot wijziging {replica.applied_through}")
        click.echo(f"- {replica.name}: {state}, "
                   f"laatst gezien {replica.heartbeat_at:%Y-%m-%d %H:%M:%S} UTC")
    if not differences:
        click.echo(f"Zoekindex klopt met de database: {total} documenten.")
        return
    for difference in differences[:SHOWN]:
        fields = f" ({', '.join(difference.fields)})" if difference.fields else ""
        click.echo(f"{difference.doc_id}: {difference.problem}{fields}")
    if len(differences) > SHOWN:
        click.echo(f"… en nog {len(differences) - SHOWN} verschillen.")
    click.echo(f"{len(differences)} verschil(len) tussen zoekindex en database; "
               "`flask --app app reindex` bouwt de index opnieuw op.", err=True)
    raise SystemExit(1)


COMMANDS = [check_index_command]
