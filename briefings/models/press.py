from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from briefings.models.base import Base, UTCDateTime, utcnow
from briefings.models.users import User


class PressLine(Base):
    """An approved answer published by staf or reviewer for the press office to reuse."""

    __tablename__ = "press_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    variant_id: Mapped[int | None] = mapped_column(
        ForeignKey("answer_variants.id", ondelete="SET NULL", use_alter=True), index=True
    )
    topic: Mapped[str] = mapped_column(String(200), index=True)
    #: the text as published; later edits of the variant do not change a published line
    text: Mapped[str] = mapped_column(Text)
    #: one of briefings.vocabulary.LINE_USES
    use: Mapped[str] = mapped_column(String(20), default="citeerbaar")
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    review_date: Mapped[date | None] = mapped_column(Date)
    #: "actueel" or "verlopen"; "review nodig" is derived from review_date
    status: Mapped[str] = mapped_column(String(20), default="actueel", index=True)
    withdrawn_reason: Mapped[str | None] = mapped_column(Text)
    superseded_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("press_lines.id", ondelete="SET NULL")
    )
    published_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    published_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    owner: Mapped[User | None] = relationship(foreign_keys=[owner_id])
