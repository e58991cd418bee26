"""Time the level statistics on a large synthetic history.

Builds 150,000 procedures with about five level changes each (bulk Core
inserts), on a temporary PostgreSQL database (created and dropped) and on a
temporary SQLite file, then prints the time of the dashboard overview, an
agency page and the monthly time series. Target: under 500 ms each on PostgreSQL.

    .venv/bin/python bench/stats.py [--procedures 150000] [--only postgresql|sqlite]
    .venv/bin/python bench/stats.py --database NAME   # time an existing PG database again

The derived level tables are filled by ``rebuild_spans`` after the bulk inserts
(the inserts bypass the level services); its time is printed. A province target
and three agency targets make the overview page assess targets as it does in use.
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import tempfile
import time

import psycopg
from sqlalchemy import insert

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"
CHUNK = 20_000
START = dt.date(2010, 1, 1)
TODAY = dt.date.today()


def _chunks(rows, size=CHUNK):
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


def _bulk(conn, table, rows):
    for part in _chunks(rows):
        conn.execute(insert(table), part)


def build(n_procedures: int, seed: int = 7) -> tuple[int, int]:
    """Fill the current app's database; return (procedures, changes)."""
    from portal.catalogue.models import (
        Agency, AgencyRole, Applicant, Field, Procedure, ProcedureAgency, ProcedureApplicant,
        ProcedureTier, Tier,
    )
    from portal.extensions import db
    from portal.levels.models import LevelChange, LevelSource, Target, TargetMeasure
    from portal.levels.spans import rebuild_spans

    rnd = random.Random(seed)
    span = (TODAY - START).days
    now = dt.datetime.now(dt.timezone.utc)
    tiers, applicants = list(Tier), list(Applicant)
    with db.engine.begin() as conn:
        _bulk(conn, Agency.__table__, [{"id": i, "name": f"Cơ quan {i}", "key": f"co quan {i}"}
                                       for i in range(1, 81)])
        _bulk(conn, Field.__table__, [{"id": i, "name": f"Lĩnh vực {i}", "key": f"linh vuc {i}"}
                                      for i in range(1, 201)])
        procs, links, tier_rows, app_rows, changes = [], [], [], [], []
        for pid in range(1, n_procedures + 1):
            procs.append({"id": pid, "code": f"B.{pid:07d}", "name": f"Thủ tục {pid}",
                          "field_id": rnd.randint(1, 200), "version": 1,
                          "status": "published" if rnd.random() > 0.05 else "rescinded"})
            links.append({"procedure_id": pid, "agency_id": rnd.randint(1, 80),
                          "role": AgencyRole.EXECUTING.value, "position": 0})
            tier_rows.append({"procedure_id": pid, "tier": rnd.choice(tiers).value})
            app_rows.append({"procedure_id": pid, "applicant": rnd.choice(applicants).value})
            days = sorted(rnd.sample(range(span), rnd.randint(3, 7)))
            level = None
            for d in days:
                new = min(4, max(1, (level or 1) + rnd.choice((-1, 1, 1, 2))))
                changes.append({"procedure_id": pid, "from_level": level, "to_level": new,
                                "effective_date": START + dt.timedelta(days=d),
                                "recorded_at": now, "source": LevelSource.IMPORT.value,
                                "decision_ref": "", "reason": ""})
                level = new
            procs[-1]["level"] = level
        _bulk(conn, Procedure.__table__, procs)
        _bulk(conn, ProcedureAgency.__table__, links)
        _bulk(conn, ProcedureTier.__table__, tier_rows)
        _bulk(conn, ProcedureApplicant.__table__, app_rows)
        _bulk(conn, LevelChange.__table__, changes)
        _bulk(conn, Target.__table__, [
            {"label": "", "agency_id": agency, "measure": measure.value, "value": value,
             "deadline": dt.date(2030, 12, 31), "created_at": now}
            for agency, measure, value in ((None, TargetMeasure.LEVEL4, 100),
                                           (17, TargetMeasure.LEVEL3_UP, 90),
                                           (42, TargetMeasure.FULLY_ONLINE, 80),
                                           (63, TargetMeasure.LEVEL4, 60))])
    t0 = time.perf_counter()
    spans, days = rebuild_spans()
    db.session.commit()
    print(f"  rebuild_spans: {spans:,} spans, {days:,} daily totals "
          f"in {time.perf_counter() - t0:.1f} s")
    if db.engine.dialect.name == "postgresql":
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")
    else:
        with db.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
    return n_procedures, len(changes)


def _time(label: str, fn, repeat: int = 3) -> None:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    print(f"  {label:<28} median {statistics.median(times):8.1f} ms   "
          f"(runs: {', '.join(f'{t:.0f}' for t in times)})")


def measure() -> None:
    """Time the three pages' figures (SQL and Python), then the full overview
    page as served (figures, targets, tables and SVG charts), in a request:
    without charts, with charts drawn afresh, and with charts from the cache."""
    from flask import current_app

    from portal.levels import report
    from portal.levels.stats import Filters, level_series
    from portal.web.reports.pages import overview_page
    from portal.web.reports.params import parse_stats_params

    _time("overview", lambda: report.overview(Filters(), TODAY, "quarter"))
    _time("agency page", lambda: report.overview(Filters(agency_id=17), TODAY, "quarter",
                                                 group_by="field"))
    _time("series (monthly)", lambda: level_series("month", Filters()))
    from portal.web.reports import charts
    with current_app.test_request_context("/quan-tri/thong-ke/"):
        params = parse_stats_params({})
        _time("overview page, no charts", lambda: overview_page(params, with_charts=False))

        def drawn():
            charts._cache.clear()        # as on the first view after a change
            overview_page(params)
        _time("overview page, charts drawn", drawn)
        _time("overview page, charts cached", lambda: overview_page(params))


def run(url: str, n: int, build_it: bool = True) -> None:
    from portal import create_app
    from portal.extensions import db

    app = create_app({"PORTAL_ENV": "testing", "SECRET_KEY": "bench", "DATABASE_URL": url})
    with app.app_context():
        from flask_migrate import upgrade
        t0 = time.perf_counter()
        upgrade()
        print(f"  migrations applied in {time.perf_counter() - t0:.1f} s")
        if build_it:
            t0 = time.perf_counter()
            procs, changes = build(n)
            print(f"  built {procs:,} procedures, {changes:,} changes "
                  f"in {time.perf_counter() - t0:.1f} s")
        measure()
        db.session.remove()
        db.engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--procedures", type=int, default=150_000)
    parser.add_argument("--only", choices=("postgresql", "sqlite"))
    parser.add_argument("--keep", action="store_true",
                        help="keep the PostgreSQL database (to study plans); drop it yourself")
    parser.add_argument("--database",
                        help="time this existing PostgreSQL database (built by --keep) again")
    args = parser.parse_args()
    if args.database:
        print(f"PostgreSQL ({args.database}, not rebuilt)")
        run(f"postgresql+psycopg://postgres@127.0.0.1:5432/{args.database}", 0, build_it=False)
        return
    if args.only in (None, "postgresql"):
        name = f"portal_bench_stats_{os.getpid()}"
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        try:
            print(f"PostgreSQL ({name})")
            run(f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}", args.procedures)
        finally:
            if args.keep:
                print(f"  kept {name}")
                return
            with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
                conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    if args.only in (None, "sqlite"):
        with tempfile.TemporaryDirectory() as tmp:
            print("SQLite")
            run(f"sqlite:///{tmp}/bench.db", args.procedures)


if __name__ == "__main__":
    main()
