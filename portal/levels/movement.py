"""How levels moved: net movement in a period, time spent at each level, and
procedures that have not moved for years. Same rules as :mod:`.stats`."""
from __future__ import annotations

import datetime as dt
import statistics
from dataclasses import dataclass, field

from sqlalchemy import func, select

from ..catalogue.models import Procedure
from ..extensions import db
from .models import LevelChange
from .stats import LEVELS, Filters, _procedure_scope, levels_as_of


@dataclass
class Movement:
    """Net movement between the day before ``start`` and ``end``.

    ``matrix[(from, to)]`` counts procedures by their level before the period
    and at its end; ``from`` is None for procedures that entered the catalogue
    during the period. A procedure that went 2→4→2 inside the period did not move.
    """
    start: dt.date
    end: dt.date
    matrix: dict[tuple[int | None, int], int] = field(default_factory=dict)

    @property
    def up(self) -> int:
        return sum(n for (a, b), n in self.matrix.items() if a is not None and b > a)

    @property
    def down(self) -> int:
        return sum(n for (a, b), n in self.matrix.items() if a is not None and b < a)

    @property
    def unchanged(self) -> int:
        return sum(n for (a, b), n in self.matrix.items() if a == b)

    @property
    def entered(self) -> int:
        return sum(n for (a, _), n in self.matrix.items() if a is None)


def level_movement(start: dt.date, end: dt.date, filters: Filters = Filters()) -> Movement:
    """Count procedures by (level before ``start``, level on ``end``)."""
    before = levels_as_of(start - dt.timedelta(days=1), filters, "before")
    after = levels_as_of(end, filters, "after")
    rows = db.session.execute(
        select(before.c.level, after.c.level, func.count())
        .select_from(after)
        .outerjoin(before, before.c.procedure_id == after.c.procedure_id)
        .group_by(before.c.level, after.c.level)).all()
    return Movement(start, end, {(a, b): n for a, b, n in rows})


def _changes(filters: Filters, today: dt.date):
    """Rows (procedure_id, level, effective_date) in history order."""
    return (select(LevelChange.procedure_id, LevelChange.to_level, LevelChange.effective_date)
            .where(LevelChange.effective_date <= today,
                   LevelChange.procedure_id.in_(_procedure_scope(filters)))
            .order_by(LevelChange.procedure_id, LevelChange.effective_date,
                      LevelChange.recorded_at, LevelChange.id))


def median_days_at_level(filters: Filters = Filters(),
                         today: dt.date | None = None) -> dict[int, float | None]:
    """Median length in days of the finished stays at each level.

    A stay runs from the change that set a level to the first later change to a
    different level (a repeated change to the same level continues the stay).
    Stays still running today are left out: their length is not known yet.
    """
    today = today or dt.date.today()
    lengths: dict[int, list[int]] = {lv: [] for lv in LEVELS}
    open_stay: tuple[int, int, dt.date] | None = None   # procedure, level, start
    for pid, level, start in db.session.execute(_changes(filters, today)):
        if open_stay is not None and open_stay[0] == pid and level == open_stay[1]:
            continue                      # same level again: the stay goes on
        # A stay superseded on its first day was never in force: no length.
        if open_stay is not None and open_stay[0] == pid and start > open_stay[2]:
            lengths[open_stay[1]].append((start - open_stay[2]).days)
        open_stay = (pid, level, start)
    return {lv: (statistics.median(v) if v else None) for lv, v in lengths.items()}


@dataclass(frozen=True)
class StaleProcedure:
    code: str
    name: str
    level: int
    since: dt.date


def not_moved_since(years: int, filters: Filters = Filters(), today: dt.date | None = None,
                    limit: int = 500) -> list[StaleProcedure]:
    """Procedures whose latest change took effect ``years`` or more years ago,
    the longest-standing first."""
    today = today or dt.date.today()
    try:
        cutoff = today.replace(year=today.year - years)
    except ValueError:                 # 29 February in a year that has none
        cutoff = today.replace(year=today.year - years, day=28)
    rn = func.row_number().over(
        partition_by=LevelChange.procedure_id,
        order_by=(LevelChange.effective_date.desc(), LevelChange.recorded_at.desc(),
                  LevelChange.id.desc()))
    ranked = (select(LevelChange.procedure_id, LevelChange.to_level, LevelChange.effective_date,
                     rn.label("rn"))
              .where(LevelChange.effective_date <= today,
                     LevelChange.procedure_id.in_(_procedure_scope(filters))).subquery())
    rows = db.session.execute(
        select(Procedure.code, Procedure.name, ranked.c.to_level, ranked.c.effective_date)
        .join(Procedure, Procedure.id == ranked.c.procedure_id)
        .where(ranked.c.rn == 1, ranked.c.effective_date <= cutoff)
        .order_by(ranked.c.effective_date, Procedure.code).limit(limit)).all()
    return [StaleProcedure(*row) for row in rows]
