"""E-mail: each user's mail settings and calendar feed; the mail queue for beheer."""

from app.nav import NavItem

NAV = [NavItem("E-mail", "mail.queue", "users.manage")]
