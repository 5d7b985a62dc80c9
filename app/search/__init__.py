"""Search: the search page, the JSON API, "eerder gezegd" and consistency warnings."""

from app.nav import NavItem

NAV = [NavItem("Zoeken", "search.index", "search")]
