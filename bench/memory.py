"""Memory over a long run: a leak, or caches settling? (issue 16, fault 5)

    .venv/bin/python bench/memory.py [--passes 12] [--edit-every 1] [--workdir DIR]

One process, the national catalogue on SQLite, the load bench's mix repeated in
passes: every public query through the search API, 300 procedure pages, and a
staff-style edit (a name change, committed) after every ``--edit-every`` pass,
so searchers are replaced as in production. After each pass it prints the RSS
and the Python heap traced by tracemalloc; on the first, middle and last pass
the allocation sites that grew most since the previous print.

A leak grows by about the same amount every pass; caches grow in the first
passes (until every term, facet column and page the mix touches is cached) and
then stay flat.
"""
from __future__ import annotations

import argparse
import random
import shutil
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _setup  # noqa: E402


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def one_pass(app, client, queries, codes, rnd, edit: bool) -> None:
    for text in queries:
        assert client.get("/api/v1/procedures", query_string={"q": text}).status_code == 200
    for code in rnd.sample(codes, min(300, len(codes))):
        client.get(f"/thu-tuc/{code}").close()
    if edit:
        from sqlalchemy import select

        from portal.catalogue.models import Procedure
        from portal.extensions import db
        with app.app_context():
            proc = db.session.scalars(select(Procedure).where(
                Procedure.code == rnd.choice(codes))).one()
            proc.name = proc.name.rstrip(" *") + (" *" if not proc.name.endswith("*") else "")
            db.session.commit()
            db.session.remove()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--passes", type=int, default=12)
    parser.add_argument("--edit-every", type=int, default=1)
    parser.add_argument("--workdir")
    parser.add_argument("--rebuild", action="store_true",
                        help="first rebuild the index in this process (as a node's follower "
                             "does) and show the RSS before, after, and after release_memory()")
    parser.add_argument("--no-trace", action="store_true",
                        help="RSS only (tracemalloc slows each pass several times)")
    args = parser.parse_args()
    work = Path(args.workdir) if args.workdir else _setup.workdir("memory-")
    reuse = (work / "bench.db").exists()
    work.mkdir(parents=True, exist_ok=True)
    try:
        app = _setup.make_app(work)
        how = "reused database" if reuse else _setup.load_catalogue(app, work)
        from sqlalchemy import select

        from portal.catalogue.models import Procedure, Status
        from portal.extensions import db
        with app.app_context():
            codes = list(db.session.scalars(select(Procedure.code).where(
                Procedure.status == Status.PUBLISHED)))
            app.extensions["portal.search"].sync.ensure_current()
            db.session.remove()
        if args.rebuild:
            from portal.search.follower import release_memory
            before = rss_mb()
            with app.app_context():
                app.extensions["portal.search"].sync.rebuild()
                db.session.remove()
            built = rss_mb()
            release_memory()
            print(f"rebuild in this process: RSS {before:.0f} MB before, {built:.0f} MB after "
                  f"the build, {rss_mb():.0f} MB after release_memory()", flush=True)
        queries = [row["query"] for row in _setup.read_queries(_setup.QUERIES)]
        print(f"Catalogue: {how}; {len(codes)} procedures, {len(queries)} queries per pass")
        client = app.test_client()
        rnd = random.Random(16)
        if not args.no_trace:
            tracemalloc.start(8)
            base = tracemalloc.take_snapshot()
        print(f"start: RSS {rss_mb():.0f} MB")
        for n in range(1, args.passes + 1):
            started = time.monotonic()
            one_pass(app, client, queries, codes, rnd, edit=n % args.edit_every == 0)
            traced, _ = tracemalloc.get_traced_memory()
            print(f"pass {n:2d}: RSS {rss_mb():6.0f} MB   Python heap (traced) "
                  f"{traced / 1e6:6.1f} MB   {time.monotonic() - started:5.1f} s", flush=True)
            if not args.no_trace and n in (1, args.passes // 2, args.passes):
                snap = tracemalloc.take_snapshot()
                for stat in snap.compare_to(base, "lineno")[:6]:
                    frame = stat.traceback[0]
                    print(f"      {stat.size_diff / 1e6:+7.1f} MB  "
                          f"{frame.filename.split('site-packages/')[-1].split('wt-nodes/')[-1]}"
                          f":{frame.lineno}")
                base = snap
    finally:
        if not args.workdir:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
