"""Keeping the index in step with the database through the change log.

* After a commit, the committing process applies the procedures it changed
  (a staff edit is searchable on its own node at once).
* The follower (``follower``, one per index folder) builds a missing index and
  applies whatever else the log holds, in the background.
* A search applies at most a small slice itself (``limit``): a few pending
  changes, or a build of a tiny catalogue; anything bigger is left to the
  follower and the request answers from the index as it stands (or from SQL
  when there is no usable index yet).
* Where the index stands is a ``position.Position``; ``position`` explains why
  following it skips no committed change whatever the commit order.
* A missing or unreadable index, or a log that no longer holds the position's
  row (database restored or emptied), means a rebuild: in a ``build-*`` folder,
  swapped in atomically when complete.
"""
from __future__ import annotations

import functools
import logging
import threading
import time
from collections.abc import Callable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..catalogue.models import Procedure, Status
from ..extensions import db
from . import bulk
from .documents import is_indexed, iter_published, load_procedures, procedure_document
from .index import CHECKPOINT_ID, IndexStore, delete_procedure, read_position, write_position
from .position import Pending, Position, head_position, holds, log_head, pending

log = logging.getLogger(__name__)

APPLY_BATCH = 500


class NeedsRebuild(RuntimeError):
    """The index is missing, unreadable, or follows a log that is gone."""


class IndexSync:
    """Applies the change log to one index store."""

    def __init__(self, store: IndexStore, clock: Callable[[], float] = time.monotonic,
                 build_procs: int = 1):
        self.store = store
        self.build_procs = build_procs     # processes for a rebuild of a large catalogue
        # Seconds on a monotonic scale; injected so that a test can move time without
        # patching the time module for the whole process.
        self.clock = clock
        self.apply_after_commit = True
        self.started = False          # kept for callers that mark a fresh rebuild
        self._checked_at: float | None = None   # monotonic time the index was last found current
        self.caught_up_at: float | None = None  # wall time of the last complete catch-up
        self._build_lock = threading.Lock()

    # -- entry points ------------------------------------------------------
    def ensure_current(self, patient: bool = True, max_age: float = 0.0,
                       limit: int | None = None) -> bool:
        """Build or catch up; return whether the index is usable now.

        ``limit`` bounds the work (a request): a build only when at most that
        many procedures are published, a catch-up only of at most that many
        procedures; beyond it nothing is done here. With ``max_age``, a process
        that found the index current less than that many seconds ago does not look.
        """
        looked = self.clock()
        usable = self.store.usable()
        if usable and max_age > 0 and self._checked_at is not None \
                and looked - self._checked_at < max_age:
            return True
        with self._session() as session:
            if not usable:
                if limit is not None and self._published(session) > limit:
                    return False
                self.rebuild(session)
                self._checked_at = looked
                return True
            try:
                done = self.catch_up(session, patient=patient, limit=limit)
            except NeedsRebuild:
                if limit is not None and self._published(session) > limit:
                    return True          # stale but usable; the follower rebuilds
                self.rebuild(session)
                done = True
        if done:
            self._checked_at = looked
        return True

    def catch_up(self, session: Session, *, patient: bool = True,
                 limit: int | None = None) -> bool:
        """Apply what the log holds beyond the index's position; False when more than
        ``limit`` procedures are pending (nothing applied). Raises NeedsRebuild."""
        pos = self._position()
        if not holds(session, pos):
            log.warning("change log no longer holds checkpoint %s: rebuilding", pos.id)
            raise NeedsRebuild(pos.id)
        todo = pending(session, pos)
        if todo.log_moved:
            log.warning("transaction ids went backwards (database restored?): rebuilding")
            raise NeedsRebuild(pos.id)
        if limit is not None and len(todo.procedure_ids) > limit:
            return False
        # A position-only commit just because xmin moved would write the index (and
        # re-open every searcher) a few times a second on a busy database; write it
        # when there are changes, or when rows no longer need re-reading at each look.
        if todo.rows or len(todo.after.done) < len(pos.done):
            self.apply(session, todo.procedure_ids, todo.after, patient=patient)
        self.caught_up_at = time.time()
        return True

    def after_commit(self, procedure_ids: set[int], limit: int | None = None) -> None:
        """Apply what a commit of this process changed (the position is the follower's)."""
        if limit is not None and len(procedure_ids) > limit:
            return
        if not self.store.usable():
            return
        with self._session() as session:
            self.apply(session, procedure_ids, None, patient=limit is None)

    def status(self, session: Session | None = None) -> dict:
        """Readiness and lag figures, for ``/healthz`` and ``search status``."""
        session = session or db.session
        head = log_head(session)
        figures = {"directory": str(self.store.root / (self.store.live_name() or "")),
                   "usable": self.store.usable(), "log_head": head.id if head else 0,
                   "published": self._published(session)}
        if not figures["usable"]:
            return {**figures, "documents": 0, "checkpoint": 0,
                    "pending_changes": None, "lag_seconds": None}
        searcher = self.store.searcher()
        pos = read_position(searcher)
        todo: Pending = pending(session, pos)
        has_checkpoint = searcher.document(id=CHECKPOINT_ID) is not None
        return {**figures, "documents": searcher.doc_count() - int(has_checkpoint),
                "checkpoint": pos.id, "pending_changes": len(todo.rows),
                "lag_seconds": round(todo.lag_seconds(), 3),
                "log_holds_checkpoint": holds(session, pos)}

    # -- work --------------------------------------------------------------
    def apply(self, session: Session, procedure_ids: set[int], after: Position | None = None,
              patient: bool = True) -> None:
        """Re-read these procedures and update their documents; store ``after``."""
        ordered = sorted(procedure_ids)
        # The writer first: procedures read under the lock are at least as new as
        # those any earlier holder wrote, so a document never goes back in time.
        writer = self.store.writer(patient=patient)
        try:
            for start in range(0, len(ordered), APPLY_BATCH):
                chunk = ordered[start:start + APPLY_BATCH]
                procs = load_procedures(session, chunk)
                for pid in chunk:
                    proc = procs.get(pid)
                    if is_indexed(proc):
                        writer.update_document(**procedure_document(proc))
                    else:
                        delete_procedure(writer, pid)
                session.expunge_all()
            if after is not None:
                # Under the lock: never move the position backwards.
                with writer.searcher() as current:
                    stored = read_position(current)
                if _rank(after) >= _rank(stored):
                    write_position(writer, after)
            writer.commit()
        except BaseException:
            writer.cancel()
            raise

    def rebuild(self, session: Session | None = None, echo=None) -> int:
        """Build a fresh index in a ``build-*`` folder from the database, then swap it in."""
        own = session is None
        session = session or Session(db.engine)
        path = None
        try:
            with self._build_lock:
                started = time.monotonic()
                pos = head_position(session)   # taken BEFORE the rows: catch-up covers the rest
                session.rollback()             # a fresh snapshot for the rows (PostgreSQL RR safe)
                path = self.store.new_directory()
                count = self._fill(session, path, pos, echo)
                self.store.swap_to(path)
                path = None
                log.info("search index rebuilt: %d procedures in %.1f s", count,
                         time.monotonic() - started)
            self.catch_up(session)
            return count
        finally:
            if path is not None:
                self.store.discard(path)
            if own:
                session.close()

    def _fill(self, session: Session, path, pos: Position, echo) -> int:
        """Write every published procedure into the empty index at ``path``: in this
        process for a small catalogue, else in worker processes (``build_procs`` of
        them for a large one), each reading its own range of ids (see ``bulk``)."""
        ids = list(session.scalars(select(Procedure.id).where(
            Procedure.status == Status.PUBLISHED).order_by(Procedure.id)))
        url = session.get_bind().url
        # (another process cannot read an in-memory SQLite database)
        shared = url.get_backend_name() != "sqlite" or url.database not in (None, "", ":memory:")
        procs = self.build_procs if len(ids) >= bulk.PARALLEL_MIN else 1
        finish = functools.partial(write_position, pos=pos)
        if len(ids) < bulk.CHILD_MIN or not shared:
            def docs():
                for count, proc in enumerate(iter_published(session), 1):
                    yield procedure_document(proc)
                    if echo and count % 5000 == 0:
                        echo(f"  {count} procedures…")
            return bulk.build(path, finish=finish, docs=docs)
        if echo:
            echo(f"  {len(ids)} procedures in {procs} processes…")
        parts = [("db", url.render_as_string(hide_password=False), after, last)
                 for after, last in bulk.split(ids, procs, bulk.SEGMENT_DOCS)]
        return bulk.build(path, finish=finish, parts=parts, procs=procs)

    # -- helpers -----------------------------------------------------------
    def _position(self) -> Position:
        try:
            return read_position(self.store.searcher())
        except Exception as exc:   # unreadable: only a rebuild helps
            raise NeedsRebuild(str(exc)) from exc

    def _session(self) -> Session:
        # A session of its own: this runs inside after_commit, where the
        # committing session cannot emit SQL.
        return Session(db.engine, expire_on_commit=False)

    @staticmethod
    def _published(session: Session) -> int:
        return session.scalar(select(func.count()).select_from(Procedure)
                              .where(Procedure.status == Status.PUBLISHED)) or 0


def _rank(pos: Position) -> tuple[int, int, int]:
    # later snapshots have a higher xmin, or the same xmin and a superset of rows
    return pos.xmin, pos.id, len(pos.done)
