"""Ranking identity: the top-10 codes of every query of the public and extra
sets, written to a file or compared with one written before.

    .venv/bin/python bench/rank_identity.py --workdir DIR dump BASELINE.tsv
    .venv/bin/python bench/rank_identity.py --workdir DIR check BASELINE.tsv

Speed work must not change ranking: dump before, check after each change.
Each line is ``id <TAB> total <TAB> suggestion <TAB> code,code,… <TAB> marks``
so a change in the number of matches, the spelling suggestion or the marked
names, snippets and facet counts (``marks``: a digest of them) shows as well.
``--synthetic N`` searches a synthetic catalogue of N documents built from the
real records (as ``search_speed.py`` builds it) instead of the national one;
``--procs`` builds it in that many parts (segments), ``--whoosh-writer`` with
Whoosh's own writer (the baseline for the portal's builder).
The blind sets are never read here.
"""
from __future__ import annotations

import argparse
import hashlib
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _setup  # noqa: E402

BENCH = Path(__file__).resolve().parent
SETS = [_setup.QUERIES, BENCH / "queries-extra.tsv", BENCH / "queries-dev.tsv",
        BENCH / "queries-dev-2.tsv", BENCH / "queries-dev-3.tsv", BENCH / "queries-abbr-long.tsv"]


def lines(app) -> list[str]:
    from portal.search import service
    from portal.search.base import SearchQuery
    out = []
    with app.app_context():
        for path in SETS:
            for row in _setup.read_queries(path):
                result = service.search(SearchQuery(text=row["query"], per_page=10))
                html = "".join(f"{h.name_html}\x00{h.snippet_html}\x00" for h in result.hits)
                html += repr(sorted((k, [(v.value, v.label, v.count) for v in vs]) for k, vs in result.facets.items()))
                out.append("\t".join([row["id"], str(result.total), result.suggestion or "",
                                      ",".join(h.code for h in result.hits),
                                      hashlib.sha1(html.encode()).hexdigest()[:12]]))
    return out


def prepare(work: Path, synthetic: int, procs: int = 1, whoosh_writer: bool = False):
    app = _setup.make_app(work)
    if not (work / "bench.db").exists() or not _has_procedures(app):
        _setup.load_catalogue(app, work)
    from portal.extensions import db
    from portal.search.synonyms import seed_synonym_groups
    with app.app_context():
        seed_synonym_groups()
        db.session.commit()
        app.extensions["portal.search"].sync.rebuild()
    if synthetic:
        import search_speed
        from portal.search.documents import iter_published, procedure_document
        from sqlalchemy.orm import Session
        with app.app_context(), Session(db.engine) as session:
            real = [procedure_document(p) for p in iter_published(session)]
        search_speed.build_synthetic(app, search_speed.synthetic_documents(real, synthetic),
                                     procs, whoosh_writer=whoosh_writer)
    return app


def _has_procedures(app) -> bool:
    from sqlalchemy import text

    from portal.extensions import db
    with app.app_context():
        return bool(db.session.execute(text("SELECT count(*) FROM procedure")).scalar())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("action", choices=("dump", "check"))
    parser.add_argument("baseline", type=Path)
    parser.add_argument("--workdir")
    parser.add_argument("--synthetic", type=int, default=0)
    parser.add_argument("--procs", type=int, default=1,
                        help="processes (segments) for the synthetic build")
    parser.add_argument("--whoosh-writer", action="store_true",
                        help="build the synthetic index with Whoosh's own writer")
    args = parser.parse_args()
    work = Path(args.workdir) if args.workdir else _setup.workdir("rank-identity-")
    work.mkdir(parents=True, exist_ok=True)
    try:
        got = lines(prepare(work, args.synthetic, args.procs, args.whoosh_writer))
    finally:
        if not args.workdir:
            shutil.rmtree(work, ignore_errors=True)
    if args.action == "dump":
        args.baseline.write_text("\n".join(got) + "\n", encoding="utf-8")
        print(f"{len(got)} queries written to {args.baseline}")
        return
    want = args.baseline.read_text(encoding="utf-8").splitlines()
    diffs = [(a, b) for a, b in zip(want, got) if a != b]
    if len(want) != len(got):
        print(f"different number of queries: {len(want)} before, {len(got)} now")
    for a, b in diffs:
        print(f"- {a}\n+ {b}")
    print(f"{len(got)} queries, {len(diffs)} differ")
    sys.exit(1 if diffs or len(want) != len(got) else 0)


if __name__ == "__main__":
    main()
