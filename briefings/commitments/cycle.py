"""The planning-and-control cycle: when the council deals with the begroting, voorjaarsnota, ….

"voor de begroting" or "bij de voorjaarsnota" is a deadline on the date of the council meeting
that deals with that document. Those dates differ per municipality, so they are configurable:
`PLANNING_CYCLE="begroting=11-07; voorjaarsnota=07-03"` (month-day, one a year). The defaults
are the usual months: voorjaarsnota/kadernota early July, begroting early November.
"""

import re

from briefings.errors import ValidationError
from briefings.messages import msg

#: document → (month, day) of the council meeting that deals with it, every year
DEFAULT_CYCLE = {
    "voorjaarsnota": (7, 1), "kadernota": (7, 1), "perspectiefnota": (7, 1),
    "jaarrekening": (7, 1), "jaarstukken": (7, 1), "jaarverslag": (7, 1),
    "eerste bestuursrapportage": (7, 1), "eerste tussenrapportage": (7, 1),
    "begroting": (11, 10), "programmabegroting": (11, 10),
    "tweede bestuursrapportage": (11, 10), "tweede tussenrapportage": (11, 10),
    "najaarsnota": (12, 1), "bestuursrapportage": (7, 1), "tussenrapportage": (7, 1),
}
#: a document about year Y is dealt with in another calendar year: "de begroting 2026" in 2025
YEAR_SHIFT = {"begroting": -1, "programmabegroting": -1, "jaarrekening": 1, "jaarstukken": 1,
              "jaarverslag": 1}

_cycle = dict(DEFAULT_CYCLE)
DOCUMENTS = "|".join(sorted((re.escape(name).replace(r"\ ", r"\s+") for name in DEFAULT_CYCLE),
                            key=len, reverse=True))


def configure(setting: str | dict | None) -> None:
    """Use this municipality's cycle dates; None restores the defaults.

    :raises ValidationError: on a setting that is not "document=MM-DD; …"
    """
    _cycle.clear()
    _cycle.update(DEFAULT_CYCLE)
    if isinstance(setting, dict):
        _cycle.update({name.lower(): tuple(value) for name, value in setting.items()})
        return
    for part in filter(None, (p.strip() for p in (setting or "").split(";"))):
        match = re.fullmatch(r"([a-z ]+?)\s*=\s*(\d{1,2})-(\d{1,2})", part, re.I)
        if not match or match[1].lower() not in DEFAULT_CYCLE:
            raise ValidationError(msg("commitment.planning_cycle_ongeldig", part=part))
        _cycle[match[1].lower()] = (int(match[2]), int(match[3]))


def meeting_date(document: str) -> tuple[int, int]:
    """Return (month, day) on which the council deals with `document` ("begroting", …)."""
    return _cycle[" ".join(document.lower().split())]
