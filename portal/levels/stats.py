"""Level statistics computed in SQL from the level history (never from
``procedure.level``), so any past date can be asked about.

Rules, shared by every function here:

- The level of a procedure on a day is the ``to_level`` of its latest change
  with ``effective_date <= day`` (ties: ``recorded_at``, then ``id``), the rule
  of :mod:`portal.levels.services`. A change effective on the day counts.
- A procedure counts from its first recorded change on; before it, it was not
  in the catalogue.
- Only procedures whose status is *published* today count, at every date.
  The schema does not record when a procedure was rescinded, so a rescinded
  (or draft) procedure is left out of the past as well: the figures describe
  the history of today's catalogue, and a past figure does not change its
  meaning when a procedure is later rescinded. Drafts never were public.
- A procedure with several executing agencies, tiers or applicant types counts
  once in each of their groups (the group totals may exceed the catalogue's).
- The 2022 scheme (Nghị định 42/2022/NĐ-CP) is derived from the level:
  4 → fully online (toàn trình), 3 → partly online (một phần), 1–2 →
  information only. The history holds no "presence required" flag, so level 4
  is always counted as fully online.

The queries use only window functions and standard SQL, and run unchanged on
SQLite and PostgreSQL.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import and_, case, func, literal, null, select, union_all
from sqlalchemy.sql import Select

from ..catalogue.models import (
    Agency, AgencyRole, Applicant, Field, Procedure, ProcedureAgency, ProcedureApplicant,
    ProcedureTier, Status, Tier,
)
from ..extensions import db
from .models import LevelChange as LC

LEVELS = (1, 2, 3, 4)
GROUPINGS = ("agency", "field", "tier", "applicant")
INTERVALS = ("month", "quarter", "year")


@dataclass(frozen=True)
class Filters:
    """Restricts which procedures count; ``None`` means no restriction."""
    tier: Tier | None = None
    applicant: Applicant | None = None
    agency_id: int | None = None
    field_id: int | None = None


@dataclass
class LevelMix:
    """Counts at each level 1–4, with the shares derived from them."""
    counts: dict[int, int] = field(default_factory=lambda: {lv: 0 for lv in LEVELS})
    key: str | int | None = None
    label: str = ""

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def share(self, *levels: int) -> float:
        """Share (0–1) of the procedures at any of ``levels``; 0 when empty."""
        total = self.total
        return sum(self.counts[lv] for lv in levels) / total if total else 0.0

    @property
    def scheme(self) -> dict[str, int]:
        """Counts in the 2022 scheme: full, partial, info."""
        return {"full": self.counts[4], "partial": self.counts[3],
                "info": self.counts[1] + self.counts[2]}


def _procedure_scope(filters: Filters):
    """A SELECT of the ids of the procedures that count under ``filters``."""
    q = select(Procedure.id).where(Procedure.status == Status.PUBLISHED)
    if filters.field_id is not None:
        q = q.where(Procedure.field_id == filters.field_id)
    if filters.tier is not None:
        q = q.where(Procedure.id.in_(select(ProcedureTier.procedure_id)
                                     .where(ProcedureTier.tier == filters.tier)))
    if filters.applicant is not None:
        q = q.where(Procedure.id.in_(select(ProcedureApplicant.procedure_id)
                                     .where(ProcedureApplicant.applicant == filters.applicant)))
    if filters.agency_id is not None:
        q = q.where(Procedure.id.in_(select(ProcedureAgency.procedure_id).where(
            ProcedureAgency.agency_id == filters.agency_id,
            ProcedureAgency.role == AgencyRole.EXECUTING)))
    return q


def levels_as_of(day: dt.date, filters: Filters = Filters(), name: str = "as_of"):
    """Subquery (procedure_id, level): each counted procedure's level on ``day``."""
    rn = func.row_number().over(
        partition_by=LC.procedure_id,
        order_by=(LC.effective_date.desc(), LC.recorded_at.desc(), LC.id.desc()))
    ranked = (select(LC.procedure_id, LC.to_level.label("level"), rn.label("rn"))
              .where(LC.effective_date <= day, LC.procedure_id.in_(_procedure_scope(filters)))
              .subquery(f"{name}_ranked"))
    return (select(ranked.c.procedure_id, ranked.c.level)
            .where(ranked.c.rn == 1).subquery(name))


def _moves(filters: Filters, end: dt.date, cte: bool = False):
    """Subquery (procedure_id, day, level, prev, next_id): every change up to
    ``end`` with the level it replaced (LAG in history order, so back-dated
    changes fall in place; NULL for a first change) and the id of the change
    after it (NULL for the change in force on ``end``). Both windows share one
    ordering, so the database sorts once."""
    order = (LC.effective_date, LC.recorded_at, LC.id)
    prev = func.lag(LC.to_level).over(partition_by=LC.procedure_id, order_by=order)
    nxt = func.lead(LC.id).over(partition_by=LC.procedure_id, order_by=order)
    q = (select(LC.procedure_id, LC.effective_date.label("day"),
                LC.to_level.label("level"), prev.label("prev"), nxt.label("next_id"))
         .where(LC.effective_date <= end, LC.procedure_id.in_(_procedure_scope(filters))))
    return q.cte("moves") if cte else q.subquery("moves")


def _net(moves) -> list:
    """Per level 1–4: SUM(+1 where a change set it, -1 where a change left it).

    Summed over every change up to a day, these are the counts on that day: each
    procedure's changes telescope to its latest level. One column per level
    (not a GROUP BY level) keeps the aggregate small and fast on both databases.
    """
    return [func.sum(case((moves.c.level == lv, 1), else_=0)
                     - case((moves.c.prev == lv, 1), else_=0)) for lv in LEVELS]


def _in_force(moves) -> list:
    """Per level 1–4: how many of the rows are the change in force (no next one)."""
    return [func.sum(case((moves.c.level == lv, 1), else_=0)) for lv in LEVELS]


def _mix_from(row, key=None, label: str = "") -> LevelMix:
    return LevelMix(counts={lv: int(n or 0) for lv, n in zip(LEVELS, row)}, key=key,
                    label=label)


def level_mix(day: dt.date, filters: Filters = Filters()) -> LevelMix:
    """Counts at each level on ``day`` for the procedures under ``filters``."""
    moves = _moves(filters, day)
    return _mix_from(db.session.execute(select(*_net(moves))).one())


def _group_select(moves, group_by: str, lead: tuple = ()) -> Select:
    """SELECT [lead,] key, label, count per level for one grouping, counting each
    procedure's change in force only (one row per procedure before the joins)."""
    net = _in_force(moves)
    last = moves.c.next_id.is_(None)
    if group_by == "agency":
        return (select(*lead, Agency.id, Agency.name, *net)
                .join(ProcedureAgency, and_(ProcedureAgency.procedure_id == moves.c.procedure_id,
                                            ProcedureAgency.role == AgencyRole.EXECUTING))
                .join(Agency, Agency.id == ProcedureAgency.agency_id)
                .where(last).group_by(Agency.id, Agency.name))
    if group_by == "field":
        return (select(*lead, Field.id, Field.name, *net)
                .join(Procedure, Procedure.id == moves.c.procedure_id)
                .join(Field, Field.id == Procedure.field_id)
                .where(last).group_by(Field.id, Field.name))
    if group_by == "tier":
        col, link = ProcedureTier.tier, ProcedureTier
    elif group_by == "applicant":
        col, link = ProcedureApplicant.applicant, ProcedureApplicant
    else:
        raise ValueError(f"unknown grouping {group_by!r}")
    return (select(*lead, col, literal(""), *net)
            .join(link, link.procedure_id == moves.c.procedure_id).where(last).group_by(col))


def level_mix_by(day: dt.date, group_by: str, filters: Filters = Filters()) -> list[LevelMix]:
    """One :class:`LevelMix` per agency, field, tier or applicant type on ``day``,
    ordered by key. Enum groups carry their value as key and an empty label."""
    return _groups(db.session.execute(_group_select(_moves(filters, day), group_by)).all())


def _groups(rows) -> list[LevelMix]:
    groups = []
    for key, label, *net in rows:
        key = key.value if hasattr(key, "value") else key
        groups.append(_mix_from(net, key, label or ""))
    return sorted(groups, key=lambda g: str(g.key))


# ---------------------------------------------------------------- time series

def bucket_end(bucket: int, interval: str) -> dt.date:
    """The last day of a bucket number made by :func:`bucket_of`."""
    if interval == "year":
        return dt.date(bucket, 12, 31)
    if interval == "quarter":
        year, month = bucket // 4, (bucket % 4) * 3 + 3
    else:
        year, month = bucket // 12, bucket % 12 + 1
    first_next = dt.date(year + month // 12, month % 12 + 1, 1)
    return first_next - dt.timedelta(days=1)


def bucket_of(day: dt.date, interval: str) -> int:
    """A number for the month, quarter or year of ``day``, consecutive in time."""
    if interval == "year":
        return day.year
    if interval == "quarter":
        return day.year * 4 + (day.month - 1) // 3
    return day.year * 12 + day.month - 1


@dataclass
class SeriesPoint:
    period_end: dt.date
    mix: LevelMix


def level_series(interval: str = "year", filters: Filters = Filters(),
                 start: dt.date | None = None, end: dt.date | None = None,
                 today: dt.date | None = None) -> list[SeriesPoint]:
    """The level mix at the end of every month, quarter or year from the first
    recorded change (or ``start``) to today (or ``end``); the current period
    ends today."""
    if interval not in INTERVALS:
        raise ValueError(f"unknown interval {interval!r}")
    end = min(end or today or dt.date.today(), today or dt.date.today())
    moves = _moves(filters, end)
    rows = db.session.execute(select(moves.c.day, *_net(moves)).group_by(moves.c.day)).all()
    return _points(rows, interval, start, end)


def series_and_groups(filters: Filters, end: dt.date, group_by: str,
                      start: dt.date | None = None,
                      interval: str = "month") -> tuple[list[SeriesPoint], list[LevelMix]]:
    """:func:`level_series` and :func:`level_mix_by` on ``end`` in one statement,
    so the history is read and windowed once (the dashboard's pages need both)."""
    moves = _moves(filters, end, cte=True)
    by_day = (select(literal("d"), moves.c.day, null(), null(), *_net(moves))
              .group_by(moves.c.day))
    by_group = _group_select(moves, group_by, lead=(literal("g"), null()))
    days, groups = [], []
    for kind, day, *rest in db.session.execute(union_all(by_day, by_group)).all():
        if kind == "d":
            days.append((day, *rest[2:]))
        else:
            groups.append(rest)
    return _points(days, interval, start, end), _groups(groups)


def _points(day_rows, interval: str, start: dt.date | None, end: dt.date) -> list[SeriesPoint]:
    """Running sums of per-day net changes, read at every period end up to ``end``."""
    deltas: dict[int, dict[int, int]] = {}
    for day, *net in day_rows:
        if isinstance(day, str):        # SQLite returns a bare string through a UNION
            day = dt.date.fromisoformat(day)
        bucket = deltas.setdefault(bucket_of(day, interval), {lv: 0 for lv in LEVELS})
        for lv, n in zip(LEVELS, net):
            bucket[lv] += int(n or 0)
    if not deltas:
        return []
    first = min(deltas)
    if start is not None:
        first = max(first, bucket_of(start, interval))
    running = {lv: 0 for lv in LEVELS}
    points = []
    for b in range(min(deltas), bucket_of(end, interval) + 1):
        for level, n in deltas.get(b, {}).items():
            running[level] += n
        if b >= first:
            points.append(SeriesPoint(min(bucket_end(b, interval), end),
                                      LevelMix(counts=dict(running))))
    return points


def rollup(points: list[SeriesPoint], interval: str) -> list[SeriesPoint]:
    """Monthly points reduced to quarter or year ends (the last, partial one kept)."""
    if interval == "month":
        return points
    return [p for i, p in enumerate(points)
            if i == len(points) - 1
            or bucket_of(p.period_end, interval) != bucket_of(points[i + 1].period_end, interval)]
