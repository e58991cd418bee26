"""Issue 16: the index follows the log without gaps, and requests never build or bulk-apply.

Each of the three faults is first shown by a test that failed on the code before
the follower (noted per test).
"""
from __future__ import annotations

import time

import pytest
from sqlalchemy import select

from portal.catalogue.models import Procedure
from portal.extensions import db
from portal.search.index import read_checkpoint
from tests.conftest import is_postgres
from tests.factories import make_procedure

from .conftest import codes, commit, find


def wait_until(predicate, what: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.05)
    pytest.fail(f"timed out waiting for {what}")


@pytest.fixture()
def follower(app_ctx, backend):
    """A real follower thread on the test's index, polling every 50 ms; stopped after."""
    started = []

    def start():
        from portal.search.follower import Follower
        backend.follower = Follower(app_ctx, backend.sync, interval=0.05)
        backend.follower.start()
        started.append(backend.follower)
        return backend.follower
    yield start
    for one in started:
        one.stop()


@pytest.mark.skipif(not is_postgres(), reason="SQLite has one writer: a later transaction "
                    "cannot commit while an earlier one holds a change-log id")
def test_a_long_transaction_committing_after_a_later_edit_is_not_skipped(backend):
    # Fault 3 (failed before: 'qzlong' was never found, checkpoint == log head).
    early = make_procedure("Đăng ký tạm vắng", "1.000010")
    later = make_procedure("Đăng ký giám hộ", "1.000020")
    commit()
    assert codes(find("tam vang")) == ["1.000010"]
    backend.sync.apply_after_commit = False      # both edits come from "another node"
    long_tx = db.session.session_factory()      # a second session of this app, own transaction
    try:
        proc = long_tx.get(Procedure, early.id)
        proc.name = "Đăng ký tạm vắng qzlong"
        long_tx.flush()                           # takes change-log id N, stays open
        db.session.get(Procedure, later.id).name = "Đăng ký giám hộ qzshort"
        commit()                                  # N + 1 commits first
        assert codes(find("qzshort")) == ["1.000020"]   # this node moved past N + 1
        long_tx.commit()                          # now N commits
    finally:
        long_tx.close()
    assert codes(find("qzlong")) == ["1.000010"]
    assert codes(find("qzshort")) == ["1.000020"]
    assert backend.sync.status()["pending_changes"] == 0


def test_a_rolled_back_change_does_not_hold_the_follower_back(backend):
    make_procedure("Đăng ký tạm vắng", "1.000010")
    commit()
    assert codes(find("tam vang")) == ["1.000010"]
    backend.sync.apply_after_commit = False
    make_procedure("Đăng ký qzrolled", "1.000030")
    db.session.rollback()                         # its change-log id never commits
    make_procedure("Đăng ký giám hộ", "1.000020")
    commit()
    assert codes(find("giam ho")) == ["1.000020"]
    assert codes(find("qzrolled")) == []
    status = backend.sync.status()
    assert status["pending_changes"] == 0 and status["checkpoint"] == status["log_head"]


def test_a_missing_index_is_built_by_the_follower_not_by_a_search(backend, follower):
    # Fault 1 (failed before: the first search built the index inside the request).
    backend.request_slice = 5        # a request may build an index of at most 5 procedures
    for n in range(12):
        make_procedure(f"Đăng ký khai sinh số {n}")
    make_procedure("Đăng ký giám hộ", "1.000020")
    commit()
    result = find("giam ho")
    assert codes(result) == ["1.000020"], "answered from SQL meanwhile"
    assert backend.store.live_name() is None, "the request built no index"
    assert not list(backend.store.root.glob("build-*")) if backend.store.root.exists() else True
    follower()
    wait_until(backend.store.usable, "the follower to build the index")
    assert codes(find("giam ho")) == ["1.000020"]
    assert backend.sync.status()["documents"] == 13
    assert not list(backend.store.root.glob("build-*")), "no half-built folder left"


def test_a_bulk_change_is_applied_by_the_follower_not_by_a_search(backend, follower):
    # Fault 2 (failed before: the search applied all 12 changes before answering).
    for n in range(12):
        make_procedure(f"Đăng ký khai sinh số {n}")
    commit()
    assert len(codes(find("khai sinh", per_page=20))) == 12
    backend.request_slice = 5
    backend.sync.apply_after_commit = False       # the bulk job ran on another node
    for proc in db.session.scalars(select(Procedure)):
        proc.name = proc.name + " qzbulk"
    commit()
    before = read_checkpoint(backend.store.searcher())
    assert codes(find("qzbulk")) == [], "answered from the index as it stands"
    assert read_checkpoint(backend.store.searcher()) == before, "the request applied nothing"
    follower()
    wait_until(lambda: backend.sync.status()["pending_changes"] == 0, "the lag to return to 0")
    assert len(codes(find("qzbulk", per_page=20))) == 12


def test_a_small_change_is_still_applied_by_the_search_that_finds_it(backend):
    make_procedure("Đăng ký tạm vắng", "1.000010")
    commit()
    find("")
    backend.request_slice = 5
    backend.sync.apply_after_commit = False
    make_procedure("Đăng ký giám hộ", "1.000020")
    commit()
    assert codes(find("giam ho")) == ["1.000020"]      # one change: within the slice


def test_the_follower_removes_leftovers_of_a_dead_build_and_only_one_process_leads(
        backend, follower, app_ctx):
    make_procedure("Đăng ký giám hộ", "1.000020")
    commit()
    root = backend.store.root
    root.mkdir(parents=True, exist_ok=True)
    dead = root / "build-20260101000000-dead01"
    dead.mkdir()
    (dead / ".building").write_text("")       # nobody holds its lock: its process died
    (dead / "_MAIN_1.toc").write_bytes(b"half")
    import os
    os.utime(dead, (time.time() - 3600, time.time() - 3600))
    first = follower()
    wait_until(backend.store.usable, "the follower to build the index")
    assert not dead.exists()
    from portal.search.follower import Follower
    second = Follower(app_ctx, backend.sync, interval=0.05)
    try:
        second.start()
        time.sleep(0.3)
        assert first.leader and not second.leader   # one follower per index folder
    finally:
        second.stop()


def test_search_status_prints_readiness_and_lag_like_healthz(backend, runner):
    make_procedure("Đăng ký giám hộ", "1.000020")
    commit()
    result = runner.invoke(args=["search", "status", "--no-catch-up"])
    assert result.exit_code == 1                 # no index yet: not ready
    assert "ready: no" in result.output and "database: ok" in result.output
    assert "answer from SQL" in result.output
    result = runner.invoke(args=["search", "status"])   # catches up (builds) first
    assert result.exit_code == 0, result.output
    assert "ready: yes" in result.output
    assert "changes not yet applied: 0" in result.output and "lag seconds: 0" in result.output
