"""Load test: the portal under gunicorn on PostgreSQL, and the machine's ceiling beside it.

    .venv/bin/python bench/load.py [--duration 60] [--threads 8] [--workers 3]

Creates a temporary PostgreSQL database (``--pg``, default
postgresql+psycopg://postgres@127.0.0.1:5432/postgres names the server), imports
the national catalogue with ``flask catalogue import``, creates an administrator
(``flask users create``) and an API token, serves ``portal.wsgi:app`` with
gunicorn on 127.0.0.1 in production mode, and drives a mix of searches (the
public query list), procedure pages, the home page, public API calls and a few
staff edits through the staff API from this process's threads. Then it serves a
one-endpoint Flask app the same way and drives it the same way: the ceiling.
Prints requests per second, p50/p95/p99 overall and per kind, errors, and the
workers' RSS at the start and end. Drops the temporary database at the end.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import uuid
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
CATALOGUE = DATA / "dvcqg-catalogue-2026-07.jsonl.gz"
QUERIES = DATA / "search-queries-public.tsv"
BIN = Path(sys.executable).parent
CEILING_APP = '''from flask import Flask
app = Flask(__name__)


@app.get("/")
def ok():
    return "ok"
'''
MIX = (("search", 40), ("page", 25), ("home", 10), ("api_search", 10), ("api_procedure", 10),
       ("suggest", 5))
EDIT_EVERY = 2.0   # seconds between two staff edits (one thread)


# -- set-up -----------------------------------------------------------------
def run(args, env, stdin: str | None = None, timeout: float = 1800) -> str:
    done = subprocess.run(args, env=env, cwd=ROOT, input=stdin, capture_output=True,
                          text=True, timeout=timeout)
    if done.returncode != 0:
        sys.exit(f"{' '.join(map(str, args))} failed:\n{done.stderr[-3000:]}")
    return done.stdout


def flask(env, *args, stdin=None) -> str:
    return run([str(BIN / "flask"), "--app", "portal", *args], env, stdin=stdin)


def create_database(server: str) -> tuple[str, callable]:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    base = make_url(server)
    name = f"portal_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(base.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))

    def drop():
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    return base.set(database=name).render_as_string(hide_password=False), drop


TOKEN_SNIPPET = """
from sqlalchemy import select
from portal import create_app
from portal.accounts.models import User
from portal.accounts.services import create_api_token
from portal.catalogue.models import Procedure, Status
from portal.extensions import db
app = create_app()
with app.app_context():
    user = db.session.scalar(select(User).where(User.email == "bench@example.vn"))
    _, token = create_api_token(user, "bench")
    db.session.commit()
    codes = list(db.session.execute(select(Procedure.id, Procedure.code)
                 .where(Procedure.status == Status.PUBLISHED)))
    print(json.dumps({"token": token, "procedures": [list(r) for r in codes]}))
"""


def prepare(env) -> dict:
    """Migrate, import the catalogue, create an administrator and a token."""
    flask(env, "db", "upgrade")
    started = time.monotonic()
    flask(env, "catalogue", "import", str(CATALOGUE))
    print(f"imported the national catalogue in {time.monotonic() - started:.0f} s")
    flask(env, "users", "create", "bench@example.vn", "--role", "admin",
          stdin=secrets.token_urlsafe(24) + "\n")
    flask(env, "search", "status")   # the index is current before the clock starts
    out = run([sys.executable, "-c", "import json\n" + TOKEN_SNIPPET], env)
    return json.loads(out.strip().splitlines()[-1])


# -- the server -------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_gunicorn(app: str, env, workers: int, chdir: Path | None = None):
    port = free_port()
    args = [str(BIN / "gunicorn"), "-w", str(workers), "-b", f"127.0.0.1:{port}",
            "--log-level", "warning", app]
    if chdir:
        args[1:1] = ["--chdir", str(chdir)]
    proc = subprocess.Popen(args, env=env, cwd=ROOT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            sys.exit(f"gunicorn exited with {proc.returncode}")
        try:
            if request(port, "GET", "/healthz" if chdir is None else "/")[0] == 200 \
                    and len(worker_pids(proc.pid)) == workers:
                return proc, port
        except OSError:
            pass
        time.sleep(0.1)
    proc.kill()
    sys.exit("gunicorn did not answer within 60 s")


def worker_pids(master: int) -> list[int]:
    try:
        children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    except OSError:
        return []
    return [int(pid) for pid in children]


def rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def stop(proc) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


# -- the client -------------------------------------------------------------
def request(port: int, method: str, path: str, body=None, headers=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        data = json.dumps(body).encode() if body is not None else None
        hdrs = dict(headers or {})
        if data is not None:
            hdrs["Content-Type"] = "application/json"
        conn.request(method, path, body=data, headers=hdrs)
        response = conn.getresponse()
        payload = response.read()
        return response.status, payload
    finally:
        conn.close()


class Recorder:
    def __init__(self):
        self.times: dict[str, list[float]] = defaultdict(list)
        self.errors: dict[str, int] = defaultdict(int)
        self.samples: list[str] = []
        self.lock = threading.Lock()

    def timed(self, kind: str, port: int, method: str, path: str, ok=(200,), **kw):
        started = time.perf_counter()
        try:
            status, payload = request(port, method, path, **kw)
        except OSError as exc:
            status, payload = 0, str(exc).encode()
        elapsed = time.perf_counter() - started
        with self.lock:
            self.times[kind].append(elapsed)
            if status not in ok:
                self.errors[kind] += 1
                if len(self.samples) < 5:
                    self.samples.append(f"{status} {method} {path}: {payload[:200]!r}")
        return status, payload


def portal_request(rec: Recorder, port: int, rnd: random.Random, queries, procedures) -> None:
    kind = rnd.choices([k for k, _ in MIX], [w for _, w in MIX])[0]
    code = rnd.choice(procedures)[1]
    q = urllib.parse.quote(rnd.choice(queries))
    path = {"search": f"/search?q={q}", "page": f"/thu-tuc/{urllib.parse.quote(code)}",
            "home": "/", "api_search": f"/api/v1/procedures?q={q}",
            "api_procedure": f"/api/v1/procedures/{urllib.parse.quote(code)}",
            "suggest": f"/api/v1/suggest?q={q[:12]}"}[kind]
    # A procedure code typed as a query is answered with a redirect to its page.
    rec.timed(kind, port, "GET", path, ok=(200, 302) if kind == "search" else (200,))


def staff_edit(rec: Recorder, port: int, rnd: random.Random, token: str, procedures) -> None:
    auth = {"Authorization": f"Bearer {token}"}
    pid = rnd.choice(procedures)[0]
    status, payload = rec.timed("staff_get", port, "GET", f"/api/v1/staff/procedures/{pid}",
                                headers=auth)
    if status != 200:
        return
    record = json.loads(payload)
    for key in ("id", "status", "level"):
        record.pop(key, None)
    # Toggle a marker so every edit is a real change (and back again).
    marker = " (cập nhật)"
    name = record["name"]
    record["name"] = name[:-len(marker)] if name.endswith(marker) else name + marker
    # 409 is a correct answer when a concurrent edit won; it is not an error.
    rec.timed("staff_put", port, "PUT", f"/api/v1/staff/procedures/{pid}", ok=(200, 409),
              body=record, headers=auth)


def drive(port: int, seconds: float, threads: int, work, editor=None) -> Recorder:
    """Run ``work`` in ``threads`` threads (and ``editor`` every EDIT_EVERY s) for ``seconds``."""
    rec = Recorder()
    deadline = time.monotonic() + seconds

    def loop(seed: int) -> None:
        rnd = random.Random(seed)
        while time.monotonic() < deadline:
            work(rec, rnd)

    def edits() -> None:
        rnd = random.Random(99)
        while time.monotonic() < deadline:
            editor(rec, rnd)
            time.sleep(EDIT_EVERY)
    pool = [threading.Thread(target=loop, args=(i,)) for i in range(threads)]
    if editor:
        pool.append(threading.Thread(target=edits))
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    return rec


# -- report -----------------------------------------------------------------
def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))] * 1000


def report(title: str, rec: Recorder, seconds: float, rss_start, rss_end) -> None:
    every = [t for times in rec.times.values() for t in times]
    print(f"\n== {title}")
    print(f"{'kind':<14}{'requests':>9}{'req/s':>9}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}"
          f"{'errors':>8}")
    rows = [("overall", every, sum(rec.errors.values()))] + \
        [(k, v, rec.errors.get(k, 0)) for k, v in sorted(rec.times.items())]
    for kind, times, errors in rows:
        if times:
            print(f"{kind:<14}{len(times):>9}{len(times) / seconds:>9.1f}{pct(times, 50):>9.1f}"
                  f"{pct(times, 95):>9.1f}{pct(times, 99):>9.1f}{errors:>8}")
    for sample in rec.samples:
        print(f"  error: {sample}")
    for pid in rss_start:
        start, end = rss_start[pid], rss_end.get(pid, 0)
        print(f"worker {pid}: RSS {start / 1024:.1f} MB -> {end / 1024:.1f} MB "
              f"({(end - start) / start * 100:+.1f}%)")


def measure(title, port, master, seconds, threads, work, editor=None, warmup=5.0):
    drive(port, warmup, threads, work)          # every worker loads its index and caches
    pids = worker_pids(master)
    rss_start = {pid: rss_kb(pid) for pid in pids}
    rec = drive(port, seconds, threads, work, editor)
    rss_end = {pid: rss_kb(pid) for pid in worker_pids(master) if pid in rss_start}
    if set(worker_pids(master)) != set(pids):
        print("note: gunicorn replaced a worker during the run")
    report(title, rec, seconds, rss_start, rss_end)
    return rec


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=float, default=60)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--pg", default=os.environ.get(
        "BENCH_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"))
    args = parser.parse_args()
    if not CATALOGUE.exists() or not QUERIES.exists():
        sys.exit(f"needs the shared data in {DATA}")
    queries = [line.split("\t")[1] for line in QUERIES.read_text("utf-8").splitlines()[1:]
               if line.count("\t") >= 1]
    url, drop = create_database(args.pg)
    work_dir = Path(tempfile.mkdtemp(prefix="portal-load-"))
    env = dict(os.environ, DATABASE_URL=url, PORTAL_ENV="production",
               SECRET_KEY=secrets.token_hex(32), PORTAL_INDEX_DIR=str(work_dir / "index"),
               PORTAL_UPLOAD_DIR=str(work_dir / "uploads"))
    env.pop("PORTAL_TEST_CRASH_AFTER_COMMIT", None)
    servers = []
    try:
        setup = prepare(env)
        procedures = setup["procedures"]
        print(f"{len(procedures)} published procedures, {len(queries)} queries, "
              f"{args.workers} gunicorn workers, {args.threads} client threads, "
              f"{args.duration:.0f} s per run")
        master, port = start_gunicorn("portal.wsgi:app", env, args.workers)
        servers.append(master)
        measure("portal", port, master.pid, args.duration, args.threads,
                lambda rec, rnd: portal_request(rec, port, rnd, queries, procedures),
                lambda rec, rnd: staff_edit(rec, port, rnd, setup["token"], procedures))
        stop(master)
        (work_dir / "ceiling_app.py").write_text(CEILING_APP)
        ceiling, cport = start_gunicorn("ceiling_app:app", env, args.workers, chdir=work_dir)
        servers.append(ceiling)
        measure("ceiling: one Flask endpoint returning 'ok'", cport, ceiling.pid,
                args.duration, args.threads,
                lambda rec, rnd: rec.timed("ok", cport, "GET", "/"))
    finally:
        for proc in servers:
            stop(proc)
        drop()
        shutil.rmtree(work_dir, ignore_errors=True)
        print("\ndropped the temporary database and removed the work files")


if __name__ == "__main__":
    main()
