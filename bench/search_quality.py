"""Search quality on labelled queries: Success@1, Success@3, MRR@10, per category.

    .venv/bin/python bench/search_quality.py [QUERIES.tsv ...] [--summary] [--show-misses]
    .venv/bin/python bench/search_quality.py --all          # public, extra, blind, blind-2
    .venv/bin/python bench/search_quality.py --sweep-prior 0,10,20,40

Loads the national catalogue into a throw-away database, searches every query
with the portal's search and with a plain SQLite FTS5 index of the same rows,
and prints the figures side by side, per set and per category.

Blind sets (a file name holding ``blind``) and the held-out tuning set
(``HELD_OUT``) are judged, never tuned on: the script prints only their
per-category aggregates and refuses to list their misses, so nobody reads
their queries through it.
"""
from __future__ import annotations

import argparse
import shutil
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _setup  # noqa: E402

BENCH = Path(__file__).resolve().parent
# tuning sets kept out of the tuning: judged like the blind sets, aggregates only
HELD_OUT = {"queries-dev-4.tsv", "queries-dev-6.tsv"}
EVERY_SET = [_setup.QUERIES, BENCH / "queries-extra.tsv", BENCH / "queries-blind.tsv",
             BENCH / "queries-blind-2.tsv"]


def score(ranked: list[str], relevant: set[str]) -> tuple[float, float, float]:
    """(success@1, success@3, reciprocal rank within 10)."""
    rr = 0.0
    for rank, code in enumerate(ranked[:10], 1):
        if code in relevant:
            rr = 1.0 / rank
            break
    return (float(bool(set(ranked[:1]) & relevant)), float(bool(set(ranked[:3]) & relevant)),
            rr)


def summary(rows: list[tuple]) -> tuple[int, float, float, float]:
    n = len(rows)
    return (n, *(sum(r[i] for r in rows) / n for i in range(3))) if n else (0, 0., 0., 0.)


def report(name: str, ours: dict[str, list[tuple]], fts: dict[str, list[tuple]]) -> None:
    """Per category: ours (S@1, S@3, MRR@10) beside FTS5's."""
    print(f"\n{name}")
    print(f"  {'category':<14}{'n':>4}{'S@1':>7}{'S@3':>7}{'MRR':>7}   |  FTS5"
          f"{'S@1':>6}{'S@3':>7}{'MRR':>7}")
    for cat in sorted(ours) + ["OVERALL"]:
        if cat == "OVERALL":
            mine = [s for rows in ours.values() for _, s in rows]
            base = [s for rows in fts.values() for _, s in rows]
        else:
            mine, base = [s for _, s in ours[cat]], [s for _, s in fts[cat]]
        n, *a = summary(mine)
        _, *b = summary(base)
        print(f"  {cat:<14}{n:>4}{a[0]:>7.2f}{a[1]:>7.2f}{a[2]:>7.2f}   |      "
              f"{b[0]:>6.2f}{b[1]:>7.2f}{b[2]:>7.2f}")


def run_set(path: Path, conn, show_misses: bool) -> tuple[dict, dict]:
    from portal.search import service
    from portal.search.base import SearchQuery
    ours, fts = defaultdict(list), defaultdict(list)
    for row in _setup.read_queries(path):
        relevant = set(row["relevant_codes"].split(","))
        result = service.search(SearchQuery(text=row["query"], per_page=10))
        s = score([h.code for h in result.hits], relevant)
        ours[row["category"]].append((row["id"], s))
        fts[row["category"]].append(
            (row["id"], score(_setup.fts5_search(conn, row["query"]), relevant)))
        if show_misses and s[1] < 1:
            print(f"MISS {row['id']} {row['query']!r} want {row['relevant_codes']} "
                  f"suggestion={result.suggestion!r}")
            for hit in result.hits[:4]:
                print(f"     {hit.code} {hit.score:7.1f} {hit.name[:100]}")
    return ours, fts


def sweep_prior(paths: list[Path], weights: list[float], conn) -> None:
    """S@3 and MRR of the tuning sets for each weight of the generality prior."""
    from portal.search import scoring
    kept = getattr(scoring, "W_PRIOR", 0.0)
    print("\nGenerality prior sweep (W_PRIOR): S@3 / MRR@10 per set")
    try:
        for weight in weights:
            scoring.W_PRIOR = weight
            cells = []
            for path in paths:
                ours, _ = run_set(path, conn, False)
                _, _, s3, mrr = summary([s for rows in ours.values() for _, s in rows])
                cells.append(f"{path.stem}: {s3:.3f} / {mrr:.3f}")
            print(f"  W_PRIOR={weight:>6g}   " + "   ".join(cells))
    finally:
        scoring.W_PRIOR = kept


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("queries", nargs="*")
    parser.add_argument("--all", action="store_true", help="every set that exists")
    parser.add_argument("--summary", action="store_true",
                        help="per-category aggregates only (always so for blind sets)")
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--sweep-prior", help="comma-separated weights, public+extra sets")
    parser.add_argument("--workdir", help="keep the loaded database here and reuse it "
                        "(the index is rebuilt every run)")
    args = parser.parse_args()
    paths = [Path(p) for p in args.queries] or [_setup.QUERIES]
    if args.all:
        paths = [p for p in EVERY_SET if p.exists()]
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
        from portal.search.synonyms import seed_synonym_groups
        print(f"Catalogue loaded with: {how}")
        with app.app_context():
            seed_synonym_groups()
            db.session.commit()
            conn = _setup.build_fts5(app)
            if args.sweep_prior:
                sweep_prior([_setup.QUERIES, BENCH / "queries-extra.tsv"],
                            [float(w) for w in args.sweep_prior.split(",")], conn)
                return
            for path in paths:
                blind = "blind" in path.name or path.name in HELD_OUT
                misses = args.show_misses and not args.summary and not blind
                ours, fts = run_set(path, conn, misses)
                count = sum(len(v) for v in ours.values())
                report(f"{path.name} ({count} queries{', blind: aggregates only' if blind else ''})"
                       " - portal search (Whoosh) | SQLite FTS5 baseline (unicode61 "
                       "remove_diacritics 2, đ pre-folded, bm25 name x5)", ours, fts)
    finally:
        if not args.workdir:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
