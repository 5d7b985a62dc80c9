from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from briefings.models.base import Base, UTCDateTime, utcnow
from briefings.models.questions import Asker


class Commitment(Base):
    """A toezegging: a promise made to the council, tracked until it is kept."""

    __tablename__ = "commitments"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: "toezegging" or "motie" (briefings.vocabulary.COMMITMENT_KINDS)
    kind: Mapped[str] = mapped_column(String(20), default="toezegging", server_default="toezegging")
    #: the number in the griffie's register ("T01237", "64"); an import matches on it
    number: Mapped[str | None] = mapped_column(String(50), index=True)
    #: the short title the register gives it ("Camperplaatsen")
    title: Mapped[str | None] = mapped_column(String(300))
    text: Mapped[str] = mapped_column(Text)
    #: stand van zaken as the register reports it
    progress: Mapped[str | None] = mapped_column(Text)
    portfolio_holder: Mapped[str | None] = mapped_column(String(200), index=True)
    #: "raad", "commissie", ... (briefings.vocabulary.MEETING_BODIES)
    made_to: Mapped[str | None] = mapped_column(String(30))
    asker_id: Mapped[int | None] = mapped_column(ForeignKey("askers.id"))
    made_on: Mapped[date | None] = mapped_column(Date)
    annotation_id: Mapped[int | None] = mapped_column(
        ForeignKey("annotations.id", ondelete="SET NULL"), index=True
    )
    question_id: Mapped[int | None] = mapped_column(ForeignKey("questions.id", ondelete="SET NULL"))
    variant_id: Mapped[int | None] = mapped_column(
        ForeignKey("answer_variants.id", ondelete="SET NULL")
    )
    #: the due date as written: "voor de zomer", "uiterlijk 1 januari 2026"
    due_text: Mapped[str | None] = mapped_column(String(200))
    #: `due_text` resolved to a date for sorting; null with due_unknown when it cannot be
    due_date: Mapped[date | None] = mapped_column(Date, index=True)
    due_unknown: Mapped[bool] = mapped_column(Boolean, default=False)
    #: one of briefings.vocabulary.COMMITMENT_STATUSES
    status: Mapped[str] = mapped_column(String(20), default="openstaand", index=True)
    #: how it was kept, e.g. a raadsbrief reference
    fulfilment: Mapped[str | None] = mapped_column(Text)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    asker: Mapped[Asker | None] = relationship()


class CommitmentSuggestion(Base):
    """A sentence that looks like a toezegging, offered to a person to confirm or dismiss.

    Unique per source and sentence, so a dismissed suggestion does not come back.
    """

    __tablename__ = "commitment_suggestions"
    __table_args__ = (
        UniqueConstraint("source_type", "source_id", "sentence_hash", name="source_sentence"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: "variant", "section", "question"
    source_type: Mapped[str] = mapped_column(String(20))
    source_id: Mapped[int] = mapped_column()
    annotation_id: Mapped[int | None] = mapped_column(
        ForeignKey("annotations.id", ondelete="CASCADE"), index=True
    )
    sentence: Mapped[str] = mapped_column(Text)
    sentence_hash: Mapped[str] = mapped_column(String(64))
    due_text: Mapped[str | None] = mapped_column(String(200))
    #: "open", "confirmed", "dismissed"
    state: Mapped[str] = mapped_column(String(20), default="open", index=True)
    commitment_id: Mapped[int | None] = mapped_column(
        ForeignKey("commitments.id", ondelete="SET NULL")
    )
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
