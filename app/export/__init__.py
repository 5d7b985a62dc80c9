"""Word export: a download per mode, and for a final copy the list of what is still missing."""

NAV = []
