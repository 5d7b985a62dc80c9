"""Mail from the command line: the daily reminders (cron) and sending what is queued."""

from datetime import date

import click
from flask import current_app
from flask.cli import with_appcontext

from app.db import db_session
from briefings.mail.delivery import purge_sent
from briefings.mail.digest import queue_reminders

NO_SMTP = "Er is geen mailserver ingesteld (SMTP_HOST): er wordt geen e-mail verstuurd."


@click.command("send-reminders")
@click.option("--date", "day", default=None, metavar="JJJJ-MM-DD",
              help="De dag van de herinnering (standaard vandaag).")
@with_appcontext
def send_reminders_command(day):
    """Queue and send today's reminder mail for every user (run daily from cron)."""
    sender = current_app.extensions.get("mail")
    if sender is None:
        click.echo(NO_SMTP)
        return
    try:
        today = date.fromisoformat(day) if day else date.today()
    except ValueError:
        raise click.BadParameter(f"Ongeldige datum: {day!r} (gebruik jjjj-mm-dd).") from None
    session = db_session()
    report = queue_reminders(session, today)
    purge_sent(session)
    session.commit()
    click.echo(f"{report.queued} herinnering(en) in de wachtrij gezet; "
               f"{report.nothing_to_report} gebruiker(s) zonder iets om aan te herinneren, "
               f"{report.not_wanted} zonder herinneringen.")
    _send(sender)


@click.command("send-mail")
@with_appcontext
def send_mail_command():
    """Send the queued mail that is due (retries included)."""
    sender = current_app.extensions.get("mail")
    if sender is None:
        click.echo(NO_SMTP)
        return
    _send(sender)


def _send(sender) -> None:
    report = sender.send_now()
    click.echo(f"{report.sent} e-mail(s) verzonden.")
    if report.failed:
        click.echo(f"{report.failed} e-mail(s) niet verzonden; ze worden later opnieuw "
                   "geprobeerd (zie Beheer → E-mail).", err=True)


COMMANDS = [send_reminders_command, send_mail_command]
