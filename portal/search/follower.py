"""The background follower: builds a missing index and applies the change log.

Every process serving searches runs one follower thread (started on first use,
or by gunicorn's ``post_worker_init``, see ``deploy/gunicorn.conf.py``), but
only the process holding the index folder's ``follower.lock`` works: one build
and one catch-up loop per folder, however many workers share it. The others
try the lock again every few seconds, so when the working process dies
(the lock goes with it) another one takes over.
"""
from __future__ import annotations

import ctypes
import fcntl
import gc
import logging
import os
import threading
import time

from ..extensions import db
from .sync import IndexSync, NeedsRebuild

log = logging.getLogger(__name__)

LOCK_NAME = "follower.lock"
LOCK_RETRY = 2.0       # seconds between two tries of a process that does not hold the lock


class Follower:
    """One thread per process; the folder lock's holder builds and catches up."""

    def __init__(self, app, sync: IndexSync, interval: float = 0.25):
        self.app = app
        self.sync = sync
        self.interval = interval
        self.leader = False
        self.last_error: str | None = None
        self.last_loop_at: float | None = None
        self._lock_file = None
        self._thread: threading.Thread | None = None
        self._pid: int | None = None
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._start_lock = threading.Lock()

    def running(self) -> bool:
        return (self._thread is not None and self._thread.is_alive()
                and self._pid == os.getpid())

    def start(self) -> None:
        """Start the thread (again after a fork: threads do not survive one)."""
        if self.running():
            return
        with self._start_lock:
            if self.running():
                return
            self._pid = os.getpid()
            self._lock_file, self.leader = None, False
            self._stop.clear()
            self._thread = threading.Thread(target=self._run, name="search-follower",
                                            daemon=True)
            self._thread.start()

    def wake(self) -> None:
        """Look at the log now rather than at the next interval."""
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
        if self._lock_file is not None:
            self._lock_file.close()
            self._lock_file, self.leader = None, False

    # -- the loop ----------------------------------------------------------
    def _run(self) -> None:
        with self.app.app_context():
            while not self._stop.is_set():
                try:
                    if self._lead():
                        self.step()
                    self.last_error = None
                except Exception as exc:   # keep following; the next loop tries again
                    self.last_error = f"{type(exc).__name__}: {exc}"
                    log.exception("search follower: step failed")
                finally:
                    db.session.remove()
                self.last_loop_at = time.time()
                self._wake.wait(self.interval if self.leader else LOCK_RETRY)
                self._wake.clear()

    def step(self) -> None:
        """Build the index if it is not usable, else apply everything pending."""
        sync = self.sync
        with sync._session() as session:
            if not sync.store.usable():
                log.info("search follower: no usable index under %s, building it",
                         sync.store.root)
                sync.rebuild(session)
                release_memory()
                return
            try:
                sync.catch_up(session)
            except NeedsRebuild:
                sync.rebuild(session)
                release_memory()

    def _lead(self) -> bool:
        if self._lock_file is not None:
            return True
        root = self.sync.store.root
        root.mkdir(parents=True, exist_ok=True)
        handle = open(root / LOCK_NAME, "a+")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            return False
        self._lock_file, self.leader = handle, True
        log.info("search follower: this process (%d) follows %s", os.getpid(), root)
        self.sync.store.clean_leftovers()
        return True


def release_memory() -> None:
    """Give back to the system what glibc holds free after a build.

    Measured (bench/memory.py --rebuild, national catalogue): the build took the
    process from 152 to 298 MB and this returns only 11 MB; the rest stays in
    Python's own arenas. Hence only the follower (one worker per node) builds, and
    gunicorn recycles workers (``max_requests`` in deploy/gunicorn.conf.py)."""
    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):   # not glibc: nothing to do
        pass
