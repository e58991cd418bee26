"""The derived tables behind the statistics: ``level_span`` (when each change
was in force) and ``level_span_day`` (the whole catalogue's net moves per day).

Both are functions of ``level_change`` alone, so they can be rebuilt from it at
any time (``flask --app portal levels rebuild-spans``). Every writer of
``level_change`` calls :func:`refresh_spans` for the procedures it touched, in
the same transaction, so the statistics never read a stale span.

A procedure's spans are recomputed whole from its history (a handful of rows)
rather than patched: a back-dated change, a same-day correction or a deleted
demo row all take the same path, and the result is the rebuild's by design.
"""
from __future__ import annotations

from collections import Counter
from typing import Iterable

from sqlalchemy import delete, func, insert, literal, or_, select, union_all
from sqlalchemy.dialects import postgresql, sqlite

from ..extensions import db
from .models import LevelChange as LC, LevelSpan as S, LevelSpanDay as SD

CHUNK = 500
_COLUMNS = ("procedure_id", "valid_from", "valid_to", "level", "prev_level")


def spans_select(procedure_ids: list[int] | None = None):
    """SELECT the spans of these procedures (all when None) from the history.

    The history order is (effective date, recording time, id), the rule of
    :mod:`.services`; a change followed by another on the same day is dropped
    (it was never in force), and LAG runs after that WHERE, over the kept rows.
    """
    nxt = func.lead(LC.effective_date).over(
        partition_by=LC.procedure_id, order_by=(LC.effective_date, LC.recorded_at, LC.id))
    changes = select(LC.procedure_id, LC.effective_date.label("day"),
                     LC.to_level.label("level"), nxt.label("nxt"))
    if procedure_ids is not None:
        changes = changes.where(LC.procedure_id.in_(procedure_ids))
    c = changes.subquery("c")
    prev = func.lag(c.c.level).over(partition_by=c.c.procedure_id, order_by=c.c.day)
    return (select(c.c.procedure_id, c.c.day, c.c.nxt, c.c.level, prev)
            .where(or_(c.c.nxt.is_(None), c.c.nxt > c.c.day)))


def _moves(procedure_ids: list[int]) -> Counter:
    """Net moves per (day, level) of these procedures' current spans."""
    moves: Counter = Counter()
    mine = S.procedure_id.in_(procedure_ids)
    for day, level, n in db.session.execute(
            select(S.valid_from, S.level, func.count()).where(mine)
            .group_by(S.valid_from, S.level)):
        moves[(day, level)] += n
    for day, level, n in db.session.execute(
            select(S.valid_from, S.prev_level, func.count())
            .where(mine, S.prev_level.is_not(None)).group_by(S.valid_from, S.prev_level)):
        moves[(day, level)] -= n
    return moves


def _add_to_days(moves: Counter) -> None:
    """Add ``moves`` to ``level_span_day`` (upsert; rows that reach 0 go)."""
    rows = [{"day": day, "level": level, "delta": n}
            for (day, level), n in sorted(moves.items()) if n]   # one lock order
    if not rows:
        return
    dialect = db.session.get_bind().dialect.name
    ins = (postgresql if dialect == "postgresql" else sqlite).insert(SD)
    stmt = ins.on_conflict_do_update(index_elements=[SD.day, SD.level],
                                     set_={"delta": SD.delta + ins.excluded.delta})
    db.session.execute(stmt, rows)
    days = sorted({r["day"] for r in rows})
    for start in range(0, len(days), CHUNK):
        db.session.execute(delete(SD).where(SD.delta == 0, SD.day.in_(days[start:start + CHUNK])))


def refresh_spans(procedure_ids: Iterable[int]) -> None:
    """Recompute the spans of these procedures from their history and move the
    daily totals by the difference. Call it after flushing the changes."""
    ids = sorted({int(i) for i in procedure_ids if i is not None})
    if not ids:
        return
    db.session.flush()
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        before = _moves(chunk)
        db.session.execute(delete(S).where(S.procedure_id.in_(chunk)))
        db.session.execute(insert(S).from_select(_COLUMNS, spans_select(chunk)))
        after = _moves(chunk)
        after.subtract(before)
        _add_to_days(after)


def rebuild_spans() -> tuple[int, int]:
    """Recompute both tables from the whole history; returns (spans, day rows)."""
    db.session.flush()
    db.session.execute(delete(SD))
    db.session.execute(delete(S))
    db.session.execute(insert(S).from_select(_COLUMNS, spans_select()))
    moves = union_all(
        select(S.valid_from.label("day"), S.level.label("level"), literal(1).label("n")),
        select(S.valid_from, S.prev_level, literal(-1)).where(S.prev_level.is_not(None)),
    ).subquery("m")
    total = func.sum(moves.c.n)
    db.session.execute(insert(SD).from_select(
        ("day", "level", "delta"),
        select(moves.c.day, moves.c.level, total).group_by(moves.c.day, moves.c.level)
        .having(total != 0)))
    return (db.session.scalar(select(func.count()).select_from(S)),
            db.session.scalar(select(func.count()).select_from(SD)))
