"""Perslijnen: publish approved answers as lines, search them, reuse them in press Q&A."""

from app.nav import NavItem

NAV = [NavItem("Perslijnen", "press.index")]
