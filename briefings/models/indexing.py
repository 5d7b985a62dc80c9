from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from briefings.models.base import Base, UTCDateTime, utcnow


class IndexOutbox(Base):
    """Search-index work recorded in the same transaction as the change it follows.

    Applied after commit; what could not be applied stays here for the next writer,
    start-up or `reindex`, so a change that reached the database never misses the index.
    """

    __tablename__ = "index_outbox"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: "annotation", "question", "variant", "section", "commitment"
    entity_type: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[int] = mapped_column(Integer)
    #: "upsert" or "delete"
    op: Mapped[str] = mapped_column(String(10), default="upsert")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class ImportedDocument(Base):
    """A file that was imported, by content hash, so importing it again does not duplicate it."""

    __tablename__ = "imported_documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    filename: Mapped[str] = mapped_column(String(500))
    annotation_id: Mapped[int | None] = mapped_column(
        ForeignKey("annotations.id", ondelete="SET NULL")
    )
    imported_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
