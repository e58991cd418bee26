"""Writes: staff confirm a procedure's content."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import update

from ..catalogue.models import Procedure, utcnow
from ..extensions import db


def confirm_verified(procedure: Procedure, user_id: int | None, *,
                     at: dt.datetime | None = None) -> dt.datetime:
    """Record that ``user_id`` confirmed the content of ``procedure`` is correct.

    Confirming changes no content, so it must not move ``updated_at`` ("last
    changed") nor the edit version that guards concurrent edits: hence a plain
    UPDATE that names ``updated_at`` (which turns its onupdate off).
    """
    when = at or utcnow()
    db.session.flush()
    db.session.execute(
        update(Procedure).where(Procedure.id == procedure.id)
        .values(verified_at=when, verified_by_id=user_id, updated_at=Procedure.updated_at)
        .execution_options(synchronize_session=False))
    db.session.expire(procedure, ["verified_at", "verified_by_id"])
    return when
