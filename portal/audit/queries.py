"""Reading the audit trail."""
from __future__ import annotations

from sqlalchemy import select

from ..extensions import db
from .models import AuditEntry


def history(entity: str, entity_id: int) -> list[AuditEntry]:
    """Every entry about one thing, newest first."""
    return list(db.session.scalars(
        select(AuditEntry).where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
        .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())))
