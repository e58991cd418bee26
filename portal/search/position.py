"""Where an index stands in the change log, and which changes it still has to apply.

The rule (gap-free, whatever the commit order)
----------------------------------------------
Change-log ids come from a sequence when a transaction *writes*, not when it
commits: a long transaction can hold id N while a later one commits N+1. A
follower that remembered only "the highest id applied" would move past N and
never come back for it (issue 16, fault 3).

**PostgreSQL.** Every row carries the id of the transaction that wrote it
(``txid``, the top-level ``pg_current_xact_id()``). The position is a pair:

* ``xmin``: every transaction with an id below it had finished, and every row
  it committed has been applied;
* ``done``: the rows at or above ``xmin`` that have already been applied.

One poll reads, in ONE statement (so one snapshot S), S's ``xmin`` (the oldest
transaction still running when S was taken: ``pg_snapshot_xmin``) and every
row visible in S whose ``txid`` is at or above the position's ``xmin``. It
applies those not in ``done`` and moves to ``(S.xmin, rows at or above
S.xmin)``. Why nothing is skipped: a committed row with ``txid`` below the old
``xmin`` was applied before (induction). A row with ``txid`` between the old
``xmin`` and ``S.xmin`` belongs to a transaction that had finished when S was
taken, so if it committed, S sees it and this poll applies it. A transaction at
or above ``S.xmin`` may still commit: its rows are at or above the new ``xmin``
and the next poll reads them. A snapshot's ``xmin`` never goes backwards on one
server; if it does, the database was restored elsewhere and the index is
rebuilt. A rolled-back row is never visible and costs nothing. While a long
transaction runs, ``xmin`` stays below it and each poll re-reads the (few)
rows committed since, skipping them through ``done``.

**SQLite** has one writer at a time, holding the write lock from its first
INSERT to its COMMIT: ids commit in id order, so "every id above the highest
applied" is exact.

Rows written before migration 0012 have no ``txid`` and are followed by id.
The position is stored in the index's checkpoint document, in the same Whoosh
commit as the changes it covers; its ``sig`` (the highest applied row's
procedure and time) tells a restored or emptied log from the one it followed.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from .models import SearchChange

# one statement, one snapshot: the oldest running transaction and the rows to look at
_PG_PENDING = text("""
WITH s AS (SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS xmin)
SELECT s.xmin, c.id, c.procedure_id, c.created_at, c.txid
FROM s LEFT JOIN search_change c
  ON (c.txid >= :xmin OR (c.txid IS NULL AND c.id > :id))
ORDER BY c.id
""")


@dataclass(frozen=True)
class Position:
    id: int = 0                       # highest change id applied
    sig: str = ""                     # that row's signature (see ``signature``)
    xmin: int = 0                     # PostgreSQL: see the module docstring
    done: frozenset[int] = field(default_factory=frozenset)

    def state(self) -> dict:
        """What the checkpoint document stores besides id and signature."""
        return {"xmin": self.xmin, "done": _ranges(self.done)}

    @classmethod
    def from_stored(cls, cp_id, sig, state) -> "Position":
        state = state or {}
        done = frozenset(i for lo, hi in state.get("done", ()) for i in range(lo, hi + 1))
        return cls(int(cp_id or 0), sig or "", int(state.get("xmin") or 0), done)


@dataclass
class Pending:
    """The rows a follower still has to apply, and where it stands once it has."""
    rows: list            # (id, procedure_id, created_at, txid) not yet applied
    after: Position
    log_moved: bool = False     # xmin went backwards: a restored database

    @property
    def procedure_ids(self) -> set[int]:
        return {r.procedure_id for r in self.rows}

    def lag_seconds(self, now: dt.datetime | None = None) -> float:
        if not self.rows:
            return 0.0
        now = now or dt.datetime.now(dt.timezone.utc)
        oldest = min(_aware(r.created_at) for r in self.rows)
        return max(0.0, (now - oldest).total_seconds())


def signature(row) -> str:
    return f"{row.procedure_id}@{row.created_at}" if row is not None else ""


def pending(session: Session, pos: Position) -> Pending:
    """Rows committed but not yet applied at ``pos``, and the position after them."""
    if session.get_bind().dialect.name == "postgresql":
        return _pending_pg(session, pos)
    rows = session.execute(select(SearchChange.id, SearchChange.procedure_id,
                                  SearchChange.created_at, SearchChange.txid)
                           .where(SearchChange.id > pos.id).order_by(SearchChange.id)).all()
    newest = rows[-1] if rows else None
    after = Position(newest.id, signature(newest)) if newest else pos
    return Pending(rows, after)


def _pending_pg(session: Session, pos: Position) -> Pending:
    result = session.execute(_PG_PENDING, {"xmin": pos.xmin, "id": pos.id}).all()
    xmin = int(result[0].xmin)
    seen = [r for r in result if r.id is not None]
    rows = [r for r in seen if r.id not in pos.done]
    newest = max(seen, key=lambda r: r.id) if seen else None
    if newest is not None and newest.id > pos.id:
        top, sig = newest.id, signature(newest)
    else:
        top, sig = pos.id, pos.sig
    done = frozenset(r.id for r in seen if r.txid is not None and r.txid >= xmin)
    return Pending(rows, Position(top, sig, max(xmin, pos.xmin), done),
                   log_moved=xmin < pos.xmin)


def head_position(session: Session) -> Position:
    """Where an index built from the rows read AFTER this call stands: everything
    committed now is in it (the build reads later); what may still commit is not."""
    return pending(session, Position()).after


def log_head(session: Session):
    """The newest change-log row (id, procedure_id, created_at), or None."""
    return session.execute(select(SearchChange.id, SearchChange.procedure_id,
                                  SearchChange.created_at)
                           .order_by(SearchChange.id.desc()).limit(1)).first()


def holds(session: Session, pos: Position) -> bool:
    """Whether the log still holds the row the position was taken at."""
    if not pos.id or not pos.sig:
        return True
    # a plain row, not an ORM object: every search of a node asks this
    row = session.execute(select(SearchChange.procedure_id, SearchChange.created_at)
                          .where(SearchChange.id == pos.id)).first()
    return signature(row) == pos.sig


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)


def _ranges(ids) -> list[tuple[int, int]]:
    out: list[list[int]] = []
    for i in sorted(ids):
        if out and out[-1][1] == i - 1:
            out[-1][1] = i
        else:
            out.append([i, i])
    return [(lo, hi) for lo, hi in out]
