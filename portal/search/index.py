"""The Whoosh index on disk: schema, the live-directory pointer, searchers, writers.

Layout under ``PORTAL_INDEX_DIR``::

    current          a one-line file naming the live directory (replaced atomically)
    ix-<stamp>/      Whoosh index directories; only complete ones ever get this name
    build-<stamp>/   a build in progress (its ``.building`` file is locked by the
                     building process); renamed to ix-<stamp> when complete, then swapped
    follower.lock    held by the one process per folder that builds and catches up

A build that dies leaves a ``build-*`` folder nobody holds: ``clean_leftovers``
removes it, so a half-built index is never used nor left behind.

The index is a cache of the database (Whoosh never fsyncs): anything wrong
with it is repaired by a rebuild. Its progress through the change log is a
document (``__checkpoint__``) written in the same commit as the changes.
"""
from __future__ import annotations

import fcntl
import logging
import os
import shutil
import threading
import time
import uuid
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.fields import ID, KEYWORD, NUMERIC, STORED, TEXT, Schema
from whoosh.index import LockError
from whoosh.query import Term
from whoosh.scoring import BM25F

from .analysis import bigram_analyzer, body_analyzer, exact_analyzer, fold_analyzer
from .position import Position

log = logging.getLogger(__name__)

POINTER = "current"
BUILDING = ".building"
CHECKPOINT_ID = "__checkpoint__"
WRITER_TIMEOUT = 5.0      # seconds a writer waits for the lock, per attempt
WRITER_ATTEMPTS = 3
OLD_DIR_GRACE = 600       # seconds an old directory is kept for searchers still using it


class IndexBusy(RuntimeError):
    """The index lock stayed taken through every attempt."""


def make_schema() -> Schema:
    """Fields of a procedure document (see documents.procedure_document)."""
    return Schema(
        id=ID(stored=True, unique=True),
        kind=ID,
        code=ID(stored=True),
        code_base=ID,
        name=STORED,
        summary=STORED,
        level=ID(stored=True, sortable=True),
        field=ID(stored=True, sortable=True),
        agency=KEYWORD(commas=True, stored=True, sortable=True),
        tier=KEYWORD(commas=True, stored=True, sortable=True),
        applicant=KEYWORD(commas=True, stored=True, sortable=True),
        t_exact=TEXT(analyzer=exact_analyzer(names=True), phrase=False),
        t_fold=TEXT(analyzer=fold_analyzer(names=True), phrase=False),
        t_bi=TEXT(analyzer=bigram_analyzer(), phrase=False),
        t_key=ID(sortable=True),
        t_head=KEYWORD(commas=True),
        m_fold=TEXT(analyzer=fold_analyzer(), phrase=False),
        b_fold=TEXT(analyzer=body_analyzer(), phrase=False),
        # checkpoint document: last change-log id applied, that row's signature, and
        # the rest of the follower's position (``position.Position.state``)
        cp_id=NUMERIC(stored=True, bits=64),
        cp_sig=STORED,
        cp_state=STORED,
    )


class IndexStore:
    """One index location: opens the live index, hands out per-thread searchers."""

    def __init__(self, root: str | os.PathLike):
        self.root = Path(root)
        self._local = threading.local()
        self._lock = threading.Lock()
        self._opened: tuple[str, object] | None = None   # (dir name, FileIndex)
        self._building: dict[str, object] = {}             # build dir name -> locked file
        self._usable_at: tuple | None = None   # the live directory last found usable

    # -- the live directory ------------------------------------------------
    def live_name(self) -> str | None:
        try:
            name = (self.root / POINTER).read_text(encoding="utf-8").strip()
        except OSError:
            return None
        return name or None

    def exists(self) -> bool:
        name = self.live_name()
        return bool(name) and whoosh_index.exists_in(str(self.root / name))

    def index(self):
        """The live FileIndex (re-opened when the pointer moved)."""
        name = self.live_name()
        if name is None:
            raise FileNotFoundError(f"no search index under {self.root}")
        opened = self._opened
        if opened is None or opened[0] != name:
            with self._lock:
                if self._opened is None or self._opened[0] != name:
                    self._opened = (name, whoosh_index.open_dir(str(self.root / name)))
                opened = self._opened
        return opened[1]

    def usable(self) -> bool:
        """Whether the live index opens and has this schema's checkpoint fields."""
        try:
            # Reading the schema reads the TOC file; every search asks, so the
            # answer is kept while the live directory is the same and unchanged
            # (a commit, a deleted file or a deleted directory change its stat).
            name = self.live_name()
            stat = os.stat(self.root / name) if name else None
            key = (name, stat.st_ino, stat.st_mtime_ns) if stat else None
            if key is not None and key == self._usable_at:
                return True
            usable = "cp_state" in self.index().schema
            self._usable_at = key if usable else None
            return usable
        except Exception:   # missing, half-deleted or unreadable: the follower rebuilds
            return False

    def new_directory(self) -> Path:
        """A fresh, empty build directory (``build-*``), locked by this process until
        ``swap_to`` makes it live; if the process dies, the lock goes with it."""
        self.root.mkdir(parents=True, exist_ok=True)
        path = self.root / f"build-{time.strftime('%Y%m%d%H%M%S')}-{uuid.uuid4().hex[:6]}"
        path.mkdir()
        handle = open(path / BUILDING, "w")
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        self._building[path.name] = handle
        whoosh_index.create_in(str(path), make_schema())
        return path

    def swap_to(self, path: Path) -> Path:
        """Rename the complete build to ``ix-*`` and make it live atomically; clear out
        old directories. Returns the live path."""
        path = Path(path)
        if path.name.startswith("build-"):
            live = path.with_name("ix-" + path.name[len("build-"):])
            os.rename(path, live)
            self._release(path.name, live)
            path = live
        tmp = self.root / f"{POINTER}.{uuid.uuid4().hex}.tmp"
        tmp.write_text(path.name + "\n", encoding="utf-8")
        os.replace(tmp, self.root / POINTER)
        self._remove_old(keep=path.name)
        return path

    def discard(self, path: Path) -> None:
        """Remove a build that failed."""
        self._release(Path(path).name, Path(path))
        shutil.rmtree(path, ignore_errors=True)

    def _release(self, name: str, path: Path) -> None:
        handle = self._building.pop(name, None)
        if handle is not None:
            handle.close()
        (path / BUILDING).unlink(missing_ok=True)

    def clean_leftovers(self) -> list[str]:
        """Remove builds whose process died (their lock is free) and stray pointer files."""
        removed = []
        for entry in list(self.root.glob("build-*")) + list(self.root.glob(f"{POINTER}.*.tmp")):
            if entry.is_dir() and (_held(entry / BUILDING) or (
                    not (entry / BUILDING).exists() and entry.stat().st_mtime > time.time() - 60)):
                continue    # a build in progress (or one just creating its lock file)
            if entry.is_dir():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                entry.unlink(missing_ok=True)
            removed.append(entry.name)
        if removed:
            log.info("removed leftovers of interrupted builds: %s", ", ".join(removed))
        return removed

    def _remove_old(self, keep: str) -> None:
        # Searchers still holding an old directory keep working on Linux after
        # deletion, but give them a grace period anyway.
        cutoff = time.time() - OLD_DIR_GRACE
        for entry in self.root.glob("ix-*"):
            if entry.name != keep and entry.stat().st_mtime < cutoff:
                shutil.rmtree(entry, ignore_errors=True)

    # -- readers -----------------------------------------------------------
    def searcher(self):
        """This thread's searcher, re-opened when the index changed.

        Never ``Searcher.refresh()``: on whoosh-reloaded 2.7.5 it returns
        documents twice and stale versions after a merge.
        """
        ix = self.index()
        current = getattr(self._local, "searcher", None)
        if current is not None:
            s_ix, searcher = current
            if s_ix is ix and searcher.up_to_date():
                return searcher
            searcher.close()
        searcher = ix.searcher(weighting=weighting())
        self._local.searcher = (ix, searcher)
        return searcher

    def close_thread_searcher(self) -> None:
        current = getattr(self._local, "searcher", None)
        if current is not None:
            current[1].close()
            self._local.searcher = None

    # -- writers -----------------------------------------------------------
    def writer(self, ix=None, patient: bool = True):
        """A writer on ``ix`` (default: live), waiting for the lock with bounded retries.

        Impatient callers (a search that found the index behind) try once,
        without waiting: the answer can come from the current index, and the
        holder is usually the process that committed, applying those very
        changes (a search used to wait up to 0.3 s behind every staff edit).
        """
        ix = ix or self.index()
        attempts, timeout = (WRITER_ATTEMPTS, WRITER_TIMEOUT) if patient else (1, 0.0)
        for attempt in range(attempts):
            try:
                return ix.writer(timeout=timeout, delay=0.05)
            except LockError:
                log.log(logging.WARNING if patient else logging.DEBUG,
                        "search index locked (attempt %d/%d)", attempt + 1, attempts)
        raise IndexBusy(f"search index {self.root} stayed locked")


def weighting() -> BM25F:
    """BM25F with only a tie-breaking length penalty on names: the plain procedure
    often has a long name (every case it covers is listed in it)."""
    return BM25F(B=0.75, K1=1.2, t_fold_B=0.1, t_exact_B=0.1, t_bi_B=0.1)


def read_checkpoint(searcher) -> tuple[int, str]:
    """(last change id applied, its signature) as stored in the index."""
    pos = read_position(searcher)
    return pos.id, pos.sig


def read_position(searcher) -> Position:
    """The follower's position as stored in the index (see ``position``)."""
    cached = getattr(searcher, "_portal_position", None)
    if cached is not None:      # a searcher sees one commit: its position never changes
        return cached
    fields = searcher.document(id=CHECKPOINT_ID)
    if not fields:
        pos = Position()
    else:
        pos = Position.from_stored(fields.get("cp_id"), fields.get("cp_sig"),
                                   fields.get("cp_state"))
    searcher._portal_position = pos
    return pos


def write_position(writer, pos: Position) -> None:
    """Store the position in the same commit as the changes it covers."""
    writer.update_document(id=CHECKPOINT_ID, kind="meta", cp_id=pos.id, cp_sig=pos.sig,
                           cp_state=pos.state())


def write_checkpoint(writer, change_id: int, signature: str) -> None:
    """Store a position by id only (SQLite's rule; benchmarks' synthetic builds)."""
    write_position(writer, Position(change_id, signature))


def _held(lock_path: Path) -> bool:
    """Whether some process holds ``lock_path`` (a build in progress)."""
    try:
        with open(lock_path) as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                return True
            return False
    except OSError:
        return False


def delete_procedure(writer, proc_id: int) -> None:
    writer.delete_by_term("id", str(proc_id))


def procedure_filter():
    """Matches every procedure document (not the checkpoint)."""
    return Term("kind", "p")
