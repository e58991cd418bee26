"""The derived tables behind the statistics: ``level_span`` (when each change
was in force) and ``level_span_day`` (the published catalogue's net moves per day).

Spans are a function of ``level_change`` alone; the daily moves also of each
procedure's status (only procedures published today count, at every date).
Both can be rebuilt at any time (``flask --app portal levels rebuild-spans``).
Every writer of ``level_change`` calls :func:`refresh_spans` for the procedures
it touched, in the same transaction; a change of status into or out of
*published* moves the procedure's daily moves in or out in the flush that
writes it (:func:`install` registers that hook), so no writer of the status
has to remember it. Writes that bypass the ORM (restore's Core inserts) rebuild.

A procedure's spans are recomputed whole from its history (a handful of rows)
rather than patched: a back-dated change, a same-day correction or a deleted
demo row all take the same path, and the result is the rebuild's by design.
"""
from __future__ import annotations

from collections import Counter
from typing import Iterable

from sqlalchemy import delete, func, insert, inspect, literal, or_, select, union_all
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from ..catalogue.models import Procedure, Status
from ..extensions import db, hooks_on, listen_per_app
from .models import LevelChange, LevelSpan, LevelSpanDay

CHUNK = 500
# The daily totals are shared rows that any writer may touch in any order (an
# import over many chunks, a staff edit meanwhile): on PostgreSQL, writers take
# this transaction lock first, so they queue instead of deadlocking.
DAY_TOTALS_LOCK = 0x6C767370
_COLUMNS = ("procedure_id", "valid_from", "valid_to", "level", "prev_level")


def spans_select(procedure_ids: list[int] | None = None):
    """SELECT the spans of these procedures (all when None) from the history.

    The history order is (effective date, recording time, id), the rule of
    :mod:`.services`; a change followed by another on the same day is dropped
    (it was never in force), and LAG runs after that WHERE, over the kept rows.
    """
    nxt = func.lead(LevelChange.effective_date).over(
        partition_by=LevelChange.procedure_id,
        order_by=(LevelChange.effective_date, LevelChange.recorded_at, LevelChange.id))
    changes = select(LevelChange.procedure_id, LevelChange.effective_date.label("day"),
                     LevelChange.to_level.label("level"), nxt.label("nxt"))
    if procedure_ids is not None:
        changes = changes.where(LevelChange.procedure_id.in_(procedure_ids))
    c = changes.subquery("c")
    prev = func.lag(c.c.level).over(partition_by=c.c.procedure_id, order_by=c.c.day)
    return (select(c.c.procedure_id, c.c.day, c.c.nxt, c.c.level, prev)
            .where(or_(c.c.nxt.is_(None), c.c.nxt > c.c.day)))


def _published_ids():
    return select(Procedure.id).where(Procedure.status == Status.PUBLISHED)


def _moves(conn, procedure_ids: list[int], published_only: bool = True) -> Counter:
    """Net moves per (day, level) of these procedures' current spans (of the
    published ones only, unless ``published_only`` is false)."""
    moves: Counter = Counter()
    mine = [LevelSpan.procedure_id.in_(procedure_ids)]
    if published_only:
        mine.append(LevelSpan.procedure_id.in_(_published_ids()))
    for day, level, n in conn.execute(
            select(LevelSpan.valid_from, LevelSpan.level, func.count()).where(*mine)
            .group_by(LevelSpan.valid_from, LevelSpan.level)):
        moves[(day, level)] += n
    for day, level, n in conn.execute(
            select(LevelSpan.valid_from, LevelSpan.prev_level, func.count())
            .where(*mine, LevelSpan.prev_level.is_not(None))
            .group_by(LevelSpan.valid_from, LevelSpan.prev_level)):
        moves[(day, level)] -= n
    return moves


def _add_to_days(conn, moves: Counter) -> None:
    """Add ``moves`` to ``level_span_day`` (upsert; rows that reach 0 go)."""
    rows = [{"day": day, "level": level, "delta": n}
            for (day, level), n in sorted(moves.items()) if n]   # one lock order
    if not rows:
        return
    bind = conn if hasattr(conn, "dialect") else conn.get_bind()
    if bind.dialect.name == "postgresql":
        conn.execute(select(func.pg_advisory_xact_lock(DAY_TOTALS_LOCK)))
    ins = (postgresql if bind.dialect.name == "postgresql" else sqlite).insert(LevelSpanDay)
    stmt = ins.on_conflict_do_update(index_elements=[LevelSpanDay.day, LevelSpanDay.level],
                                     set_={"delta": LevelSpanDay.delta + ins.excluded.delta})
    conn.execute(stmt, rows)
    days = sorted({r["day"] for r in rows})
    for start in range(0, len(days), CHUNK):
        conn.execute(delete(LevelSpanDay).where(
            LevelSpanDay.delta == 0, LevelSpanDay.day.in_(days[start:start + CHUNK])))


def refresh_spans(procedure_ids: Iterable[int]) -> None:
    """Recompute the spans of these procedures from their history and move the
    daily totals by the difference. Call it after flushing the changes."""
    ids = sorted({int(i) for i in procedure_ids if i is not None})
    if not ids:
        return
    db.session.flush()
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        before = _moves(db.session, chunk)
        db.session.execute(delete(LevelSpan).where(LevelSpan.procedure_id.in_(chunk)))
        db.session.execute(insert(LevelSpan).from_select(_COLUMNS, spans_select(chunk)))
        after = _moves(db.session, chunk)
        after.subtract(before)
        _add_to_days(db.session, after)


def _status_moves(session: Session, _flush_context) -> None:
    """after_flush: a procedure that entered or left *published* brings its
    moves into the daily totals or takes them out (its spans do not change).
    The history of ``status`` still holds the old value at this point."""
    if not hooks_on(HOOKS_KEY):
        return
    sign: dict[int, int] = {}
    for obj in session.dirty:
        if not isinstance(obj, Procedure):
            continue
        history = inspect(obj).attrs.status.history
        if not history.deleted or not history.added:
            continue
        was = Status(history.deleted[0]) is Status.PUBLISHED
        now = Status(history.added[0]) is Status.PUBLISHED
        if was != now:
            sign[obj.id] = 1 if now else -1
    if not sign:
        return
    conn = session.connection()
    total: Counter = Counter()
    for direction in (1, -1):
        ids = sorted(i for i, d in sign.items() if d == direction)
        for start in range(0, len(ids), CHUNK):
            for key, n in _moves(conn, ids[start:start + CHUNK], published_only=False).items():
                total[key] += direction * n
    _add_to_days(conn, total)


def _deleted_moves(session: Session, _flush_context, _instances) -> None:
    """before_flush: a published procedure deleted takes its moves out first
    (its spans go with it, by cascade, during the flush)."""
    if not hooks_on(HOOKS_KEY):
        return
    ids = sorted(obj.id for obj in session.deleted if isinstance(obj, Procedure)
                 and obj.id is not None and Status(obj.status) is Status.PUBLISHED)
    if ids:
        conn = session.connection()
        moves = _moves(conn, ids, published_only=False)
        _add_to_days(conn, Counter({k: -n for k, n in moves.items()}))


HOOKS_KEY = "portal.levels.span_hooks"


def install(app) -> None:
    """Keep the daily totals in step with status changes in ``app``'s sessions (idempotent)."""
    listen_per_app(app, HOOKS_KEY, {"after_flush": _status_moves,
                                    "before_flush": _deleted_moves})


def rebuild_spans() -> tuple[int, int]:
    """Recompute both tables from the whole history; returns (spans, day rows)."""
    db.session.flush()
    if db.session.get_bind().dialect.name == "postgresql":
        db.session.execute(select(func.pg_advisory_xact_lock(DAY_TOTALS_LOCK)))
    db.session.execute(delete(LevelSpanDay))
    db.session.execute(delete(LevelSpan))
    db.session.execute(insert(LevelSpan).from_select(_COLUMNS, spans_select()))
    counted = LevelSpan.procedure_id.in_(_published_ids())
    moves = union_all(
        select(LevelSpan.valid_from.label("day"), LevelSpan.level.label("level"),
               literal(1).label("n"))
        .where(counted),
        select(LevelSpan.valid_from, LevelSpan.prev_level, literal(-1))
        .where(LevelSpan.prev_level.is_not(None), counted),
    ).subquery("m")
    total = func.sum(moves.c.n)
    db.session.execute(insert(LevelSpanDay).from_select(
        ("day", "level", "delta"),
        select(moves.c.day, moves.c.level, total).group_by(moves.c.day, moves.c.level)
        .having(total != 0)))
    return (db.session.scalar(select(func.count()).select_from(LevelSpan)),
            db.session.scalar(select(func.count()).select_from(LevelSpanDay)))
