"""Time and peak memory to import the full national catalogue into a fresh
SQLite and a fresh PostgreSQL database; prints the figures.

    .venv/bin/python bench/import_catalogue.py [--skip-postgres] [PATH]

Wall-clock time depends on the machine's load; the CPU time of the importing
process is printed beside it (the database server's own time is not in it).
Each database runs in its own child process, so the peak resident memory
(getrusage ru_maxrss) is that import's alone. PostgreSQL: a temporary database
``portal_bench_import_<pid>`` is created on 127.0.0.1 as user postgres and
dropped afterwards (override with BENCH_PG_ADMIN_URL).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PATH = ROOT.parent / "shared" / "data" / "dvcqg-catalogue-2026-07.jsonl.gz"
PG_ADMIN = os.environ.get("BENCH_PG_ADMIN_URL", "postgresql://postgres@127.0.0.1:5432/postgres")


def run_one(url: str, path: Path) -> dict:
    """Migrate ``url``, import ``path`` twice (fresh, then unchanged); report figures."""
    sys.path.insert(0, str(ROOT))
    from portal import create_app
    from portal.extensions import db
    from portal.imports.files import import_file

    app = create_app({"DATABASE_URL": url, "PORTAL_ENV": "testing"})
    with app.app_context():
        from flask_migrate import upgrade
        upgrade()
        start, cpu = time.perf_counter(), time.process_time()
        first = import_file(path)
        db.session.commit()
        fresh, fresh_cpu = time.perf_counter() - start, time.process_time() - cpu
        start = time.perf_counter()
        second = import_file(path)
        db.session.commit()
        again = time.perf_counter() - start
        db.engine.dispose()
    return {"fresh_s": round(fresh, 2), "fresh_cpu_s": round(fresh_cpu, 2), "reimport_s": round(again, 2),
            "created": first.created, "rejected": len(first.rejected),
            "unchanged_on_reimport": second.unchanged,
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def child(url: str, path: Path) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", url, str(path)],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def postgres(path: Path) -> dict:
    import psycopg

    name = f"portal_bench_import_{os.getpid()}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        base = PG_ADMIN.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://")
        return child(f"{base}/{name}", path)
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--skip-postgres", action="store_true")
    parser.add_argument("--child", metavar="URL", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_one(args.child, args.path)))
        return
    if not args.path.exists():
        sys.exit(f"no catalogue at {args.path}")
    results = {}
    with tempfile.TemporaryDirectory() as folder:
        results["sqlite"] = child(f"sqlite:///{folder}/bench.db", args.path)
    if not args.skip_postgres:
        results["postgresql"] = postgres(args.path)
    print(f"Importing {args.path.name}")
    for name, r in results.items():
        print(f"  {name:<10} fresh {r['fresh_s']:>6.2f} s ({r['fresh_cpu_s']:.2f} s CPU here)"
              f"   re-import {r['reimport_s']:>6.2f} s   "
              f"peak RSS {r['peak_rss_mb']:>7.1f} MB   created {r['created']}, "
              f"rejected {r['rejected']}, unchanged on re-import {r['unchanged_on_reimport']}")


if __name__ == "__main__":
    main()
