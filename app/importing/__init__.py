"""Importing old Word and text annotations: upload, preview, confirm."""

from app.nav import NavItem

NAV = [NavItem("Importeren", "importing.upload", "import")]
