"""Toezeggingen: the register, reminders, CSV export, detail with history, suggestions."""

from app.nav import NavItem

NAV = [NavItem("Toezeggingen", "commitments.index", "commitment.read")]
