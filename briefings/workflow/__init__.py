"""The review workflow: variant statuses, the choice, comments, history, readiness, work lists.

Services take the session and the acting user, check permission (briefings.permissions),
record every status change and choice as a Revision plus search-index work, and flush;
the caller commits once.
"""

from briefings.workflow.comments import (
    add_comment,
    get_comment,
    resolve_comment,
    threads,
    unresolved_count,
)
from briefings.workflow.history import (
    can_restore,
    get_revision,
    list_revisions,
    restore_revision,
)
from briefings.workflow.readiness import Readiness, readiness, set_annotation_status
from briefings.workflow.review import (
    approve,
    assign_owner,
    choose,
    reject,
    submit_for_review,
    unchoose,
)
from briefings.workflow.worklist import Worklist, my_work

__all__ = [
    "Readiness", "Worklist", "add_comment", "approve", "assign_owner", "can_restore", "choose",
    "get_comment", "get_revision", "list_revisions", "my_work", "readiness", "reject",
    "resolve_comment", "restore_revision", "set_annotation_status", "submit_for_review",
    "threads", "unchoose", "unresolved_count",
]
