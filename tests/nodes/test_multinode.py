"""Issue 16: two gunicorn nodes, their own index folders, one PostgreSQL database.

Edits are made by processes of node A (same database, A's index folder), searches
go over HTTP to node B. The demo catalogue (191 procedures) keeps it quick; the
nodes let a request do at most 20 procedures of index work themselves, so the
build and the bulk change are the follower's, as with a national catalogue.
"""
from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import threading
import time

import pytest

from portal.demo import demo_files

from .conftest import ROOT, make_node, ready, wait_for

pytestmark = pytest.mark.slow

RENAME = """
import sys
from sqlalchemy import select
from portal import create_app
from portal.catalogue.models import Procedure
from portal.extensions import db
app = create_app()
with app.app_context():
    proc = db.session.scalars(select(Procedure).where(Procedure.code == sys.argv[1])).one()
    proc.name = proc.name + " " + sys.argv[2]
    db.session.flush()                      # takes its change-log id now
    print("flushed", flush=True)
    if len(sys.argv) > 3:                    # hold the transaction open until told
        sys.stdin.readline()
    db.session.commit()
print("committed", flush=True)
"""


@pytest.fixture(scope="module")
def nodes(tmp_path_factory, pg_url):
    """Two nodes for the whole module (booting one takes seconds): each test uses
    procedures of its own; the bulk job comes last."""
    tmp_path = tmp_path_factory.mktemp("nodes")
    a = make_node(tmp_path, pg_url, "a", migrate=True, PORTAL_SEARCH_REQUEST_SLICE="20")
    b = make_node(tmp_path, pg_url, "b", migrate=False, PORTAL_SEARCH_REQUEST_SLICE="20")
    result = a.portal.flask("catalogue", "import", *map(str, demo_files()))
    assert result.returncode == 0, result.stderr[-2000:]
    try:
        for node in (a, b):
            node.start()
        for node in (a, b):
            wait_for(ready(node), f"node {node.name} to be ready", node=node)
        yield a, b
    finally:
        for node in (a, b):
            node.stop()


def _codes(a) -> list[str]:
    result = a.portal.python(
        "from sqlalchemy import select\nfrom portal import create_app\n"
        "from portal.catalogue.models import Procedure, Status\nfrom portal.extensions import db\n"
        "app = create_app()\nwith app.app_context():\n"
        "    print('\\n'.join(db.session.scalars(select(Procedure.code).where("
        "Procedure.status == Status.PUBLISHED).order_by(Procedure.code).limit(5))))\n")
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def start_rename(a, code, word, hold=False):
    """A process of node A appending ``word`` to a procedure's name (held open if asked)."""
    argv = [sys.executable, "-c", RENAME, code, word] + (["hold"] if hold else [])
    return subprocess.Popen(argv, env=a.portal.env, cwd=ROOT, stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def found_on(node, word: str, code: str):
    return lambda: node.search(word) == (200, [code])


def lag_zero(node):
    def check():
        status, body = node.health()
        return status == 200 and body["index"]["lag_changes"] == 0 and \
            body["index"]["documents"] == body["index"]["published"]
    return check


def test_an_edit_on_one_node_is_found_on_the_other_within_two_seconds(nodes):
    a, b = nodes
    code = _codes(a)[0]
    assert b.search("qzedit") == (200, [])
    proc = start_rename(a, code, "qzedit")
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    committed = time.monotonic()
    wait_for(found_on(b, "qzedit", code), "B to find A's edit", timeout=2.0, node=b)
    print(f"\nedit on A found on B after {time.monotonic() - committed:.2f} s")


def test_a_long_transaction_committing_after_a_later_edit_is_found_on_the_other_node(nodes):
    a, b = nodes
    first, second = _codes(a)[1:3]
    long_tx = start_rename(a, first, "qzlong", hold=True)
    try:
        assert long_tx.stdout.readline().strip() == "flushed"    # holds change id N
        short = start_rename(a, second, "qzshort")               # takes N + k, commits
        assert short.communicate(timeout=120)[0].split()[-1] == "committed"
        wait_for(found_on(b, "qzshort", second), "B to apply the later edit", node=b)
        time.sleep(1.0)                  # B's follower polls past the later id meanwhile
        assert b.search("qzlong") == (200, [])
        long_tx.stdin.write("go\n")
        long_tx.stdin.flush()
        out, err = long_tx.communicate(timeout=120)
        assert long_tx.returncode == 0, err
    finally:
        if long_tx.poll() is None:
            long_tx.kill()
    wait_for(found_on(b, "qzlong", first), "B to apply the earlier id committed last", node=b)
    wait_for(lag_zero(b), "B's lag to return to 0", node=b)


def test_a_node_whose_index_was_deleted_answers_from_sql_and_rebuilds(nodes):
    a, b = nodes
    code = _codes(a)[3]
    status, body = b.health()
    published = body["index"]["published"]
    wait_for(lag_zero(b), "B to be in step before it stops", node=b)
    b.stop()
    shutil.rmtree(b.index_dir)
    b.start()
    answers: list[int] = []
    found_early = []
    deadline = time.monotonic() + 180
    while True:
        status, codes = b.search("đăng ký")
        if status:                       # 0 = not listening yet
            answers.append(status)
            found_early.append(bool(codes))
        health, body = b.health()
        if health == 200:
            break
        if time.monotonic() > deadline or b.proc.poll() is not None:
            pytest.fail(f"node B's index never became usable:\n{b.tail()}")
        time.sleep(0.02)
    assert answers and all(s == 200 for s in answers), f"no 5xx while rebuilding: {answers}"
    assert all(found_early), "searches answered (from SQL) before the index was built"
    assert body["index"]["documents"] == published
    assert not list(b.index_dir.glob("build-*")), "no half-built folder left"
    assert len(list(b.index_dir.glob("ix-*"))) == 1
    assert b.search(code)[0] == 200
    print(f"\n{len(answers)} searches answered while node B rebuilt, all 200")


def test_a_bulk_job_on_one_node_while_the_other_serves_searches(nodes):
    a, b = nodes
    times: list[float] = []
    statuses: list[int] = []
    stop = threading.Event()

    def keep_searching():
        queries = ["đăng ký khai sinh", "giay phep xay dung", "cấp đổi", "thuế", "hộ tịch"]
        n = 0
        while not stop.is_set():
            started = time.monotonic()
            status, _ = b.search(queries[n % len(queries)])
            times.append(time.monotonic() - started)
            statuses.append(status)
            n += 1

    searcher = threading.Thread(target=keep_searching)
    searcher.start()
    try:
        time.sleep(1.0)
        result = a.portal.flask("catalogue", "demo-history")     # touches every procedure
        assert result.returncode == 0, result.stderr[-2000:]
        time.sleep(0.5)
        wait_for(lag_zero(b), "B's lag to return to 0 after the bulk job", node=b)
        time.sleep(0.5)
    finally:
        stop.set()
        searcher.join()
    assert statuses and all(s == 200 for s in statuses), \
        f"no 5xx: {sorted(set(statuses))}"
    p95 = statistics.quantiles(times, n=20)[-1] if len(times) >= 20 else max(times)
    print(f"\nbulk job on A: {len(times)} searches on B, p95 {p95 * 1000:.0f} ms, "
          f"max {max(times) * 1000:.0f} ms")
