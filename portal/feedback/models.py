"""A citizen's feedback on a procedure page. No personal data: no name, no
contact, no address (the rate limit keeps the client address in its own
short-lived store only)."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, DateTime, ForeignKey, Index, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..dbtypes import utcnow
from ..extensions import db

TEXT_MAX = 1000


class Feedback(db.Model):
    __tablename__ = "feedback"
    __table_args__ = (
        CheckConstraint(f"length(text) <= {TEXT_MAX}", name="text_length"),
        Index("ix_feedback_procedure_resolved", "procedure_id", "resolved_at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedure.id", ondelete="CASCADE"))
    useful: Mapped[bool]
    # Plain text as typed (normalised); templates escape it, nothing renders it as HTML.
    text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    resolution_note: Mapped[str] = mapped_column(Text, default="")

    @property
    def is_open(self) -> bool:
        return self.resolved_at is None
