from typing import NamedTuple


class NavItem(NamedTuple):
    """A main-menu entry; shown when the user may perform `action` (None: everyone)."""

    label: str
    endpoint: str
    action: str | None = None
