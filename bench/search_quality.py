"""Search quality on labelled queries: Success@1, Success@3, MRR@10, per category.

    .venv/bin/python bench/search_quality.py [QUERIES.tsv] [--show-misses]

Loads the national catalogue into a throw-away database, searches every query
with the portal's search and with a plain SQLite FTS5 index of the same rows,
and prints the figures side by side.
"""
from __future__ import annotations

import argparse
import shutil
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _setup  # noqa: E402


def score(ranked: list[str], relevant: set[str]) -> tuple[float, float, float]:
    """(success@1, success@3, reciprocal rank within 10)."""
    rr = 0.0
    for rank, code in enumerate(ranked[:10], 1):
        if code in relevant:
            rr = 1.0 / rank
            break
    return (float(bool(set(ranked[:1]) & relevant)), float(bool(set(ranked[:3]) & relevant)),
            rr)


def report(name: str, per_query: dict[str, list[tuple[str, tuple]]]) -> None:
    print(f"\n{name}")
    print(f"  {'category':<14}{'n':>4}{'S@1':>8}{'S@3':>8}{'MRR@10':>8}")
    every = [s for rows in per_query.values() for _, s in rows]
    for cat in sorted(per_query) + ["OVERALL"]:
        rows = [s for _, s in per_query[cat]] if cat != "OVERALL" else every
        n = len(rows)
        sums = [sum(r[i] for r in rows) / n for i in range(3)]
        print(f"  {cat:<14}{n:>4}{sums[0]:>8.2f}{sums[1]:>8.2f}{sums[2]:>8.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("queries", nargs="?", default=str(_setup.QUERIES))
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--workdir", help="keep the loaded database here and reuse it "
                        "(the index is rebuilt every run)")
    args = parser.parse_args()
    queries = _setup.read_queries(Path(args.queries))
    work = Path(args.workdir) if args.workdir else _setup.workdir("search-quality-")
    reuse = (work / "bench.db").exists()
    work.mkdir(parents=True, exist_ok=True)
    try:
        app = _setup.make_app(work)
        how = "reused database" if reuse else _setup.load_catalogue(app, work)
        if reuse:
            with app.app_context():
                app.extensions["portal.search"].sync.rebuild()
        from portal.extensions import db
        from portal.search import service
        from portal.search.base import SearchQuery
        from portal.search.synonyms import seed_synonym_groups
        with app.app_context():
            seed_synonym_groups()
            db.session.commit()
            conn = _setup.build_fts5(app)
            ours, fts = defaultdict(list), defaultdict(list)
            for row in queries:
                relevant = set(row["relevant_codes"].split(","))
                result = service.search(SearchQuery(text=row["query"], per_page=10))
                ranked = [h.code for h in result.hits]
                s = score(ranked, relevant)
                ours[row["category"]].append((row["id"], s))
                fts[row["category"]].append(
                    (row["id"], score(_setup.fts5_search(conn, row["query"]), relevant)))
                if args.show_misses and s[1] < 1:
                    print(f"MISS {row['id']} {row['query']!r} want {row['relevant_codes']} "
                          f"suggestion={result.suggestion!r}")
                    for hit in result.hits[:4]:
                        print(f"     {hit.code} {hit.score:7.1f} {hit.name[:100]}")
        print(f"Catalogue loaded with: {how}; {len(queries)} queries from {args.queries}")
        report("Portal search (Whoosh)", ours)
        report("SQLite FTS5 baseline (unicode61 remove_diacritics 2, đ pre-folded, "
               "bm25 name x5)", fts)
    finally:
        if not args.workdir:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
