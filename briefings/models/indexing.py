from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from briefings.models.base import Base, UTCDateTime, utcnow


class IndexChange(Base):
    """One entry of the ordered change log that every search index follows.

    Written in the same transaction as the change it follows. Each index (on whichever server)
    remembers the last sequence it applied; a row is deleted once every known index is past it,
    or when it is older than the retention period (an index that lagged that far rebuilds).
    """

    __tablename__ = "index_changes"
    # Never reuse a sequence number on SQLite, not even after the newest rows were pruned: an
    # index that applied up to N would otherwise skip a new change numbered N.
    __table_args__ = {"sqlite_autoincrement": True}

    seq: Mapped[int] = mapped_column(primary_key=True)
    #: "annotation", "question", "variant", "section", "commitment", "line"
    entity_type: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[int] = mapped_column(Integer)
    #: "upsert" or "delete"
    op: Mapped[str] = mapped_column(String(10), default="upsert")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)


class IndexReplica(Base):
    """A search index that follows the change log: one per index directory per server."""

    __tablename__ = "index_replicas"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: host name and index directory, e.g. "app1:/srv/awb/search-index"
    name: Mapped[str] = mapped_column(String(500), unique=True)
    #: every change up to and including this sequence is in the index
    applied_through: Mapped[int] = mapped_column(Integer, default=0)
    heartbeat_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    #: set when changes it had not applied yet were pruned by age: it must rebuild
    stale: Mapped[bool] = mapped_column(Boolean, default=False)


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
