"""Writes to the search log: record a search, record the result opened, and
fold entries past the retention period into weekly counts."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, select

from ..dbtypes import utcnow
from ..errors import NotFound, ValidationError
from ..extensions import db
from ..vntext import clean_line
from .models import SearchLog, SearchWeekly, SearchWeeklyPair

RETENTION_DAYS = 90
MAX_QUERY = 200
# Weeks run Monday to Sunday in Vietnam's time (UTC+7, no daylight saving).
LOCAL = dt.timezone(dt.timedelta(hours=7))


def normalise_query(text: str | None) -> str:
    """NFC, canonical tone marks, single spaces, lower case, at most 200 characters."""
    return clean_line(text).lower()[:MAX_QUERY]


def week_start(moment: dt.datetime) -> dt.date:
    """The Monday (local time) of the week ``moment`` falls in; naive means UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    day = moment.astimezone(LOCAL).date()
    return day - dt.timedelta(days=day.weekday())


def record_search(query_text: str, result_count: int, visit: str | None = None
                  ) -> int | None:
    """Log one search; returns its id (None for an empty query, which is not logged).
    ``visit`` is the visitor's random session token (see ``SearchLog``)."""
    query = normalise_query(query_text)
    if not query:
        return None
    visit = visit if visit and len(visit) <= 32 and visit.isalnum() else None
    entry = SearchLog(query=query, result_count=max(0, int(result_count)), visit=visit)
    db.session.add(entry)
    db.session.flush()
    return entry.id


def record_open(search_id: int, code: str, position: int | None = None) -> None:
    """Note that the result ``code`` of search ``search_id`` was opened (at
    ``position``, 1 = first, when the link said so)."""
    code = (code or "").strip()
    # Control characters (NUL above all: PostgreSQL refuses it in text) are never in a code.
    if not code or len(code) > 64 or not code.isprintable():
        raise ValidationError("not a procedure code", "code")
    entry = db.session.get(SearchLog, search_id)
    if entry is None:
        raise NotFound("no such search")
    entry.opened_code, entry.opened_at = code, utcnow()
    entry.opened_position = position if position and 0 < position <= 1000 else None
    db.session.flush()


def aggregate_old_searches(now: dt.datetime | None = None,
                           days: int = RETENTION_DAYS) -> int:
    """Fold entries older than ``days`` into weekly counts and delete them;
    returns how many entries were folded."""
    # In UTC: SQLite keeps the digits of a datetime and drops its zone.
    cutoff = ((now or utcnow()) - dt.timedelta(days=days)).astimezone(dt.timezone.utc)
    counts: dict[tuple[dt.date, str], list[int]] = {}
    rows = db.session.execute(
        select(SearchLog.searched_at, SearchLog.query, SearchLog.result_count,
               SearchLog.opened_code).where(SearchLog.searched_at < cutoff))
    folded = 0
    for searched_at, query, result_count, opened_code in rows:
        c = counts.setdefault((week_start(searched_at), query), [0, 0, 0])
        c[0] += 1
        c[1] += result_count > 0
        c[2] += opened_code is not None
        folded += 1
    for (week, query), (searches, with_results, opened) in counts.items():
        row = db.session.get(SearchWeekly, (week, query))
        if row is None:
            row = SearchWeekly(week_start=week, query=query, searches=0, with_results=0,
                               opened=0)
            db.session.add(row)
        row.searches += searches
        row.with_results += with_results
        row.opened += opened
    _fold_pairs(cutoff)
    db.session.execute(delete(SearchLog).where(SearchLog.searched_at < cutoff))
    db.session.flush()
    return folded


def _fold_pairs(cutoff: dt.datetime) -> None:
    """Keep what the entries before ``cutoff`` teach (opens, reformulations) as
    weekly pair counts, before the entries go."""
    from .learning import log_pairs
    counts: dict[tuple, list[int]] = {}
    for kind, when, query, target, position in log_pairs(SearchLog.searched_at < cutoff):
        c = counts.setdefault((week_start(when), kind, query, target), [0, 0])
        c[0] += 1
        c[1] += position or 0
    for key, (count, positions) in counts.items():
        row = db.session.get(SearchWeeklyPair, key)
        if row is None:
            row = SearchWeeklyPair(week_start=key[0], kind=key[1], query=key[2],
                                   target=key[3], count=0, positions=0)
            db.session.add(row)
        row.count += count
        row.positions += positions
