"""Writes to the level history. The one rule: a procedure's current level is
the ``to_level`` of its latest change (by effective date, then recording time)."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from ..catalogue.models import Procedure
from ..errors import ValidationError
from ..extensions import db
from .models import LevelChange, LevelSource
from .spans import refresh_spans

LEVELS = (1, 2, 3, 4)


def _ordered(procedure_id: int):
    return (select(LevelChange)
            .where(LevelChange.procedure_id == procedure_id)
            .order_by(LevelChange.effective_date.desc(), LevelChange.recorded_at.desc(),
                      LevelChange.id.desc()))


def level_on(procedure_id: int, day: dt.date) -> int | None:
    """The level in force on ``day`` (a change effective that day counts)."""
    row = db.session.scalars(
        _ordered(procedure_id).where(LevelChange.effective_date <= day).limit(1)).first()
    return row.to_level if row else None


def latest_change(procedure_id: int) -> LevelChange | None:
    """The change that defines the current level, or None."""
    return db.session.scalars(_ordered(procedure_id).limit(1)).first()


def level_history(procedure_id: int) -> list[LevelChange]:
    """The procedure's level changes, oldest first."""
    stmt = (select(LevelChange).where(LevelChange.procedure_id == procedure_id)
            .order_by(LevelChange.effective_date, LevelChange.recorded_at, LevelChange.id))
    return list(db.session.scalars(stmt))


def record_level_change(procedure: Procedure, to_level: int, effective_date: dt.date, *,
                        source: LevelSource, decision_ref: str = "", reason: str = "",
                        user_id: int | None = None,
                        today: dt.date | None = None) -> LevelChange:
    """Append a level change and make the procedure's level follow the history.

    A back-dated change lands in its place in the history; a future date is
    refused, because nothing would move the current level when the day came.
    """
    if to_level not in LEVELS:
        raise ValidationError("level must be 1, 2, 3 or 4", "level")
    if effective_date > (today or dt.date.today()):
        raise ValidationError("the effective date cannot be in the future", "effective_date")
    db.session.flush()  # the procedure needs its id, and pending changes must be visible
    change = LevelChange(
        procedure_id=procedure.id, from_level=level_on(procedure.id, effective_date),
        to_level=to_level, effective_date=effective_date, decision_ref=decision_ref,
        reason=reason, recorded_by_id=user_id, source=source)
    db.session.add(change)
    db.session.flush()
    _rechain(procedure.id, effective_date)
    refresh_spans([procedure.id])
    latest = latest_change(procedure.id)
    if latest is not None and procedure.level != latest.to_level:
        procedure.level = latest.to_level
    return change


def _rechain(procedure_id: int, since: dt.date) -> None:
    """Give every change from ``since`` on the level before it as ``from_level``.

    A back-dated change slots in before later ones; without this a later change would still
    read "from 1 to 3" after a 3 was inserted before it, and the history would say "from 3
    down to 3".
    """
    before = level_on(procedure_id, since - dt.timedelta(days=1))
    later = db.session.scalars(
        _ordered(procedure_id).where(LevelChange.effective_date >= since)).all()
    for row in reversed(later):          # oldest first
        if row.from_level != before:
            row.from_level = before
        before = row.to_level


def superseding_change(procedure_id: int, effective_date: dt.date) -> LevelChange | None:
    """The change that keeps a change dated ``effective_date`` from being the current level:
    the latest change when it is dated after ``effective_date``, else None."""
    latest = latest_change(procedure_id)
    return latest if latest is not None and latest.effective_date > effective_date else None
