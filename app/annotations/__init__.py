"""Writing annotations: list, header, sections, questions and variants, read view."""

from app.nav import NavItem

NAV = [NavItem("Annotaties", "annotations.index", "annotation.read_drafts")]
