"""The refusal of a final (or Woo) export while the copy has gaps.

What counts as a gap is decided in one place, briefings.workflow.readiness, which also holds
back Definitief; this module only turns the gaps into the export's refusal.
"""

from briefings.errors import ValidationError
from briefings.messages import msg
from briefings.workflow.readiness import Gap, final_copy_gaps

#: the name the export package and its callers know the shared rule by
export_gaps = final_copy_gaps

__all__ = ["Gap", "IncompleteExport", "export_gaps"]


class IncompleteExport(ValidationError):
    """A final or Woo copy was asked for while gaps are left; `gaps` lists them."""

    def __init__(self, gaps: list[Gap]):
        count = len(gaps)
        super().__init__(msg("export.nog_niet_definitief_een") if count == 1
                         else msg("export.nog_niet_definitief", count=count))
        self.gaps = gaps
