"""The Whoosh index on disk: schema, the live-directory pointer, searchers, writers.

Layout under ``PORTAL_INDEX_DIR``::

    current          a one-line file naming the live directory (replaced atomically)
    ix-<stamp>/      Whoosh index directories; a rebuild writes a new one, then swaps

The index is a cache of the database (Whoosh never fsyncs): anything wrong
with it is repaired by a rebuild. Its progress through the change log is a
document (``__checkpoint__``) written in the same commit as the changes.
"""
from __future__ import annotations

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

log = logging.getLogger(__name__)

POINTER = "current"
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
        # checkpoint document: last change-log id applied, and that row's signature
        cp_id=NUMERIC(stored=True, bits=64),
        cp_sig=STORED,
    )


class IndexStore:
    """One index location: opens the live index, hands out per-thread searchers."""

    def __init__(self, root: str | os.PathLike):
        self.root = Path(root)
        self._local = threading.local()
        self._lock = threading.Lock()
        self._opened: tuple[str, object] | None = None   # (dir name, FileIndex)

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

    def new_directory(self) -> Path:
        """A fresh, empty index directory beside the live one (not yet live)."""
        self.root.mkdir(parents=True, exist_ok=True)
        path = self.root / f"ix-{time.strftime('%Y%m%d%H%M%S')}-{uuid.uuid4().hex[:6]}"
        path.mkdir()
        whoosh_index.create_in(str(path), make_schema())
        return path

    def swap_to(self, path: Path) -> None:
        """Make ``path`` the live index atomically, then clear out old directories."""
        tmp = self.root / f"{POINTER}.{uuid.uuid4().hex}.tmp"
        tmp.write_text(path.name + "\n", encoding="utf-8")
        os.replace(tmp, self.root / POINTER)
        self._remove_old(keep=path.name)

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
    fields = searcher.document(id=CHECKPOINT_ID)
    if not fields:
        return 0, ""
    return int(fields.get("cp_id") or 0), fields.get("cp_sig") or ""


def write_checkpoint(writer, change_id: int, signature: str) -> None:
    """Store the checkpoint in the same commit as the changes it covers."""
    writer.update_document(id=CHECKPOINT_ID, kind="meta", cp_id=change_id, cp_sig=signature)


def delete_procedure(writer, proc_id: int) -> None:
    writer.delete_by_term("id", str(proc_id))


def procedure_filter():
    """Matches every procedure document (not the checkpoint)."""
    return Term("kind", "p")
