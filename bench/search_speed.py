"""Search speed: latency in-process and through HTTP, index build time and size,
for the national catalogue and a synthetic national-scale catalogue, with
SQLite FTS5 on the same data for comparison.

    .venv/bin/python bench/search_speed.py [--synthetic 150000] [--rounds 5] [--workdir DIR]
                                           [--cpu]

In-process latency is printed per category of every query set that exists
(public sample, extra, the dev sets, blind, blind-2): timings only, never a query.
``--cpu`` times with the process's CPU clock instead of the wall clock: on a
machine shared with other work, figures to compare one version with another
(the wall clock there mostly measures the neighbours).
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _setup  # noqa: E402

PROVINCES = [
    "Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế", "Quảng Ninh",
    "Cao Bằng", "Lạng Sơn", "Lai Châu", "Điện Biên", "Sơn La", "Thanh Hóa", "Nghệ An",
    "Hà Tĩnh", "Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ", "Bắc Ninh", "Hưng Yên",
    "Ninh Bình", "Quảng Trị", "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Lâm Đồng", "Đắk Lắk",
    "Đồng Nai", "Tây Ninh", "Vĩnh Long", "Đồng Tháp", "Cà Mau", "An Giang", "Bình Dương",
    "Bà Rịa - Vũng Tàu", "Long An", "Tiền Giang", "Bến Tre", "Trà Vinh", "Sóc Trăng",
    "Bạc Liêu", "Kiên Giang", "Hậu Giang", "Bình Phước", "Bình Thuận", "Ninh Thuận",
    "Phú Yên", "Bình Định", "Quảng Nam", "Kon Tum", "Đắk Nông", "Quảng Bình", "Hà Giang",
    "Yên Bái", "Bắc Kạn", "Hòa Bình", "Vĩnh Phúc", "Bắc Giang", "Hải Dương", "Thái Bình",
    "Nam Định", "Hà Nam"]
AGENCIES = ["Sở Tư pháp", "Công an tỉnh", "Sở Xây dựng", "Sở Tài chính",
            "Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân cấp xã", "Chi cục Thuế",
            "Bảo hiểm xã hội tỉnh", "Văn phòng đăng ký đất đai"]


CLOCK = time.perf_counter


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def figures(label: str, samples: list[float]) -> None:
    print(f"  {label:<34} median {statistics.median(samples):7.1f} ms   "
          f"p95 {pct(samples, 95):7.1f} ms   (n={len(samples)})")


def timed(fn, texts: list[str], rounds: int) -> list[float]:
    for text in texts:          # warm-up: caches, searchers, lexicons
        fn(text)
    out = []
    for _ in range(rounds):
        for text in texts:
            started = CLOCK()
            fn(text)
            out.append((CLOCK() - started) * 1000)
    return out


def dir_size(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


SETS = [_setup.QUERIES] + [Path(__file__).resolve().parent / name for name in (
    "queries-extra.tsv", "queries-dev.tsv", "queries-dev-2.tsv", "queries-dev-3.tsv",
    "queries-dev-4.tsv", "queries-dev-5.tsv", "queries-dev-6.tsv", "queries-abbr-long.tsv",
    "queries-blind.tsv", "queries-blind-2.tsv")]


def per_category(app, rounds: int, fts: sqlite3.Connection, blind: bool = True) -> None:
    """In-process p95 per category of every set, FTS5 beside it."""
    from collections import defaultdict

    from portal.search import service
    from portal.search.base import SearchQuery
    print(f"  {'set / category':<34}{'n':>4}{'median':>9}{'p95':>9}   FTS5 p95")
    with app.app_context():
        for path in (p for p in SETS if p.exists() and (blind or "blind" not in p.name)):
            groups = defaultdict(list)
            for row in _setup.read_queries(path):
                groups[row["category"]].append(row["query"])
            for cat in sorted(groups):
                ours = timed(lambda t: service.search(SearchQuery(text=t)), groups[cat], rounds)
                base = timed(lambda t: _setup.fts5_search(fts, t), groups[cat], rounds)
                print(f"  {path.stem + ' / ' + cat:<34}{len(groups[cat]):>4}"
                      f"{statistics.median(ours):>7.1f}ms{pct(ours, 95):>7.1f}ms"
                      f"{pct(base, 95):>9.1f}ms")


def measure(app, queries, rounds, fts: sqlite3.Connection, http_path: str) -> None:
    from portal.search import service
    from portal.search.base import SearchQuery
    texts = [row["query"] for row in queries]
    with app.app_context():
        per_query = timed_each(lambda t: service.search(SearchQuery(text=t)), texts, rounds)
        figures("in-process (service.search)", [ms for times in per_query for ms in times])
        for category in sorted({row.get("category", "") for row in queries}):
            samples = [ms for row, times in zip(queries, per_query)
                       if row.get("category", "") == category for ms in times]
            figures(f"  category {category or '-'}", samples)
    client = app.test_client()

    def over_http(text):
        response = client.get(http_path, query_string={"q": text})
        assert response.status_code == 200, response.status_code
    figures(f"HTTP ({http_path}, test client)", timed(over_http, texts, rounds))
    figures("SQLite FTS5 (same rows)",
            timed(lambda t: _setup.fts5_search(fts, t), texts, rounds))


def timed_each(fn, texts: list[str], rounds: int) -> list[list[float]]:
    """Milliseconds per query text, ``rounds`` samples each (after one warm-up pass)."""
    for text in texts:
        fn(text)
    out: list[list[float]] = [[] for _ in texts]
    for _ in range(rounds):
        for n, text in enumerate(texts):
            started = CLOCK()
            fn(text)
            out[n].append((CLOCK() - started) * 1000)
    return out


def synthetic_documents(real: list[dict], total: int) -> list[dict]:
    """``total`` documents made from the real ones: per-province copies with varied
    names, agencies and codes, the real body text."""
    rng = random.Random(2026)
    out = []
    for i in range(total):
        base = real[i % len(real)]
        k = i // len(real)
        doc = dict(base)
        if k:
            province = PROVINCES[(k - 1) % len(PROVINCES)]
            agency = rng.choice(AGENCIES)
            doc["name"] = rng.choice((f"{base['name']} tại tỉnh {province}",
                                      f"{base['name']} ({agency} {province})",
                                      base["name"]))
            for key in ("t_exact", "t_fold", "t_bi"):
                doc[key] = doc["name"]
            doc["m_fold"] = f"{base['m_fold']}\n{agency} {province}"
            doc["agency"] = str(1000 + k * 10 + AGENCIES.index(agency))
            doc["code"] = f"{base['code']}.{k:03d}.00.00.H{k:02d}"
        doc["id"] = f"s{i}"
        out.append(doc)
    return out


def build_synthetic(app, docs: list[dict], procs: int = 1,
                    whoosh_writer: bool = False) -> tuple[float, float]:
    """Build the synthetic index in a build folder and swap it in: (seconds, MB).

    With the portal's builder (``portal.search.bulk``, as a rebuild uses it): in
    ``procs`` processes, each writing a contiguous part as its own segment. With
    ``whoosh_writer``, Whoosh's own writer (``procs`` > 1: its multi-process
    writer, one segment per process), for comparison."""
    import functools
    import tempfile

    from whoosh import index as whoosh_index

    from portal.extensions import db
    from portal.search import bulk
    from portal.search.index import write_position
    from portal.search.position import head_position
    backend = app.extensions["portal.search"]
    with app.app_context():
        # the database's position: the index counts as current
        pos = head_position(db.session)
        path = backend.store.new_directory()
        started = time.monotonic()
        if whoosh_writer:
            ix = whoosh_index.open_dir(str(path))
            writer = ix.writer(limitmb=256, procs=procs, multisegment=True) if procs > 1 \
                else ix.writer(limitmb=256)
            for doc in docs:
                writer.add_document(**doc)
            write_position(writer, pos)
            writer.commit()
        elif procs > 1:
            with tempfile.TemporaryDirectory(prefix="bench-parts-") as tmp:
                parts = bulk.write_parts(docs, Path(tmp), procs, bulk.SEGMENT_DOCS)
                bulk.build(path, finish=functools.partial(write_position, pos=pos),
                           parts=parts, procs=procs)
        else:
            bulk.build(path, finish=functools.partial(write_position, pos=pos),
                       docs=lambda: docs)
        seconds = time.monotonic() - started
        live = backend.store.swap_to(path)
    return seconds, dir_size(live)


def fts_from_docs(docs: list[dict]) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE p USING fts5(code UNINDEXED, name, body, "
                 "tokenize='unicode61 remove_diacritics 2')")
    conn.executemany("INSERT INTO p VALUES (?, ?, ?)", (
        (d["code"], _setup._fts_text(d["name"]), _setup._fts_text(d["m_fold"] + "\n" + d["b_fold"]))
        for d in docs))
    return conn


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--synthetic", type=int, default=150_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--workdir")
    parser.add_argument("--procs", type=int, default=1,
                        help="Whoosh writer processes for the synthetic build")
    parser.add_argument("--no-blind", action="store_true",
                        help="leave the blind sets out (for a session that must not open them)")
    parser.add_argument("--cpu", action="store_true",
                        help="time with the process CPU clock, not the wall clock")
    args = parser.parse_args()
    if args.cpu:
        global CLOCK
        CLOCK = time.process_time
    print(f"load average {os.getloadavg()[0]:.2f} at start; clock: "
          f"{'process CPU' if args.cpu else 'wall'}")
    queries = _setup.read_queries(_setup.QUERIES)
    work = Path(args.workdir) if args.workdir else _setup.workdir("search-speed-")
    reuse = (work / "bench.db").exists()
    work.mkdir(parents=True, exist_ok=True)
    try:
        app = _setup.make_app(work)
        http_path = _http_path(app)
        how = "reused database" if reuse else _setup.load_catalogue(app, work)
        from portal.extensions import db
        from portal.search.documents import iter_published, procedure_document
        from portal.search.synonyms import seed_synonym_groups
        from sqlalchemy.orm import Session
        backend = app.extensions["portal.search"]
        with app.app_context():
            seed_synonym_groups()
            db.session.commit()
            started = time.monotonic()
            count = backend.sync.rebuild()
            build = time.monotonic() - started
            live = backend.store.root / backend.store.live_name()
            with Session(db.engine) as session:
                real = [procedure_document(p) for p in iter_published(session)]
        print(f"Catalogue: {how}")
        print(f"\n{count} procedures (national catalogue): index build {build:.1f} s "
              f"(from the database, optimised), {dir_size(live):.1f} MB")
        real_fts = fts_from_docs(real)
        measure(app, queries, args.rounds, real_fts, http_path)
        print("\nIn-process per category, national catalogue:")
        per_category(app, args.rounds, real_fts, blind=not args.no_blind)
        if args.synthetic:
            docs = synthetic_documents(real, args.synthetic)
            seconds, size = build_synthetic(app, docs, args.procs)
            started = time.monotonic()
            fts = fts_from_docs(docs)
            fts_build = time.monotonic() - started
            print(f"\n{len(docs)} procedures (synthetic): index build {seconds:.0f} s "
                  f"({seconds / 60:.1f} min, {args.procs} writer process(es)), {size:.0f} MB; "
                  f"FTS5 build {fts_build:.0f} s; load average {os.getloadavg()[0]:.2f} "
                  f"after the build")
            measure(app, queries, max(1, args.rounds // 2), fts, http_path)
    finally:
        if not args.workdir:
            shutil.rmtree(work, ignore_errors=True)


def _http_path(app) -> str:
    """The public API search if this checkout has it, else a bench-only route."""
    if any(rule.rule == "/api/v1/procedures" for rule in app.url_map.iter_rules()):
        return "/api/v1/procedures"
    from flask import jsonify, request

    from portal.search import service
    from portal.search.base import SearchQuery

    def bench_search():
        result = service.search(SearchQuery(text=request.args.get("q", "")))
        return jsonify(total=result.total, items=[
            {"code": h.code, "name": h.name, "level": h.level} for h in result.hits],
            suggestion=result.suggestion)
    app.add_url_rule("/_bench/search", "bench_search", bench_search)
    return "/_bench/search"


if __name__ == "__main__":
    main()
