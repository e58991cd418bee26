"""SIGKILL at the worst moments: nothing half-written, and the index catches up by itself."""
from __future__ import annotations

import gzip
import itertools
import json

import pytest

from .conftest import sigkill, wait_for

pytestmark = [pytest.mark.slow]


def assert_index_in_step(portal) -> dict:
    """A new process sees zero lag: every published procedure indexed, no change pending."""
    figures = portal.status()
    assert figures["changes not yet applied"] == 0, figures
    assert figures["index checkpoint"] == figures["change log head"], figures
    assert figures["documents in index"] == figures["published procedures"], figures
    return figures


def _demo_sample(tmp_path, lines: int = 800):
    """``lines`` records made from the project's own demo catalogue (each demo record
    again under a new code once the originals are used): enough rows that the import's
    single transaction is open for a while, small enough to import twice quickly."""
    from portal.demo import demo_files

    records = [json.loads(line) for path in demo_files()
               for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    sample = tmp_path / "demo-sample.jsonl.gz"
    with gzip.open(sample, "wt", encoding="utf-8") as out:
        for n, record in zip(range(lines), itertools.cycle(records)):
            if n >= len(records):
                code = f"9.{n:06d}"   # also where the page text names the code
                record = {**record, "ma_thu_tuc": code,
                          "raw_text": record.get("raw_text", "").replace(
                              record["ma_thu_tuc"], code),
                          "ten_thu_tuc": f"{record['ten_thu_tuc']} (bản {n})"}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return sample


def test_an_import_killed_mid_transaction_leaves_all_or_nothing(portal_env, tmp_path):
    sample = _demo_sample(tmp_path)
    proc = portal_env.start("catalogue", "import", str(sample))
    try:
        # Kill while the file's single transaction is open and has written rows.
        wait_for(portal_env.write_transaction_open, "the import to start writing", proc=proc)
    finally:
        sigkill(proc)
    assert proc.returncode == -9
    after_kill = portal_env.procedure_count()
    assert_index_in_step(portal_env)
    # Starting again needs no repair: the same import now completes and is searchable.
    result = portal_env.flask("catalogue", "import", str(sample), timeout=900)
    assert result.returncode == 0, result.stderr[-2000:]
    full = portal_env.procedure_count()
    assert full > 500
    assert after_kill in (0, full), "the killed import left part of its transaction"
    figures = assert_index_in_step(portal_env)
    assert figures["documents in index"] > 500


def _rebuild_in_progress(portal, live_before: str):
    def check() -> bool:
        return any(portal.index_dir.glob("build-*"))
    return check


def test_a_rebuild_killed_midway_leaves_searches_working(portal_env, tmp_path):
    sample = _demo_sample(tmp_path)
    result = portal_env.flask("catalogue", "import", str(sample), timeout=900)
    assert result.returncode == 0, result.stderr[-2000:]
    with gzip.open(sample, "rt", encoding="utf-8") as lines:
        first = json.loads(next(lines))
    before = assert_index_in_step(portal_env)
    live = (portal_env.index_dir / "current").read_text().strip()
    proc = portal_env.start("search", "rebuild")
    try:
        wait_for(_rebuild_in_progress(portal_env, live), "the rebuild to start", proc=proc)
    finally:
        sigkill(proc)
    assert proc.returncode == -9
    assert (portal_env.index_dir / "current").read_text().strip() == live, \
        "killed before its swap"
    assert not any(d.name != live for d in portal_env.index_dir.glob("ix-*")), \
        "a build only gets an ix-* name once complete"
    assert first["ma_thu_tuc"] in portal_env.search_codes(first["ten_thu_tuc"]), \
        "searches still answer"
    assert assert_index_in_step(portal_env) == before
    # A later rebuild completes over the debris of the killed one.
    result = portal_env.flask("search", "rebuild")
    assert result.returncode == 0, result.stderr[-2000:]
    assert assert_index_in_step(portal_env)["documents in index"] == \
        before["documents in index"]


EDIT_AND_DIE = """
from sqlalchemy import select
from portal import create_app
from portal.catalogue.models import Procedure, Status
from portal.extensions import db
app = create_app()
with app.app_context():
    proc = db.session.scalars(select(Procedure).where(Procedure.status == Status.PUBLISHED)
                              .order_by(Procedure.code)).first()
    proc.name = proc.name + " qzxwvk"
    print(proc.code, flush=True)
    db.session.commit()
print("survived", flush=True)
"""


def test_an_edit_committed_but_never_indexed_is_found_by_the_next_process(portal_env):
    from portal.demo import demo_files

    result = portal_env.flask("catalogue", "import", *map(str, demo_files()))
    assert result.returncode == 0, result.stderr[-2000:]
    assert_index_in_step(portal_env)
    assert portal_env.search_codes("qzxwvk") == []
    died = portal_env.python(EDIT_AND_DIE, extra={"PORTAL_TEST_CRASH_AFTER_COMMIT": "1"})
    assert died.returncode == -9, died.stderr[-2000:]
    assert "survived" not in died.stdout
    code = died.stdout.split()[0]
    # The commit stood; the index was never told. A new process finds it anyway.
    assert portal_env.search_codes("qzxwvk")[:1] == [code]
    assert_index_in_step(portal_env)
