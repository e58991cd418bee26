"""Reads of the search log: what was searched in a week, from the raw entries
and the weekly aggregates alike."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import case, func, select

from ..extensions import db
from .models import SearchLog, SearchWeekly
from .services import LOCAL, week_start


@dataclass
class QueryCount:
    query: str
    searches: int = 0
    with_results: int = 0
    opened: int = 0

    @property
    def zero_results(self) -> int:
        return self.searches - self.with_results


@dataclass
class WeekReport:
    week_start: dt.date
    top: list[QueryCount]
    zero_results: list[QueryCount]    # never found anything that week
    unopened: list[QueryCount]        # found results, none opened


def _week_counts(monday: dt.date) -> dict[str, QueryCount]:
    # In UTC: SQLite keeps the digits of a datetime and drops its zone.
    start = dt.datetime.combine(monday, dt.time(), LOCAL).astimezone(dt.timezone.utc)
    end = start + dt.timedelta(days=7)
    counts: dict[str, QueryCount] = {}
    raw = db.session.execute(
        select(SearchLog.query, func.count(),
               func.sum(case((SearchLog.result_count > 0, 1), else_=0)),
               func.sum(case((SearchLog.opened_code.is_not(None), 1), else_=0)))
        .where(SearchLog.searched_at >= start, SearchLog.searched_at < end)
        .group_by(SearchLog.query))
    for query, n, found, opened in raw:
        counts[query] = QueryCount(query, n, int(found or 0), int(opened or 0))
    for row in db.session.scalars(select(SearchWeekly).where(SearchWeekly.week_start == monday)):
        c = counts.setdefault(row.query, QueryCount(row.query))
        c.searches += row.searches
        c.with_results += row.with_results
        c.opened += row.opened
    return counts


def week_report(day: dt.date, limit: int = 50) -> WeekReport:
    """Top, zero-result and unopened queries of the week that holds ``day``."""
    monday = day - dt.timedelta(days=day.weekday())
    counts = sorted(_week_counts(monday).values(), key=lambda c: (-c.searches, c.query))
    return WeekReport(
        week_start=monday, top=counts[:limit],
        zero_results=[c for c in counts if c.with_results == 0][:limit],
        unopened=[c for c in counts if c.with_results > 0 and c.opened == 0][:limit])


def current_week() -> dt.date:
    """Monday of this week, local time."""
    return week_start(dt.datetime.now(dt.timezone.utc))
