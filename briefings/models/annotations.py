from datetime import date, datetime

from sqlalchemy import JSON, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from briefings.models.base import Base, UTCDateTime, optimistic_locking, utcnow


class Meeting(Base):
    """A raad, commissie or stadsdeelcommissie meeting, held on one or more dates."""

    __tablename__ = "meetings"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: one of briefings.vocabulary.MEETING_BODIES
    body: Mapped[str] = mapped_column(String(30))
    #: as people write it: "Raad", "Commissie FKD", "Raadsvergadering"
    name: Mapped[str] = mapped_column(String(200))
    dates: Mapped[list["MeetingDate"]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="MeetingDate.date"
    )
    annotations: Mapped[list["Annotation"]] = relationship(back_populates="meeting")

    @property
    def first_date(self) -> date | None:
        return self.dates[0].date if self.dates else None


class MeetingDate(Base):
    __tablename__ = "meeting_dates"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    date: Mapped[date] = mapped_column(Date, index=True)
    meeting: Mapped[Meeting] = relationship(back_populates="dates")


class Annotation(Base):
    """One briefing for one agenda item of one meeting, for one portfolio holder."""

    __tablename__ = "annotations"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: "annotatie", or "persvragen" for a press Q&A
    kind: Mapped[str] = mapped_column(String(20), default="annotatie")
    title: Mapped[str] = mapped_column(Text)
    #: as written in the header: "wethouder Van Buren", "burgemeester"
    portfolio_holder: Mapped[str] = mapped_column(String(200), index=True)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id"), index=True)
    agenda_item: Mapped[str | None] = mapped_column(String(50))
    registration_number: Mapped[str | None] = mapped_column(String(50), index=True)
    requested_decision: Mapped[str | None] = mapped_column(Text)
    #: names, or redaction marks such as "5.1.2e" for an imported Woo copy
    handling_officials: Mapped[list[str]] = mapped_column(JSON, default=list)
    #: further names the author marked as personal data, removed in a Woo export
    personal_names: Mapped[list[str]] = mapped_column(JSON, default=list)
    #: proposed Woo redactions the user judged not to be personal data (lakken page):
    #: [{"key", "kind", "text", "sentence"}], see briefings/woo/decisions.py
    woo_dismissed: Mapped[list[dict]] = mapped_column(JSON, default=list)
    #: short free text above the sections ("De annotatie bestaat uit ...")
    overview: Mapped[str | None] = mapped_column(Text)
    #: one of briefings.vocabulary.ANNOTATION_STATUSES
    status: Mapped[str] = mapped_column(String(20), default="concept", index=True)
    internal_deadline: Mapped[date | None] = mapped_column(Date)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    #: optimistic concurrency: bumped on every header save
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = optimistic_locking(version)

    meeting: Mapped[Meeting | None] = relationship(back_populates="annotations")
    sections: Mapped[list["Section"]] = relationship(
        back_populates="annotation", cascade="all, delete-orphan", order_by="Section.position"
    )
    questions: Mapped[list["Question"]] = relationship(  # noqa: F821
        back_populates="annotation", cascade="all, delete-orphan", order_by="Question.position"
    )


class Section(Base):
    """A theme of the kernboodschap (or another section): a heading with Markdown bullets."""

    __tablename__ = "sections"

    id: Mapped[int] = mapped_column(primary_key=True)
    annotation_id: Mapped[int] = mapped_column(
        ForeignKey("annotations.id", ondelete="CASCADE"), index=True
    )
    #: one of briefings.vocabulary.SECTION_KINDS
    kind: Mapped[str] = mapped_column(String(30))
    heading: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, default=1)
    __mapper_args__ = optimistic_locking(version)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    annotation: Mapped[Annotation] = relationship(back_populates="sections")
