"""Server time of the public pages, in process (Flask test client): median and p95.

    .venv/bin/python bench/pages.py [CATALOGUE.jsonl.gz] [--rounds N] [--keep-db PATH]

Loads the national catalogue (default ../shared/data/dvcqg-catalogue-2026-07.jsonl.gz,
2,642 procedures) into a fresh SQLite database with ``flask catalogue import`` and
times home, search results, a procedure page and an agency page. Prints figures;
asserts nothing (target: p95 under 30 ms each). Set DATABASE_URL to use another
database that already holds the catalogue (it is then not imported again).
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT = ROOT.parent / "shared" / "data" / "dvcqg-catalogue-2026-07.jsonl.gz"
QUERIES = ["dang ky khai sinh", "giấy phép lái xe", "đăng ký kinh doanh", "cap lai can cuoc",
           "thuế thu nhập cá nhân", "xây dựng"]


def _app(db_url: str):
    from portal import create_app
    return create_app({"PORTAL_ENV": "testing", "SECRET_KEY": "bench", "DATABASE_URL": db_url})


def _load(app, path: Path) -> None:
    from flask_migrate import upgrade
    from sqlalchemy import func, select

    from portal.catalogue.models import Procedure
    from portal.extensions import db
    with app.app_context():
        upgrade()
        if db.session.scalar(select(func.count()).select_from(Procedure)):
            return
    result = app.test_cli_runner().invoke(args=["catalogue", "import", str(path)])
    if result.exit_code != 0:
        sys.exit(f"catalogue import failed (is the importer merged?):\n{result.output}")


def _time(client, url: str, rounds: int) -> list[float]:
    client.get(url)  # warm caches (templates, search snapshot)
    out = []
    for _ in range(rounds):
        start = time.perf_counter()
        resp = client.get(url)
        out.append((time.perf_counter() - start) * 1000)
        assert resp.status_code == 200, (url, resp.status_code)
    return out


def _urls(app) -> dict[str, list[str]]:
    from sqlalchemy import func, select

    from portal.catalogue.models import Procedure, ProcedureAgency, Status
    from portal.extensions import db
    with app.app_context():
        codes = db.session.scalars(select(Procedure.code).where(
            Procedure.status == Status.PUBLISHED).order_by(Procedure.code)).all()
        busiest = db.session.scalars(select(ProcedureAgency.agency_id).group_by(
            ProcedureAgency.agency_id).order_by(func.count().desc()).limit(3)).all()
    step = max(1, len(codes) // 20)
    return {
        "home": ["/"],
        "search results": [f"/search?q={q}" for q in QUERIES],
        "procedure page": [f"/thu-tuc/{c}" for c in codes[::step]],
        "agency page": [f"/co-quan/{a}" for a in busiest],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("catalogue", nargs="?", default=str(DEFAULT))
    parser.add_argument("--rounds", type=int, default=20, help="timed requests per URL")
    parser.add_argument("--keep-db", help="SQLite file to create or reuse")
    args = parser.parse_args()
    tmp = tempfile.TemporaryDirectory()
    db_url = os.environ.get("DATABASE_URL") or \
        f"sqlite:///{args.keep_db or os.path.join(tmp.name, 'bench.db')}"
    app = _app(db_url)
    start = time.perf_counter()
    _load(app, Path(args.catalogue))
    print(f"catalogue ready in {time.perf_counter() - start:.1f} s ({db_url.split(':')[0]})")
    client = app.test_client()
    for lang in ("vi", "en"):
        client.set_cookie("lang", lang)
        for name, urls in _urls(app).items():
            samples = [t for url in urls for t in _time(client, url, args.rounds)]
            samples.sort()
            p95 = samples[min(len(samples) - 1, int(0.95 * len(samples)))]
            print(f"{lang} {name:15s} n={len(samples):4d}  median {statistics.median(samples):6.1f} ms"
                  f"  p95 {p95:6.1f} ms")
    tmp.cleanup()


if __name__ == "__main__":
    main()
