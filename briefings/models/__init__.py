"""All models, importable from one place: `from briefings.models import Annotation`."""

from briefings.models.annotations import Annotation, Meeting, MeetingDate, Section
from briefings.models.base import Base, utcnow
from briefings.models.commitments import Commitment, CommitmentSuggestion
from briefings.models.history import Revision
from briefings.models.indexing import ImportedDocument, IndexChange, IndexReplica
from briefings.models.mail import MailMessage, NotificationSettings
from briefings.models.press import PressLine
from briefings.models.questions import AnswerVariant, Asker, Question, ReviewComment
from briefings.models.uploads import PendingUpload
from briefings.models.users import User

__all__ = [
    "AnswerVariant", "Annotation", "Asker", "Base", "Commitment", "CommitmentSuggestion",
    "ImportedDocument", "IndexChange", "IndexReplica", "MailMessage", "Meeting", "MeetingDate",
    "NotificationSettings", "PendingUpload", "PressLine", "Question",
    "ReviewComment", "Revision", "Section", "User", "utcnow",
]
