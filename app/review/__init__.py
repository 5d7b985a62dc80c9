"""Review workflow: statuses, the choice, comparison, comments, history, readiness, Mijn werk."""

from app.nav import NavItem

NAV = [NavItem("Mijn werk", "review.my_work", "annotation.read_drafts")]
