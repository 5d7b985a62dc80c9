"""Beheer: users and roles."""

from app.nav import NavItem

NAV = [NavItem("Beheer", "admin.users", "users.manage")]
