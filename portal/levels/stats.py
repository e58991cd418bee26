"""Level statistics computed in SQL from the level history (never from
``procedure.level``), so any past date can be asked about.

They read the history through its derived tables (:mod:`.spans`): a count on a
day is a range query on ``level_span`` (``valid_from <= day < valid_to``, or
open), and a time series is the running sum of daily moves, taken from
``level_span_day`` for the whole catalogue, so no query recomputes "the latest
change before the day" over the whole history.

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

The queries use only standard SQL and run unchanged on SQLite and PostgreSQL.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import and_, case, extract, func, literal, select, union_all
from sqlalchemy.sql import Select

from ..catalogue.models import (
    Agency, AgencyRole, Applicant, Field, Procedure, ProcedureAgency, ProcedureApplicant,
    ProcedureTier, Status, Tier,
)
from ..extensions import db
from .models import LevelSpan, LevelSpanDay

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


HIDDEN = tuple(s for s in Status if s is not Status.PUBLISHED)


def _hidden_ids():
    """SELECT the ids of the procedures not published today: few, and found by
    the status index (an IN list, not ``!=``, so the index serves it)."""
    return select(Procedure.id).where(Procedure.status.in_(HIDDEN))


def _scope(col, filters: Filters) -> list:
    """Conditions on a procedure-id column: the procedures counted under ``filters``.

    Published is written as "not among the few hidden ones" (no query has to
    read every procedure row), applied to the most selective filter's link
    table, so the planner starts from that table and looks each procedure's
    spans up by index.
    """
    links = []
    if filters.agency_id is not None:
        links.append((ProcedureAgency.procedure_id, (
            ProcedureAgency.agency_id == filters.agency_id,
            ProcedureAgency.role == AgencyRole.EXECUTING)))
    if filters.field_id is not None:
        links.append((Procedure.id, (Procedure.field_id == filters.field_id,)))
    if filters.tier is not None:
        links.append((ProcedureTier.procedure_id, (ProcedureTier.tier == filters.tier,)))
    if filters.applicant is not None:
        links.append((ProcedureApplicant.procedure_id,
                      (ProcedureApplicant.applicant == filters.applicant,)))
    if not links:
        return [col.not_in(_hidden_ids())]
    (base, conds), *others = links
    q = select(base).where(*conds, base.not_in(_hidden_ids()))
    for other, other_conds in others:
        q = q.where(base.in_(select(other).where(*other_conds)))
    return [col.in_(q)]


def _procedure_scope(filters: Filters):
    """A SELECT of the ids of the procedures that count under ``filters``."""
    return select(Procedure.id).where(*_scope(Procedure.id, filters))


def _in_force(day: dt.date, filters: Filters):
    """Subquery (procedure_id, level): the span in force on ``day`` of each
    counted procedure. Open spans and closed ones are read apart, so each half
    uses its index (today's figures read only the open spans)."""
    scope = _scope(LevelSpan.procedure_id, filters)
    open_ = select(LevelSpan.procedure_id, LevelSpan.level).where(
        LevelSpan.valid_to.is_(None), LevelSpan.valid_from <= day, *scope)
    closed = select(LevelSpan.procedure_id, LevelSpan.level).where(
        LevelSpan.valid_to > day, LevelSpan.valid_from <= day, *scope)
    return union_all(open_, closed).subquery("in_force")


def levels_as_of(day: dt.date, filters: Filters = Filters(), name: str = "as_of"):
    """Subquery (procedure_id, level): each counted procedure's level on ``day``."""
    spans = _in_force(day, filters)
    return select(spans.c.procedure_id, spans.c.level).subquery(name)


def _month(col):
    """The month of a date column as ``bucket_of(day, "month")`` numbers it
    (EXTRACT compiles to strftime on SQLite)."""
    return extract("year", col) * 12 + extract("month", col) - 1


def _span_moves(where) -> Select:
    """Rows (month, net per level 1–4) of the spans matching ``where``, by the
    month they start: +1 at the span's level, -1 at the level it replaced."""
    month = _month(LevelSpan.valid_from)
    net = [func.sum(case((LevelSpan.level == lv, 1), else_=0))
           - func.sum(case((LevelSpan.prev_level == lv, 1), else_=0)) for lv in LEVELS]
    return select(month, *net).where(*where).group_by(month)


def _month_moves(filters: Filters, end: dt.date) -> list:
    """Rows (month number, net per level 1–4) of the moves up to ``end``: summed
    from the first month on, they give the counts at each month's end (each
    procedure's moves telescope to its level then), and on ``end`` for its
    month. A few hundred rows whatever the size of the history.

    Without filters they come from ``level_span_day`` (a few rows per day,
    published procedures only), so no query reads every span; with filters,
    from the spans of the procedures in scope."""
    if filters != Filters():
        return db.session.execute(_span_moves(
            (LevelSpan.valid_from <= end, *_scope(LevelSpan.procedure_id, filters)))).all()
    month = _month(LevelSpanDay.day)
    return db.session.execute(
        select(month, *[func.sum(case((LevelSpanDay.level == lv, LevelSpanDay.delta), else_=0))
                        for lv in LEVELS])
        .where(LevelSpanDay.day <= end).group_by(month)).all()


def _mix_from(row, key=None, label: str = "") -> LevelMix:
    return LevelMix(counts={lv: int(n or 0) for lv, n in zip(LEVELS, row)}, key=key,
                    label=label)


def level_mix(day: dt.date, filters: Filters = Filters()) -> LevelMix:
    """Counts at each level on ``day`` for the procedures under ``filters``."""
    counts = {lv: 0 for lv in LEVELS}
    for _, *net in _month_moves(filters, day):
        for lv, n in zip(LEVELS, net):
            counts[lv] += int(n or 0)
    return LevelMix(counts=counts)


def _group_select(spans, group_by: str) -> Select:
    """SELECT key, label, count per level for one grouping of the spans in force
    (one row per procedure before the joins). Counts are grouped by key first
    and labelled after, so the label join reads a few rows, not every span."""
    counts = [func.sum(case((spans.c.level == lv, 1), else_=0)) for lv in LEVELS]
    if group_by in ("agency", "field"):
        if group_by == "agency":
            key = ProcedureAgency.agency_id
            inner = (select(key.label("key"), *counts).join(ProcedureAgency, and_(
                ProcedureAgency.procedure_id == spans.c.procedure_id,
                ProcedureAgency.role == AgencyRole.EXECUTING)))
            named = Agency
        else:
            key = Procedure.field_id
            inner = (select(key.label("key"), *counts)
                     .join(Procedure, Procedure.id == spans.c.procedure_id)
                     .where(Procedure.field_id.is_not(None)))
            named = Field
        by_key = inner.select_from(spans).group_by(key).subquery("by_key")
        return (select(named.id, named.name, *[c for c in by_key.c if c.name != "key"])
                .join(by_key, by_key.c.key == named.id))
    if group_by == "tier":
        col, link = ProcedureTier.tier, ProcedureTier
    elif group_by == "applicant":
        col, link = ProcedureApplicant.applicant, ProcedureApplicant
    else:
        raise ValueError(f"unknown grouping {group_by!r}")
    return (select(col, literal(""), *counts).select_from(spans)
            .join(link, link.procedure_id == spans.c.procedure_id).group_by(col))


def level_mix_by(day: dt.date, group_by: str, filters: Filters = Filters()) -> list[LevelMix]:
    """One :class:`LevelMix` per agency, field, tier or applicant type on ``day``,
    ordered by key. Enum groups carry their value as key and an empty label."""
    if group_by not in GROUPINGS:
        raise ValueError(f"unknown grouping {group_by!r}")
    return _groups(db.session.execute(_group_select(_in_force(day, filters), group_by)).all())


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
    return _points(_month_moves(filters, end), interval, start, end)


def series_and_groups(filters: Filters, end: dt.date, group_by: str,
                      start: dt.date | None = None,
                      interval: str = "month") -> tuple[list[SeriesPoint], list[LevelMix]]:
    """:func:`level_series` and :func:`level_mix_by` on ``end`` (the dashboard's
    pages need both)."""
    return (level_series(interval, filters, start=start, end=end, today=end),
            level_mix_by(end, group_by, filters))


def _points(month_rows, interval: str, start: dt.date | None,
            end: dt.date) -> list[SeriesPoint]:
    """Running sums of per-month net changes, read at every period end up to ``end``."""
    deltas: dict[int, dict[int, int]] = {}
    for month, *net in month_rows:
        month = int(month)
        day = dt.date(month // 12, month % 12 + 1, 1)
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
