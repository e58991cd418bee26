"""Reads of the catalogue."""
from __future__ import annotations

from sqlalchemy import func, select

from ..extensions import db
from .models import Procedure, Status


def level_counts(status: Status = Status.PUBLISHED) -> dict[int, int]:
    """Number of procedures at each level 1–4 (zeros included)."""
    rows = db.session.execute(
        select(Procedure.level, func.count()).where(Procedure.status == status)
        .group_by(Procedure.level)).all()
    counts = {level: 0 for level in (1, 2, 3, 4)}
    counts.update({level: n for level, n in rows})
    return counts


def get_by_code(code: str) -> Procedure | None:
    """A procedure by its code, or None."""
    return db.session.scalars(select(Procedure).where(Procedure.code == code)).first()
