"""Audit entries. Append-only: the mapper refuses updates and deletes."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, DateTime, ForeignKey, Index, Integer, String, Text, event
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..dbtypes import utcnow
from ..errors import Forbidden
from ..extensions import db


class AuditEntry(db.Model):
    """One change: ``changes`` maps each changed field to ``[old, new]``."""
    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_entity", "entity", "entity_id", "at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    # What changed: "procedure" or "user", and its id. Not a foreign key, so the
    # trail outlives anything it describes.
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(32))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    changes: Mapped[dict] = mapped_column(JSON, default=dict)
    reason: Mapped[str] = mapped_column(Text, default="")
    decision_ref: Mapped[str] = mapped_column(String(200), default="")
    # How the change arrived: "web", "api" or "cli".
    via: Mapped[str] = mapped_column(String(16), default="web")

    # Named, not imported: accounts sits above the audit trail (it records user changes
    # in it), so the audit package never imports accounts; the mapper registry resolves it.
    user: Mapped["User | None"] = relationship("User", lazy="joined")


@event.listens_for(AuditEntry, "before_update")
def _refuse_update(mapper, connection, target):  # noqa: ARG001
    raise Forbidden("the audit trail cannot be changed")


@event.listens_for(AuditEntry, "before_delete")
def _refuse_delete(mapper, connection, target):  # noqa: ARG001
    raise Forbidden("the audit trail cannot be changed")
