"""Progress targets: writes (create, update, delete) and how each stands.

A target's pace is the least-squares line through the measure at the last
twelve month ends and today; the projected date is where that line reaches
the target value.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from ..catalogue.models import Agency
from ..errors import NotFound, ValidationError
from ..extensions import db
from .models import Target, TargetMeasure
from .stats import Filters, LevelMix, SeriesPoint, level_series

PACE_MONTHS = 12


def measure_value(mix: LevelMix, measure: TargetMeasure) -> float:
    """The measure in percent (0–100) for a level mix."""
    if measure is TargetMeasure.LEVEL3_UP:
        return 100 * mix.share(3, 4)
    if measure is TargetMeasure.FULLY_ONLINE:
        return 100 * mix.scheme["full"] / mix.total if mix.total else 0.0
    return 100 * mix.share(4)


def list_targets() -> list[Target]:
    """Every target, province-wide first, then by deadline."""
    return list(db.session.scalars(select(Target).order_by(
        Target.agency_id.is_not(None), Target.deadline, Target.id)))


def get_target(target_id: int) -> Target:
    """A target by id, or NotFound."""
    target = db.session.get(Target, target_id)
    if target is None:
        raise NotFound("no such target")
    return target


def _check(agency_id: int | None, value: float, deadline: dt.date) -> None:
    if not 0 < value <= 100:
        raise ValidationError("the value is a percentage above 0 and at most 100", "value")
    if agency_id is not None and db.session.get(Agency, agency_id) is None:
        raise ValidationError("no such agency", "agency_id")
    if deadline.year < 2000:
        raise ValidationError("the deadline is not a plausible date", "deadline")


def create_target(*, measure: TargetMeasure, value: float, deadline: dt.date,
                  agency_id: int | None = None, label: str = "") -> Target:
    """Add a target (``agency_id`` None: the whole province)."""
    _check(agency_id, value, deadline)
    target = Target(measure=measure, value=value, deadline=deadline, agency_id=agency_id,
                    label=label.strip())
    db.session.add(target)
    db.session.flush()
    return target


def update_target(target: Target, *, measure: TargetMeasure, value: float,
                  deadline: dt.date, agency_id: int | None = None, label: str = "") -> Target:
    """Change every field of a target."""
    _check(agency_id, value, deadline)
    target.measure, target.value, target.deadline = measure, value, deadline
    target.agency_id, target.label = agency_id, label.strip()
    db.session.flush()
    return target


def delete_target(target: Target) -> None:
    """Remove a target."""
    db.session.delete(target)
    db.session.flush()


@dataclass
class TargetProgress:
    target: Target
    current: float                 # percent, today
    gap: float                     # percentage points still to go (0 when reached)
    pace_per_year: float | None    # percentage points a year; None: too little history
    projected: dt.date | None      # when the pace reaches the value; None: never/unknown
    reached: bool
    on_track: bool


def _slope_per_day(points: list[tuple[int, float]]) -> float | None:
    """Least-squares slope of (day, value) points; None with fewer than two days."""
    if len({x for x, _ in points}) < 2:
        return None
    n = len(points)
    mx = sum(x for x, _ in points) / n
    my = sum(y for _, y in points) / n
    sxx = sum((x - mx) ** 2 for x, _ in points)
    return sum((x - mx) * (y - my) for x, y in points) / sxx


def assess(target: Target, series: list[SeriesPoint], today: dt.date) -> TargetProgress:
    """How ``target`` stands, from the monthly ``series`` of its scope up to today."""
    since = today - dt.timedelta(days=round(PACE_MONTHS * 30.44))
    recent = [((p.period_end - today).days, measure_value(p.mix, target.measure))
              for p in series if p.period_end >= since]
    current = recent[-1][1] if recent else 0.0
    slope = _slope_per_day(recent)
    reached = current >= target.value
    projected = today if reached else None
    if not reached and slope is not None and slope > 0:
        days = (target.value - current) / slope
        if days < 365 * 200:       # beyond that the date is meaningless
            projected = today + dt.timedelta(days=round(days))
    return TargetProgress(
        target=target, current=current, gap=max(0.0, target.value - current),
        pace_per_year=None if slope is None else slope * 365.25,
        projected=projected, reached=reached,
        on_track=reached or (projected is not None and projected <= target.deadline))


def assess_all(targets: list[Target], today: dt.date,
               province_series: list[SeriesPoint] | None = None) -> list[TargetProgress]:
    """Assess every target, computing each scope's monthly series once."""
    start = today - dt.timedelta(days=round(PACE_MONTHS * 30.44) + 31)
    cache: dict[int | None, list[SeriesPoint]] = {}
    if province_series is not None:
        cache[None] = province_series
    out = []
    for target in targets:
        if target.agency_id not in cache:
            cache[target.agency_id] = level_series(
                "month", Filters(agency_id=target.agency_id), start=start, end=today,
                today=today)
        out.append(assess(target, cache[target.agency_id], today))
    return out
