from datetime import datetime

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from briefings.models.base import Base, UTCDateTime, utcnow
from briefings.models.users import User


class MailMessage(Base):
    """An e-mail written in the same transaction as the change it reports, sent after commit.

    A message stays here when SMTP fails and is tried again later (`next_attempt_at`), so a
    save never waits for or fails on the mail server, and no mail is lost.
    """

    __tablename__ = "mail_queue"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    to_address: Mapped[str] = mapped_column(String(254))
    #: "review_request", "rejected", "chosen", "choice_replaced", "digest"
    kind: Mapped[str] = mapped_column(String(30))
    subject: Mapped[str] = mapped_column(String(300))
    body_text: Mapped[str] = mapped_column(Text)
    body_html: Mapped[str] = mapped_column(Text)
    #: makes a second run of the same reminder a no-op, e.g. "digest:12:2026-11-30"
    dedupe_key: Mapped[str | None] = mapped_column(String(100), unique=True)
    #: "wachtend", "verzonden" or "mislukt" (gave up after the last attempt)
    status: Mapped[str] = mapped_column(String(20), default="wachtend", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    #: a sender that took the message; another process leaves it alone until then
    claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    user: Mapped[User | None] = relationship()


class NotificationSettings(Base):
    """Which mails a user wants, and the secret of their calendar feed."""

    __tablename__ = "notification_settings"

    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    review_requests: Mapped[bool] = mapped_column(Boolean, default=True)
    rejections: Mapped[bool] = mapped_column(Boolean, default=True)
    choices: Mapped[bool] = mapped_column(Boolean, default=True)
    digest: Mapped[bool] = mapped_column(Boolean, default=True)
    #: portfolio holders a reviewer reviews for; empty means all
    portfolios: Mapped[list[str]] = mapped_column(JSON, default=list)
    #: SHA-256 of the calendar feed's secret; null when there is no feed
    calendar_token_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    user: Mapped[User] = relationship()
