from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from briefings.models.base import Base, UTCDateTime, utcnow
from briefings.models.users import User


class Revision(Base):
    """Append-only history: every saved text, status change and choice, with who and when.

    Rows are never updated or deleted; restoring an old text adds a new revision.
    """

    __tablename__ = "revisions"
    __table_args__ = (Index("ix_revisions_entity", "entity_type", "entity_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    #: "annotation", "section", "question", "variant", "commitment", "line"
    entity_type: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[int] = mapped_column(Integer)
    #: the field that changed: "body", "explanation", "status", "chosen", "due", ...
    field: Mapped[str] = mapped_column(String(40))
    #: "create", "edit", "status", "choose", "restore", "delete", "import"
    action: Mapped[str] = mapped_column(String(20), default="edit")
    old_text: Mapped[str | None] = mapped_column(Text)
    new_text: Mapped[str | None] = mapped_column(Text)
    #: why, where the action asks for one (rejection, choice, status change)
    reason: Mapped[str | None] = mapped_column(Text)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    user: Mapped[User | None] = relationship()
