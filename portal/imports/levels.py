"""Service levels set by imports, and the demo level history.

The national data carries no level: ``records.infer_level`` infers one, and
this module records it with source ``import``, never over a level that staff
recorded. ``--demo-history`` adds a deterministic, plausible history from 2012
with source ``demo``, dated before every real change, so dashboards have
something to chart; ``remove_demo_history`` deletes those rows in one go.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import random
from dataclasses import dataclass
from typing import Iterable

from sqlalchemy import delete, func, select

from ..catalogue.models import Procedure
from ..extensions import db
from ..levels.models import LevelChange, LevelSource
from ..levels.services import latest_change, record_level_change
from ..levels.spans import refresh_spans

IMPORT_REASON = "Suy ra từ hồ sơ thủ tục khi nhập danh mục"
DEMO_REASON = "Dữ liệu minh họa (demo)"
DEMO_START = dt.date(2012, 1, 1)


@dataclass
class LevelPlan:
    procedure: Procedure
    level: int
    created: bool


def _chunks(values: list, size: int = 500):
    for start in range(0, len(values), size):
        yield values[start:start + size]


def _ids_with(ids: list[int], *sources: LevelSource) -> set[int]:
    found: set[int] = set()
    for chunk in _chunks(ids):
        stmt = select(LevelChange.procedure_id).where(LevelChange.procedure_id.in_(chunk))
        if sources:
            stmt = stmt.where(LevelChange.source.in_(sources))
        found.update(db.session.scalars(stmt.distinct()))
    return found


def apply_levels(plans: list[LevelPlan], codes: Iterable[str], *, demo_history: bool,
                 today: dt.date | None = None) -> tuple[int, int]:
    """Record inferred levels (source import) and, if asked, demo histories.

    Returns (import changes, demo changes) added. A procedure with any level
    recorded by staff keeps it; an unchanged inferred level adds nothing.
    """
    today = today or dt.date.today()
    ids = [plan.procedure.id for plan in plans]
    staff = _ids_with(ids, LevelSource.STAFF)
    has_history = _ids_with(ids)
    added, first_changes = 0, []
    for plan in plans:
        proc = plan.procedure
        if proc.id in staff:
            continue
        if proc.id in has_history and proc.level == plan.level:
            continue
        day = _source_date(proc, today)
        if proc.id not in has_history and proc.level == plan.level:
            # A procedure without history: its first change goes from nothing to
            # the level it already has, which is what record_level_change would
            # write. Adding these in bulk saves four queries per new procedure
            # (seconds on the national file).
            first_changes.append(LevelChange(
                procedure_id=proc.id, from_level=None, to_level=plan.level,
                effective_date=day, reason=IMPORT_REASON, source=LevelSource.IMPORT))
        else:
            latest = latest_change(proc.id)
            if latest is not None and latest.effective_date >= day:
                day = today     # news about a level already dated later: learnt today
            record_level_change(proc, plan.level, day, source=LevelSource.IMPORT,
                                reason=IMPORT_REASON, today=today)
        added += 1
    db.session.add_all(first_changes)
    db.session.flush()
    refresh_spans(change.procedure_id for change in first_changes)
    demo = add_demo_history(list(codes), today=today) if demo_history else 0
    return added, demo


def _source_date(proc: Procedure, today: dt.date) -> dt.date:
    """The day an inferred level holds from: the publication decision's date when the source
    gives one (not in the future), else the import's day.

    Dating it by the import made a staff change dated a week earlier "older" than a guess, so
    the staff change was recorded and changed nothing.
    """
    decided = proc.decision_date
    return decided if decided is not None and decided <= today else today


def demo_steps(code: str, level: int, until: dt.date) -> list[tuple[dt.date, int, str]]:
    """A plausible history for ``code`` ending at ``level``, all before ``until``:
    (effective date, level, decision ref), seeded by the code alone."""
    rng = random.Random(int(hashlib.sha256(code.encode()).hexdigest()[:16], 16))
    start = DEMO_START + dt.timedelta(days=rng.randint(0, 900))
    span = (until - start).days - 1
    if span < 30:
        return []
    current = 1 if rng.random() < 0.8 else 2
    path = [current]
    while current < level:
        current = min(level, current + (2 if rng.random() < 0.15 else 1))
        path.append(current)
        if current < level and current > 1 and rng.random() < 0.08:  # a rare step back
            path += [current - 1, current]
    if rng.random() < 0.2:  # sometimes an early step back, recovered at once
        path = [path[0]] + ([2, 1] if path[0] == 1 and level >= 2 else []) + path[1:]
    days = sorted(rng.sample(range(1, span), k=min(len(path) - 1, span - 1)))
    dates = [start] + [start + dt.timedelta(days=d) for d in days]
    out = []
    for day, lvl in zip(dates, path):
        out.append((day, lvl, f"{rng.randint(10, 4999)}/QĐ-UBND"))
    return out


def add_demo_history(codes: list[str], today: dt.date | None = None) -> int:
    """Add a demo history to each of these procedures that has neither demo nor
    staff changes yet; every demo row precedes the procedure's first real change."""
    today = today or dt.date.today()
    rows = []
    for chunk in _chunks(codes):
        rows += db.session.execute(
            select(Procedure.id, Procedure.code, Procedure.level,
                   select(func.min(LevelChange.effective_date))
                   .where(LevelChange.procedure_id == Procedure.id).scalar_subquery())
            .where(Procedure.code.in_(chunk))).all()
    skip = _ids_with([r[0] for r in rows], LevelSource.DEMO, LevelSource.STAFF)
    added = []
    for proc_id, code, level, first in rows:
        if proc_id in skip:
            continue
        previous = None
        for day, lvl, ref in demo_steps(code, level, first or today):
            added.append(LevelChange(
                procedure_id=proc_id, from_level=previous, to_level=lvl, effective_date=day,
                decision_ref=ref, reason=DEMO_REASON, source=LevelSource.DEMO))
            previous = lvl
    db.session.add_all(added)
    db.session.flush()
    refresh_spans({change.procedure_id for change in added})
    return len(added)


def remove_demo_history() -> int:
    """Delete every demo level change and make each procedure's level follow
    its remaining history again. Returns the number of rows removed."""
    affected = list(db.session.scalars(
        select(LevelChange.procedure_id).where(LevelChange.source == LevelSource.DEMO).distinct()))
    result = db.session.execute(delete(LevelChange).where(LevelChange.source == LevelSource.DEMO))
    latest: dict[int, int] = {}
    for chunk in _chunks(affected):
        changes = db.session.execute(
            select(LevelChange.procedure_id, LevelChange.to_level)
            .where(LevelChange.procedure_id.in_(chunk))
            .order_by(LevelChange.procedure_id, LevelChange.effective_date,
                      LevelChange.recorded_at, LevelChange.id))
        latest.update((pid, lvl) for pid, lvl in changes)  # the last row per procedure wins
        for proc in db.session.scalars(select(Procedure).where(Procedure.id.in_(chunk))):
            if proc.id in latest and proc.level != latest[proc.id]:
                proc.level = latest[proc.id]
    db.session.flush()
    refresh_spans(affected)
    return result.rowcount or 0
