"""Keeping the index in step with the database through the change log.

* After a commit, the committing process applies the procedures it changed.
* Before a search, a process that is behind (the log's newest id is past the
  index's checkpoint) applies what it missed.
* On first use in a process (start-up) it re-applies an overlap window too:
  ids are assigned at INSERT, not at COMMIT, so a slow transaction can commit
  an id below a checkpoint that another process already wrote; if its own
  process died before applying it, only the overlap re-scan finds it.
* A missing or unreadable index, or a log that no longer contains the
  checkpoint's row (database restored or emptied), means a rebuild.
"""
from __future__ import annotations

import logging
import threading
import time

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..catalogue.models import Procedure, Status
from ..extensions import db
from .documents import is_indexed, iter_published, load_procedures, procedure_document
from .index import (
    IndexBusy, IndexStore, delete_procedure, procedure_filter, read_checkpoint, write_checkpoint,
)
from .models import SearchChange

log = logging.getLogger(__name__)

# At start-up the last OVERLAP_IDS change rows below the checkpoint are applied
# again: a transaction that took its ids before another one but committed after
# it (and whose process died before indexing) is caught that way. The window is
# counted in rows, not minutes: right after an import a time window held the
# whole catalogue, and every gunicorn worker re-indexed it in its first request.
OVERLAP_IDS = 200
APPLY_BATCH = 500


def _signature(row) -> str:
    return f"{row.procedure_id}@{row.created_at}" if row is not None else ""


class IndexSync:
    """Applies the change log to one index store."""

    def __init__(self, store: IndexStore):
        self.store = store
        self.apply_after_commit = True
        self.started = False
        self._lock = threading.RLock()
        self._checked_at: float | None = None   # monotonic time the index was last found current

    # -- entry points ------------------------------------------------------
    def ensure_current(self, patient: bool = True, max_age: float = 0.0) -> None:
        """Start-up check on first use, then catch up if the log is ahead.

        With ``max_age``, a process that found the index current less than that many
        seconds ago does not look again (a search's fast path: no query at all).
        """
        if not self.started:
            with self._lock:
                if not self.started:
                    self.startup()
                    return
        looked = time.monotonic()
        if max_age > 0 and self._checked_at is not None and looked - self._checked_at < max_age:
            return
        with self._session() as session:
            head = self._head(session)
            checkpoint, signature = read_checkpoint(self.store.searcher())
            current = (head is None and checkpoint == 0) or (
                head is not None and head.id == checkpoint and _signature(head) == signature)
            if not current:
                # IndexBusy propagates: _checked_at stays old, the next search looks again
                self._catch_up(session, checkpoint, signature, overlap=False, patient=patient)
        self._checked_at = looked

    def startup(self) -> None:
        """Open the index (rebuilding it if missing or unreadable) and catch up with overlap."""
        with self._session() as session:
            try:
                checkpoint, signature = read_checkpoint(self.store.searcher())
            except FileNotFoundError:
                log.info("no search index yet: building it")
                self.rebuild(session)
                checkpoint, signature = read_checkpoint(self.store.searcher())
            except Exception:
                log.warning("search index unreadable: rebuilding", exc_info=True)
                self.rebuild(session)
                checkpoint, signature = read_checkpoint(self.store.searcher())
            try:
                # Impatient: when another process holds the index it is doing this same
                # work, and the next search catches up with whatever is left.
                self._catch_up(session, checkpoint, signature, overlap=True, patient=False)
            except IndexBusy:
                log.info("search index busy at start-up: catching up on first search")
        self.started = True

    def after_commit(self, procedure_ids: set[int]) -> None:
        """Apply what a commit of this process changed, and anything else pending."""
        if not self.started:
            self.ensure_current()   # start-up covers everything committed so far
            return
        with self._session() as session:
            checkpoint, signature = read_checkpoint(self.store.searcher())
            self._catch_up(session, checkpoint, signature, overlap=False,
                           extra=procedure_ids)

    # -- work --------------------------------------------------------------
    def _catch_up(self, session: Session, checkpoint: int, signature: str, *,
                  overlap: bool, extra: set[int] = frozenset(), patient: bool = True) -> None:
        if checkpoint and signature:
            row = session.get(SearchChange, checkpoint)
            if _signature(row) != signature:
                log.warning("change log no longer holds checkpoint %s: rebuilding", checkpoint)
                self.rebuild(session)
                return
        cond = SearchChange.id > checkpoint
        if overlap:
            cond = SearchChange.id > checkpoint - OVERLAP_IDS
        rows = session.execute(select(SearchChange.id, SearchChange.procedure_id,
                                      SearchChange.created_at).where(cond)
                               .order_by(SearchChange.id)).all()
        ids = set(extra) | {r.procedure_id for r in rows}
        newest = max(rows, key=lambda r: r.id) if rows else None
        if not ids and (newest is None or newest.id <= checkpoint):
            return
        self.apply(session, ids, newest, patient=patient)

    def apply(self, session: Session, procedure_ids: set[int], newest=None,
              patient: bool = True) -> None:
        """Re-read these procedures and update their documents; advance the checkpoint."""
        ordered = sorted(procedure_ids)
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
            if newest is not None:
                # Under the lock: never move the checkpoint backwards.
                with writer.searcher() as current:
                    stored, _ = read_checkpoint(current)
                if newest.id > stored:
                    write_checkpoint(writer, newest.id, _signature(newest))
            writer.commit()
        except BaseException:
            writer.cancel()
            raise

    def rebuild(self, session: Session | None = None, echo=None) -> int:
        """Build a fresh index beside the live one from the database, then swap it in."""
        own = session is None
        session = session or Session(db.engine)
        try:
            started = time.monotonic()
            head = self._head(session)      # read BEFORE the rows: replay covers the rest
            path = self.store.new_directory()
            from whoosh import index as whoosh_index
            ix = whoosh_index.open_dir(str(path))
            writer = ix.writer(limitmb=256)
            count = 0
            try:
                for proc in iter_published(session):
                    writer.add_document(**procedure_document(proc))
                    count += 1
                    if echo and count % 5000 == 0:
                        echo(f"  {count} procedures…")
                write_checkpoint(writer, head.id if head else 0, _signature(head))
            except BaseException:
                writer.cancel()  # else its open segment files outlive the failed rebuild
                raise
            writer.commit(optimize=True)
            self.store.swap_to(path)
            log.info("search index rebuilt: %d procedures in %.1f s", count,
                     time.monotonic() - started)
            checkpoint, signature = read_checkpoint(self.store.searcher())
            self._catch_up(session, checkpoint, signature, overlap=True)
            return count
        finally:
            if own:
                session.close()

    # -- helpers -----------------------------------------------------------
    def _session(self) -> Session:
        # A session of its own: this runs inside after_commit, where the
        # committing session cannot emit SQL.
        return Session(db.engine, expire_on_commit=False)

    @staticmethod
    def _head(session: Session):
        return session.execute(select(SearchChange.id, SearchChange.procedure_id,
                                      SearchChange.created_at)
                               .order_by(SearchChange.id.desc()).limit(1)).first()

    def status(self) -> dict:
        """Figures for ``search status``."""
        searcher = self.store.searcher()
        checkpoint, _ = read_checkpoint(searcher)
        published = db.session.scalar(select(func.count()).select_from(Procedure)
                                      .where(Procedure.status == Status.PUBLISHED))
        head = self._head(db.session)
        head_id = head.id if head else 0
        pending = db.session.scalar(select(func.count()).select_from(SearchChange)
                                    .where(SearchChange.id > checkpoint))
        return {"directory": str(self.store.root / (self.store.live_name() or "")),
                "documents": sum(1 for _ in searcher.docs_for_query(procedure_filter())),
                "published": published, "checkpoint": checkpoint,
                "log_head": head_id, "pending_changes": pending}
