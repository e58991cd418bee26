"""Shared benchmark set-up: a throw-away portal with the national catalogue loaded.

The catalogue is read where it lies (``../shared/data``) and loaded with the
portal's own importer (``flask --app portal catalogue import``). If this
checkout has no importer yet, a crude loader (names, field, tiers, applicants,
raw dossier/steps text) stands in and the figures say so.
"""
from __future__ import annotations

import gzip
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
CATALOGUE = DATA / "dvcqg-catalogue-2026-07.jsonl.gz"
QUERIES = DATA / "search-queries-public.tsv"
sys.path.insert(0, str(ROOT))


def make_app(workdir: Path):
    """A portal app on a fresh SQLite database and index under ``workdir``."""
    from portal import create_app
    from flask_migrate import upgrade

    app = create_app({"PORTAL_ENV": "testing", "SECRET_KEY": "bench",
                      "DATABASE_URL": f"sqlite:///{workdir / 'bench.db'}",
                      "PORTAL_INDEX_DIR": str(workdir / "index")})
    with app.app_context():
        upgrade()
    return app


def load_catalogue(app, workdir: Path) -> str:
    """Import the national catalogue; returns how it was loaded."""
    env = dict(os.environ, DATABASE_URL=f"sqlite:///{workdir / 'bench.db'}",
               PORTAL_INDEX_DIR=str(workdir / "index"), PORTAL_ENV="testing",
               SECRET_KEY="bench")
    flask = Path(sys.executable).with_name("flask")
    started = time.monotonic()
    done = subprocess.run([str(flask), "--app", "portal", "catalogue", "import", str(CATALOGUE)],
                          cwd=ROOT, env=env, capture_output=True, text=True)
    if done.returncode == 0:
        return f"portal importer ({time.monotonic() - started:.0f} s, index built after commit)"
    with app.app_context():
        _crude_load()
    return "crude bench loader (the importer is not in this checkout)"


def _crude_load() -> None:
    from portal.catalogue.models import (
        Applicant, DossierDocument, Field, Procedure, ProcedureApplicant, ProcedureTier, Step,
        Tier)
    from portal.extensions import db
    from portal.vntext import clean, clean_line, merge_key

    tiers = {"Cấp bộ": Tier.CENTRAL, "Cấp tỉnh": Tier.PROVINCE, "Cấp xã": Tier.COMMUNE,
             "Cơ quan khác": Tier.OTHER}
    fields: dict[str, Field] = {}
    for record in read_records():
        fname = clean_line(record.get("linh_vuc")) or "Khác"
        if merge_key(fname) not in fields:
            fields[merge_key(fname)] = Field(name=fname, key=merge_key(fname))
        proc = Procedure(code=record["ma_thu_tuc"], name=clean_line(record["ten_thu_tuc"]),
                         field=fields[merge_key(fname)], level=1,
                         result=clean(record.get("ket_qua_xu_ly"))[:2000])
        for t in {tiers[t.strip()] for t in (record.get("cap_thuc_hien") or "").split(",")
                  if t.strip() in tiers}:
            proc.tier_links.append(ProcedureTier(tier=t))
        proc.applicant_links.append(ProcedureApplicant(applicant=Applicant.CITIZEN))
        proc.steps.append(Step(position=1, text=clean(record.get("trinh_tu_thuc_hien"))))
        proc.documents.append(DossierDocument(position=1, name=clean(
            record.get("thanh_phan_ho_so"))))
        db.session.add(proc)
    db.session.commit()


def read_records():
    with gzip.open(CATALOGUE, "rt", encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)


def read_queries(path: Path) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as handle:
        header = handle.readline().rstrip("\n").split("\t")
        for line in handle:
            if line.strip():
                rows.append(dict(zip(header, line.rstrip("\n").split("\t"))))
    return rows


# -- the FTS5 baseline -------------------------------------------------------
def _fts_text(text: str) -> str:
    # unicode61 does not fold đ (it has no decomposition): pre-fold it, or
    # "dang ky" could never match "Đăng ký" — the baseline would be unfairly bad.
    return (text or "").replace("đ", "d").replace("Đ", "D")


def build_fts5(app) -> sqlite3.Connection:
    """An in-memory FTS5 index (names weighted over field and body) of the same rows."""
    from portal.catalogue.models import Status
    from portal.extensions import db
    from portal.search.documents import iter_published, procedure_document
    from sqlalchemy.orm import Session

    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE p USING fts5(code UNINDEXED, name, body, "
                 "tokenize='unicode61 remove_diacritics 2')")
    with app.app_context():
        with Session(db.engine) as session:
            rows = [(d["code"], _fts_text(d["name"]), _fts_text(d["m_fold"] + "\n" + d["b_fold"]))
                    for d in map(procedure_document, iter_published(session))]
    conn.executemany("INSERT INTO p VALUES (?, ?, ?)", rows)
    assert Status
    return conn


def fts5_search(conn: sqlite3.Connection, text: str, limit: int = 10) -> list[str]:
    """Plain FTS5: every word (quoted), OR when nothing matches; bm25 with name x5."""
    toks = re.findall(r"[^\W_]+", _fts_text(text))
    if not toks:
        return []
    for op in (" AND ", " OR "):
        match = op.join(f'"{t}"' for t in toks)
        rows = conn.execute("SELECT code FROM p WHERE p MATCH ? ORDER BY bm25(p, 0, 5.0, 1.0) "
                            "LIMIT ?", (match, limit)).fetchall()
        if rows:
            return [r[0] for r in rows]
    return []


def workdir(prefix: str) -> Path:
    return Path(tempfile.mkdtemp(prefix=prefix))
