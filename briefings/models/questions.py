from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from briefings.models.annotations import Annotation
from briefings.models.base import Base, UTCDateTime, optimistic_locking, utcnow
from briefings.models.users import User


class Asker(Base):
    """Who asks: a raadslid with fractie, a commissielid, or a journalist with medium."""

    __tablename__ = "askers"
    __table_args__ = (UniqueConstraint("name", "party", "role", name="name_party_role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    #: fractie, lijst or medium; empty string when unknown
    party: Mapped[str] = mapped_column(String(200), default="")
    #: one of briefings.vocabulary.ASKER_ROLES
    role: Mapped[str] = mapped_column(String(20), default="raadslid")

    @property
    def display(self) -> str:
        prefix = {"raadslid": "Lid ", "commissielid": "Commissielid "}.get(self.role, "")
        return f"{prefix}{self.name}" + (f" ({self.party})" if self.party else "")


class Question(Base):
    __tablename__ = "questions"

    id: Mapped[int] = mapped_column(primary_key=True)
    annotation_id: Mapped[int] = mapped_column(
        ForeignKey("annotations.id", ondelete="CASCADE"), index=True
    )
    #: the block heading the question stands under, e.g. "Vragen commissie 18 januari"
    block: Mapped[str] = mapped_column(Text, default="")
    #: as shown: "12"; numbering runs on across askers
    number: Mapped[str | None] = mapped_column(String(20))
    asker_id: Mapped[int | None] = mapped_column(ForeignKey("askers.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    #: internal NB / noot: never in a final export
    note: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = optimistic_locking(version)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    annotation: Mapped[Annotation] = relationship(back_populates="questions")
    asker: Mapped[Asker | None] = relationship()
    owner: Mapped[User | None] = relationship()
    variants: Mapped[list["AnswerVariant"]] = relationship(
        back_populates="question",
        cascade="all, delete-orphan",
        order_by="AnswerVariant.position",
        foreign_keys="AnswerVariant.question_id",
    )

    @property
    def chosen_variant(self) -> "AnswerVariant | None":
        return next((v for v in self.variants if v.chosen), None)


class AnswerVariant(Base):
    """One variant of the answer to a question, with its own review status."""

    __tablename__ = "answer_variants"

    id: Mapped[int] = mapped_column(primary_key=True)
    question_id: Mapped[int] = mapped_column(
        ForeignKey("questions.id", ondelete="CASCADE"), index=True
    )
    #: one of briefings.vocabulary.VARIANT_LABELS
    label: Mapped[str] = mapped_column(String(40), default="antwoord")
    body: Mapped[str] = mapped_column(Text, default="")
    #: toelichting: background under the answer (Markdown)
    explanation: Mapped[str | None] = mapped_column(Text)
    #: one of briefings.vocabulary.REVIEW_STATUSES
    status: Mapped[str] = mapped_column(String(20), default="concept", index=True)
    chosen: Mapped[bool] = mapped_column(Boolean, default=False)
    chosen_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    chosen_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    choice_reason: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)
    #: optimistic concurrency: the form carries the version it was loaded at
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = optimistic_locking(version)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    #: provenance: the earlier variant this one was copied from ("eerder gezegd")
    source_variant_id: Mapped[int | None] = mapped_column(
        ForeignKey("answer_variants.id", ondelete="SET NULL")
    )
    #: provenance: the press line this one reuses
    source_line_id: Mapped[int | None] = mapped_column(
        ForeignKey("press_lines.id", ondelete="SET NULL")
    )

    question: Mapped[Question] = relationship(back_populates="variants", foreign_keys=[question_id])
    author: Mapped[User | None] = relationship(foreign_keys=[author_id])
    updated_by: Mapped[User | None] = relationship(foreign_keys=[updated_by_id])
    chosen_by: Mapped[User | None] = relationship(foreign_keys=[chosen_by_id])
    source_variant: Mapped["AnswerVariant | None"] = relationship(
        remote_side=[id], foreign_keys=[source_variant_id]
    )
    comments: Mapped[list["ReviewComment"]] = relationship(
        back_populates="variant", cascade="all, delete-orphan", order_by="ReviewComment.id"
    )


class ReviewComment(Base):
    """A reviewer's remark on a variant; replies point to their parent."""

    __tablename__ = "review_comments"

    id: Mapped[int] = mapped_column(primary_key=True)
    variant_id: Mapped[int] = mapped_column(
        ForeignKey("answer_variants.id", ondelete="CASCADE"), index=True
    )
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("review_comments.id", ondelete="CASCADE")
    )
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    text: Mapped[str] = mapped_column(Text)
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    variant: Mapped[AnswerVariant] = relationship(back_populates="comments")
    author: Mapped[User | None] = relationship(foreign_keys=[author_id])
