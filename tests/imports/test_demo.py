"""The quick start's demo catalogue loader."""
from sqlalchemy import func, select

import portal.demo as demo
from portal.catalogue.models import Procedure
from portal.extensions import db
from portal.levels.models import LevelChange, LevelSource

from .records import record, write_jsonl


def test_loads_demo_files_into_an_empty_database_then_reuses(app_ctx, tmp_path, monkeypatch):
    write_jsonl(tmp_path / "catalogue-a.jsonl", [
        record("1.000001", demo=True, url_nop_truc_tuyen="https://dvc.test/1")])
    write_jsonl(tmp_path / "catalogue-b.jsonl", [record("1.000002", demo=True)])
    monkeypatch.setattr(demo, "DEMO_DIR", tmp_path)
    said = []
    demo.ensure_demo_catalogue(said.append)
    procs = db.session.scalars(select(Procedure).order_by(Procedure.code)).all()
    assert [p.code for p in procs] == ["1.000001", "1.000002"]
    assert all(p.is_demo for p in procs) and procs[0].online_url == "https://dvc.test/1"
    assert db.session.scalar(select(func.count()).select_from(LevelChange).where(
        LevelChange.source == LevelSource.DEMO)) > 0
    said.clear()
    demo.ensure_demo_catalogue(said.append)
    assert said == ["The catalogue already has procedures: reusing them."]
