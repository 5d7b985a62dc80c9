"""Form helpers shared by every area."""

from wtforms.fields.choices import SelectChoice


def select_choices(options: dict, *, empty: str | None = None) -> list[SelectChoice]:
    """Return SelectField choices from a vocabulary dict, optionally led by an empty choice."""
    choices = [SelectChoice("", empty)] if empty is not None else []
    return choices + [SelectChoice(value, label) for value, label in options.items()]
