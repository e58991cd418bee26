"""Load test: the portal under gunicorn on PostgreSQL, and the machine's ceiling beside it.

    .venv/bin/python bench/load.py [--workers 3] [--nodes 1] [--warmup 20] [--duration 60]
        [--threads 8] [--rate R] [--sweep] [--no-closed] [--no-ceiling]
        [--database URL --work-dir DIR]

``--nodes 2`` serves the portal from two gunicorn nodes on the same database, each
with its own index folder (as behind a load balancer): requests alternate between
them, staff edits go to the first, and the second must follow the change log.

Creates a temporary PostgreSQL database (``--pg`` names the server), imports the
national catalogue with ``flask catalogue import``, creates an administrator and
an API token, serves ``portal.wsgi:app`` with gunicorn on 127.0.0.1 in
production mode and drives a mix of searches (the public query list), procedure
pages, the home page, public API calls and a staff edit every ``--edit-every``
seconds (a GET and a PUT through the staff API) from this process.

Two ways of driving, because they answer different questions:

* closed loop (``--threads`` threads, each sending its next request when the
  last one is answered): the most requests per second the server completes.
  Its latencies are mostly time spent queueing behind the other threads.
* open loop (``--rate R``): requests are scheduled R per second whatever the
  server does, and latency runs from each request's SCHEDULED send time, so a
  server that falls behind shows it as queueing delay ("coordinated omission"
  avoided). ``--sweep`` raises the rate step by step and then bisects, and
  reports the highest rate at which search p99 stays under SEARCH_P99_MS with
  no error at all.

Then a one-endpoint Flask app is served the same way and driven closed-loop:
the ceiling of this machine, gunicorn and the client.

Memory: every worker's RSS at boot (before any request), after the warm-up
(``--warmup`` s of traffic, excluded from all figures) and at the end, sampled
every RSS_EVERY s in between. ``--database`` and ``--work-dir`` reuse a
prepared database and index (not dropped) to skip the two-minute import.
"""
from __future__ import annotations

import argparse
import http.client
import itertools
import json
import os
import queue
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
# (kind, weight): what a citizen's browser and the open-data users send.
MIX = (("search", 40), ("procedure", 25), ("home", 10), ("api.search", 10),
       ("api.procedure", 10), ("api.suggest", 5))
GROUPS = ("search", "procedure", "home", "api", "edit")
EDIT_EVERY = 2.0        # default seconds between two staff edits (each a GET and a PUT)
SEARCH_P99_MS = 150.0   # the target the sweep looks for
RSS_EVERY = 10.0        # seconds between two RSS samples
OPEN_LOOP_THREADS = 64  # enough senders that the client never holds a request back


# -- set-up -----------------------------------------------------------------
def run(args, env, stdin: str | None = None, timeout: float = 1800, check=True) -> str:
    done = subprocess.run(args, env=env, cwd=ROOT, input=stdin, capture_output=True,
                          text=True, timeout=timeout)
    if check and done.returncode != 0:
        sys.exit(f"{' '.join(map(str, args))} failed:\n{done.stderr[-3000:]}")
    return done.stdout


def flask(env, *args, stdin=None, check=True) -> str:
    return run([str(BIN / "flask"), "--app", "portal", *args], env, stdin=stdin, check=check)


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


SETUP_SNIPPET = """
from sqlalchemy import func, select
from portal import create_app
from portal.accounts.models import User
from portal.accounts.services import create_api_token
from portal.catalogue.models import Procedure, Status
from portal.extensions import db
app = create_app()
with app.app_context():
    if sys.argv[1] == "count":
        print(db.session.scalar(select(func.count()).select_from(Procedure)))
        sys.exit()
    user = db.session.scalar(select(User).where(User.email == "bench@example.vn"))
    _, token = create_api_token(user, "bench")
    db.session.commit()
    codes = list(db.session.execute(select(Procedure.id, Procedure.code)
                 .where(Procedure.status == Status.PUBLISHED)))
    print(json.dumps({"token": token, "procedures": [list(r) for r in codes]}))
"""


def snippet(env, what: str) -> str:
    out = run([sys.executable, "-c", "import json, sys\n" + SETUP_SNIPPET, what], env)
    return out.strip().splitlines()[-1]


def prepare(env) -> dict:
    """Migrate, import the catalogue (unless there), an administrator and a token."""
    flask(env, "db", "upgrade")
    if int(snippet(env, "count")) == 0:
        started = time.monotonic()
        flask(env, "catalogue", "import", str(CATALOGUE))
        print(f"imported the national catalogue in {time.monotonic() - started:.0f} s")
    # fails harmlessly when a reused database has the account already
    flask(env, "users", "create", "bench@example.vn", "--role", "admin",
          stdin=secrets.token_urlsafe(24) + "\n", check=False)
    flask(env, "search", "status")   # the index is current before the clock starts
    return json.loads(snippet(env, "token"))


# -- the server -------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# Each worker says when it has loaded the app: the boot RSS is read then, before any request.
GUNICORN_CONF = """from pathlib import Path
def post_worker_init(worker):
    Path({ready!r}, f"ready-{{worker.pid}}").touch()
"""


def start_gunicorn(app: str, env, workers: int, work_dir: Path, chdir: Path | None = None):
    port = free_port()
    ready = work_dir / f"ready-{port}"
    ready.mkdir(exist_ok=True)
    conf = work_dir / f"gunicorn-{port}.py"
    conf.write_text(GUNICORN_CONF.format(ready=str(ready)))
    args = [str(BIN / "gunicorn"), "-c", str(conf), "-w", str(workers),
            "-b", f"127.0.0.1:{port}", "--log-level", "warning", app]
    if chdir:
        args[1:1] = ["--chdir", str(chdir)]
    proc = subprocess.Popen(args, env=env, cwd=ROOT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            sys.exit(f"gunicorn exited with {proc.returncode}")
        pids = worker_pids(proc.pid)
        if len(pids) == workers and all((ready / f"ready-{pid}").exists() for pid in pids):
            return proc, port
        time.sleep(0.1)
    proc.kill()
    sys.exit("gunicorn workers were not ready within 60 s")


def worker_pids(master: int) -> list[int]:
    try:
        children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    except OSError:
        return []
    return [int(pid) for pid in children]


def rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def stop(proc) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


class RssLog:
    """Every worker's RSS at named moments and every RSS_EVERY s in between."""

    def __init__(self, *masters: int):
        self.masters = masters
        self.pids = [pid for master in masters for pid in worker_pids(master)]
        self.marks: list[tuple[str, dict[int, int]]] = []
        self.series: dict[int, list[int]] = {pid: [] for pid in self.pids}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def mark(self, name: str) -> None:
        self.marks.append((name, {pid: rss_kb(pid) for pid in self.pids}))

    def start(self) -> None:
        self._thread.start()

    def _sample(self) -> None:
        while not self._stop.wait(RSS_EVERY):
            for pid in self.pids:
                self.series[pid].append(rss_kb(pid))

    def finish(self) -> None:
        self._stop.set()
        self._thread.join()
        if {p for m in self.masters for p in worker_pids(m)} != set(self.pids):
            print("note: gunicorn replaced a worker: its figures stop at its exit")

    def report(self) -> None:
        print(f"\nworkers' RSS (MB) at {', '.join(n for n, _ in self.marks)}; "
              f"growth since boot and since the warm-up; samples every {RSS_EVERY:.0f} s")
        for pid in self.pids:
            values = [m[pid] for _, m in self.marks]
            boot, warm, end = values[0], values[1], values[-1]
            print(f"  worker {pid}: " + " -> ".join(f"{v / 1024:.1f}" for v in values)
                  + f"  ({(end - boot) / boot * 100:+.1f}% since boot, "
                  f"{(end - warm) / warm * 100:+.1f}% since warm-up)")
            series = self.series[pid]
            if series:
                print(f"    samples {min(series) / 1024:.0f}-{max(series) / 1024:.0f} MB: "
                      + " ".join(f"{v / 1024:.0f}" for v in series))


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
    """Latencies (seconds) and errors per kind."""

    def __init__(self):
        self.times: dict[str, list[float]] = defaultdict(list)
        self.errors: dict[str, int] = defaultdict(int)
        self.samples: list[str] = []
        self.late: list[float] = []     # open loop: how late the client sent (client health)
        self.lock = threading.Lock()

    def timed(self, kind: str, port: int, method: str, path: str, ok=(200,),
              scheduled: float | None = None, **kw):
        sent = time.perf_counter()
        started = sent if scheduled is None else scheduled
        try:
            status, payload = request(port, method, path, **kw)
        except OSError as exc:
            status, payload = 0, str(exc).encode()
        elapsed = time.perf_counter() - started
        with self.lock:
            self.times[kind].append(elapsed)
            if scheduled is not None:
                self.late.append(sent - scheduled)
            if status not in ok:
                self.errors[kind] += 1
                if len(self.samples) < 5:
                    self.samples.append(f"{status} {method} {path}: {payload[:200]!r}")
        return status, payload

    def group(self, name: str) -> tuple[list[float], int]:
        kinds = [k for k in self.times if k == name or k.startswith(name + ".")]
        return ([t for k in kinds for t in self.times[k]],
                sum(self.errors.get(k, 0) for k in kinds))


class Portal:
    """What to send to the portal: the request mix and the staff edit."""

    def __init__(self, ports: list[int], queries: list[str], procedures: list, token: str):
        self.ports, self.queries, self.procedures, self.token = ports, queries, procedures, token
        self.port = ports[0]            # staff edits go to the first node
        self.kinds, self.weights = [k for k, _ in MIX], [w for _, w in MIX]
        self.edit_every = EDIT_EVERY
        self._turn = itertools.count()  # reads alternate between the nodes

    def pick(self, rnd: random.Random) -> tuple[str, str]:
        kind = rnd.choices(self.kinds, self.weights)[0]
        code = urllib.parse.quote(rnd.choice(self.procedures)[1])
        q = urllib.parse.quote(rnd.choice(self.queries))
        path = {"search": f"/search?q={q}", "procedure": f"/thu-tuc/{code}", "home": "/",
                "api.search": f"/api/v1/procedures?q={q}",
                "api.procedure": f"/api/v1/procedures/{code}",
                "api.suggest": f"/api/v1/suggest?q={q[:12]}"}[kind]
        return kind, path

    def send(self, rec: Recorder, kind: str, path: str, scheduled=None) -> None:
        # A procedure code typed as a query is answered with a redirect to its page.
        port = self.ports[next(self._turn) % len(self.ports)]
        rec.timed(kind, port, "GET", path, ok=(200, 302) if kind == "search" else (200,),
                  scheduled=scheduled)

    def edit(self, rec: Recorder, rnd: random.Random, scheduled=None) -> None:
        auth = {"Authorization": f"Bearer {self.token}"}
        pid = rnd.choice(self.procedures)[0]
        status, payload = rec.timed("edit.get", self.port, "GET", f"/api/v1/staff/procedures/{pid}",
                                    headers=auth, scheduled=scheduled)
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
        rec.timed("edit.put", self.port, "PUT", f"/api/v1/staff/procedures/{pid}",
                  ok=(200, 409), body=record, headers=auth)


def _editor(target: Portal, rec: Recorder, until: float, scheduled_times: bool) -> threading.Thread:
    def edits() -> None:
        rnd = random.Random(99)
        due = time.perf_counter()
        while target.edit_every and due < until:
            pause = due - time.perf_counter()
            if pause > 0:
                time.sleep(pause)
            target.edit(rec, rnd, scheduled=due if scheduled_times else None)
            due += target.edit_every
    return threading.Thread(target=edits)


def closed_loop(seconds: float, threads: int, work, editor: Portal | None = None) -> Recorder:
    """``threads`` threads each send the next request when the last is answered."""
    rec = Recorder()
    until = time.perf_counter() + seconds

    def loop(seed: int) -> None:
        rnd = random.Random(seed)
        while time.perf_counter() < until:
            work(rec, rnd)
    pool = [threading.Thread(target=loop, args=(i,)) for i in range(threads)]
    if editor:
        pool.append(_editor(editor, rec, until, scheduled_times=False))
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    return rec


def open_loop(target: Portal, rate: float, seconds: float, seed: int = 1) -> Recorder:
    """Requests due every 1/rate s whatever happens; latency from the due time."""
    rec = Recorder()
    rnd = random.Random(seed)
    start = time.perf_counter() + 0.2
    count = int(rate * seconds)
    due: queue.Queue = queue.Queue()
    for i in range(count):
        due.put((start + i / rate, *target.pick(rnd)))

    def sender() -> None:
        while True:
            try:
                when, kind, path = due.get_nowait()
            except queue.Empty:
                return
            pause = when - time.perf_counter()
            if pause > 0:
                time.sleep(pause)
            target.send(rec, kind, path, scheduled=when)
    pool = [threading.Thread(target=sender) for _ in range(OPEN_LOOP_THREADS)]
    pool.append(_editor(target, rec, start + seconds, scheduled_times=True))
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    return rec


# -- report -----------------------------------------------------------------
def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))] * 1000


def report(title: str, rec: Recorder, seconds: float) -> None:
    every = [t for times in rec.times.values() for t in times]
    print(f"\n== {title}")
    print(f"{'kind':<16}{'requests':>9}{'req/s':>9}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}"
          f"{'max ms':>9}{'errors':>8}")
    rows = [("overall", every, sum(rec.errors.values()))]
    for group in GROUPS:
        times, errors = rec.group(group)
        rows.append((group, times, errors))
        subs = sorted(k for k in rec.times if k.startswith(group + "."))
        if len(subs) > 1:
            rows += [("  " + k, rec.times[k], rec.errors.get(k, 0)) for k in subs]
    rows += [(k, v, rec.errors.get(k, 0)) for k, v in sorted(rec.times.items())
             if k.split(".")[0] not in GROUPS]
    for kind, times, errors in rows:
        if times:
            print(f"{kind:<16}{len(times):>9}{len(times) / seconds:>9.1f}{pct(times, 50):>9.1f}"
                  f"{pct(times, 95):>9.1f}{pct(times, 99):>9.1f}{max(times) * 1000:>9.1f}"
                  f"{errors:>8}")
    if rec.late:
        print(f"client sent late by p50/p99 {pct(rec.late, 50):.1f}/{pct(rec.late, 99):.1f} ms "
              "(counted in the latencies)")
    for sample in rec.samples:
        print(f"  error: {sample}")


def verdict(rec: Recorder) -> tuple[bool, float, int]:
    """(search p99 under target and no error, search p99 ms, errors)."""
    searches, _ = rec.group("search")
    errors = sum(rec.errors.values())
    p99 = pct(searches, 99) if searches else float("inf")
    return p99 < SEARCH_P99_MS and errors == 0, p99, errors


def sweep(target: Portal, seconds: float, start: float, top: float) -> float:
    """Raise the rate by 1.3x until search p99 or errors fail, then bisect twice."""
    print(f"\n== sweep: {seconds:.0f} s per rate, pass = search p99 < {SEARCH_P99_MS:.0f} ms "
          "and no error")
    good, bad, rate = 0.0, None, start
    tried: list[tuple[float, bool, float, int, int]] = []

    def trial(r: float) -> bool:
        rec = open_loop(target, r, seconds, seed=int(r * 10))
        ok, p99, errors = verdict(rec)
        done = sum(len(v) for v in rec.times.values())
        tried.append((r, ok, p99, errors, done))
        print(f"  {r:7.1f} req/s: search p99 {p99:7.1f} ms, errors {errors}, "
              f"{done / seconds:6.1f} req/s done -> {'pass' if ok else 'FAIL'}", flush=True)
        return ok
    while rate <= top:
        if trial(rate):
            good, rate = rate, rate * 1.3
        else:
            bad = rate
            break
    for _ in range(2 if bad else 0):
        mid = round((good + bad) / 2, 1)
        if trial(mid):
            good = mid
        else:
            bad = mid
    print(f"highest sustainable rate found: {good:.1f} req/s"
          + (f" (fails at {bad:.1f})" if bad else f" (not failed up to {top:.0f})"))
    return good


def load_queries() -> list[str]:
    return [line.split("\t")[1] for line in QUERIES.read_text("utf-8").splitlines()[1:]
            if line.count("\t") >= 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers per node")
    parser.add_argument("--nodes", type=int, default=1,
                        help="gunicorn nodes on the one database, each with its own index")
    parser.add_argument("--warmup", type=float, default=20,
                        help="seconds of traffic before any figure is taken")
    parser.add_argument("--duration", type=float, default=60, help="seconds per measured run")
    parser.add_argument("--threads", type=int, default=8, help="closed-loop client threads")
    parser.add_argument("--rate", type=float, action="append", default=[],
                        help="open-loop run at this many req/s (repeatable)")
    parser.add_argument("--sweep", action="store_true", help="find the highest passing rate")
    parser.add_argument("--sweep-from", type=float, default=10)
    parser.add_argument("--sweep-to", type=float, default=400)
    parser.add_argument("--sweep-duration", type=float, default=30)
    parser.add_argument("--edit-every", type=float, default=EDIT_EVERY,
                        help="seconds between two staff edits (0: none)")
    parser.add_argument("--no-closed", action="store_true", help="skip the closed-loop run")
    parser.add_argument("--no-ceiling", action="store_true")
    parser.add_argument("--pg", default=os.environ.get(
        "BENCH_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"))
    parser.add_argument("--database", help="reuse this database (imported if empty; kept)")
    parser.add_argument("--work-dir", help="index and uploads here (kept)")
    args = parser.parse_args()
    if not CATALOGUE.exists() or not QUERIES.exists():
        sys.exit(f"needs the shared data in {DATA}")
    queries = load_queries()
    url, drop = (args.database, lambda: None) if args.database else create_database(args.pg)
    work_dir = Path(args.work_dir or tempfile.mkdtemp(prefix="portal-load-"))
    work_dir.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, DATABASE_URL=url, PORTAL_ENV="production",
               SECRET_KEY=secrets.token_hex(32), PORTAL_INDEX_DIR=str(work_dir / "index"),
               PORTAL_UPLOAD_DIR=str(work_dir / "uploads"))
    env.pop("PORTAL_TEST_CRASH_AFTER_COMMIT", None)
    servers = []
    try:
        setup = prepare(env)
        procedures = setup["procedures"]
        print(f"{len(procedures)} published procedures, {len(queries)} queries, "
              f"{args.workers} gunicorn workers, warm-up {args.warmup:.0f} s, "
              f"{args.duration:.0f} s per run; load average {os.getloadavg()[0]:.2f} "
              f"on {os.cpu_count()} CPUs")
        ports = []
        for n in range(args.nodes):
            node_env = dict(env, PORTAL_INDEX_DIR=str(work_dir / ("index" if n == 0
                                                                 else f"index-{n}")))
            master, port = start_gunicorn("portal.wsgi:app", node_env, args.workers, work_dir)
            servers.append(master)
            ports.append(port)
        rss = RssLog(*(m.pid for m in servers))
        rss.mark("boot")
        for port in ports:      # a new node's follower builds its index first (/healthz 503)
            started = time.monotonic()
            while request(port, "GET", "/healthz")[0] != 200:
                time.sleep(0.5)
            print(f"node on port {port} ready after {time.monotonic() - started:.0f} s")
        rss.start()
        target = Portal(ports, queries, procedures, setup["token"])
        target.edit_every = args.edit_every
        closed_loop(args.warmup, args.threads, lambda rec, rnd: target.send(rec, *target.pick(rnd)),
                    target)   # every worker loads its index, caches and templates
        rss.mark("warm")
        if not args.no_closed:
            rec = closed_loop(args.duration, args.threads,
                              lambda rec, rnd: target.send(rec, *target.pick(rnd)), target)
            report(f"portal, closed loop: {args.threads} threads, {args.duration:.0f} s "
                   "(max throughput; latencies include client-side queueing)",
                   rec, args.duration)
            rss.mark("closed")
        for rate in args.rate:
            rec = open_loop(target, rate, args.duration)
            ok, p99, errors = verdict(rec)
            report(f"portal, open loop: {rate:g} req/s scheduled, {args.duration:.0f} s, "
                   f"latency from the scheduled time -> "
                   f"{'PASS' if ok else 'FAIL'} (search p99 {p99:.1f} ms, {errors} errors)",
                   rec, args.duration)
            rss.mark(f"{rate:g}/s")
        if args.sweep:
            best = sweep(target, args.sweep_duration, args.sweep_from, args.sweep_to)
            rss.mark("sweep")
            if best:    # the whole figures at that rate, over the full duration
                rec = open_loop(target, best, args.duration, seed=7)
                ok, p99, errors = verdict(rec)
                report(f"portal, open loop at the sweep's rate: {best:g} req/s, "
                       f"{args.duration:.0f} s -> {'PASS' if ok else 'FAIL'} "
                       f"(search p99 {p99:.1f} ms, {errors} errors)", rec, args.duration)
                rss.mark(f"{best:g}/s")
        for port in ports:
            status, body = request(port, "GET", "/healthz")
            index = json.loads(body).get("index", {})
            print(f"node on port {port}: /healthz {status}, lag {index.get('lag_changes')} "
                  f"changes, {index.get('lag_seconds')} s")
        rss.finish()
        rss.report()
        for master in servers:
            stop(master)
        if not args.no_ceiling:
            (work_dir / "ceiling_app.py").write_text(CEILING_APP)
            ceiling, cport = start_gunicorn("ceiling_app:app", env, args.workers, work_dir,
                                           chdir=work_dir)
            servers.append(ceiling)
            closed_loop(5, args.threads, lambda rec, rnd: rec.timed("ok", cport, "GET", "/"))
            rec = closed_loop(args.duration, args.threads,
                              lambda rec, rnd: rec.timed("ok", cport, "GET", "/"))
            report(f"ceiling: one Flask endpoint returning 'ok', closed loop, "
                   f"{args.threads} threads", rec, args.duration)
    finally:
        for proc in servers:
            stop(proc)
        drop()
        if not args.work_dir:
            shutil.rmtree(work_dir, ignore_errors=True)
        print(f"\nload average at the end {os.getloadavg()[0]:.2f}"
              + ("" if args.database else "; dropped the temporary database"))


if __name__ == "__main__":
    main()
