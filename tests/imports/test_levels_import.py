"""Inferred import levels, staff protection, and the demo level history."""
import datetime as dt

from sqlalchemy import func, select

from portal.catalogue.models import Procedure
from portal.extensions import db
from portal.imports.files import import_file
from portal.imports.levels import demo_steps, remove_demo_history
from portal.imports.records import infer_level, normalise_record
from portal.levels.models import LevelChange, LevelSource
from portal.levels.services import record_level_change

from .records import CHANNEL_HEADER as CH, DOC_HEADER as DH, record, write_jsonl

TODAY = dt.date(2026, 7, 15)
OFFLINE = CH + "Trực tiếp5 Ngày làm việcMiễn phí"
ONLINE = CH + "Trực tiếp5 NgàyMiễn phíTrực tuyến5 NgàyMiễn phí"


def level_of(rec: dict) -> int:
    return infer_level(normalise_record(rec, rec["ma_thu_tuc"]))


def test_level_rule():
    assert level_of(record(cach_thuc_thuc_hien=OFFLINE)) == 1
    assert level_of(record(cach_thuc_thuc_hien=OFFLINE,
                           thanh_phan_ho_so="--" + DH + "Tờ khaiMau01.docx1 bản chính")) == 2
    assert level_of(record(cach_thuc_thuc_hien=ONLINE)) == 3
    assert level_of(record(cach_thuc_thuc_hien=OFFLINE, url_nop_truc_tuyen="https://x.test")) == 3
    assert level_of(record(cach_thuc_thuc_hien=ONLINE + "Thực hiện toàn trình trên Cổng")) == 4


def changes(code: str, source=None) -> list[LevelChange]:
    stmt = (select(LevelChange).join(Procedure, Procedure.id == LevelChange.procedure_id)
            .where(Procedure.code == code).order_by(LevelChange.effective_date, LevelChange.id))
    if source:
        stmt = stmt.where(LevelChange.source == source)
    return list(db.session.scalars(stmt))


def proc(code: str) -> Procedure:
    return db.session.scalar(select(Procedure).where(Procedure.code == code))


def test_import_records_inferred_level_once(app_ctx, tmp_path):
    path = write_jsonl(tmp_path / "a.jsonl", [record("1.000001", cach_thuc_thuc_hien=ONLINE)])
    report = import_file(path, today=TODAY)
    assert report.level_changes == 1
    [change] = changes("1.000001")
    assert (change.from_level, change.to_level, change.source) == (None, 3, LevelSource.IMPORT)
    assert change.effective_date == TODAY and change.recorded_by_id is None
    assert proc("1.000001").level == 3
    db.session.commit()
    assert import_file(path, today=TODAY).level_changes == 0
    assert len(changes("1.000001")) == 1


def test_changed_record_with_new_level_appends_a_change(app_ctx, tmp_path):
    import_file(write_jsonl(tmp_path / "a.jsonl", [record("1.000001", cach_thuc_thuc_hien=OFFLINE)]),
                today=TODAY)
    db.session.commit()
    import_file(write_jsonl(tmp_path / "b.jsonl", [record("1.000001", cach_thuc_thuc_hien=ONLINE)]),
                today=TODAY + dt.timedelta(days=1))
    assert [(c.from_level, c.to_level) for c in changes("1.000001")] == [(None, 1), (1, 3)]
    assert proc("1.000001").level == 3


def test_staff_level_is_never_overwritten(app_ctx, tmp_path):
    import_file(write_jsonl(tmp_path / "a.jsonl", [record("1.000001", cach_thuc_thuc_hien=OFFLINE)]),
                today=TODAY)
    record_level_change(proc("1.000001"), 4, TODAY, source=LevelSource.STAFF, today=TODAY)
    db.session.commit()
    report = import_file(write_jsonl(tmp_path / "b.jsonl", [
        record("1.000001", "Đổi tên", cach_thuc_thuc_hien=ONLINE)]), today=TODAY)
    assert report.updated == 1 and report.level_changes == 0
    assert proc("1.000001").level == 4


def test_demo_history_is_deterministic_plausible_and_ends_at_level():
    for code, level in [("1.000001", 1), ("1.000002", 3), ("2.000123", 4), ("1.000178", 2)]:
        steps = demo_steps(code, level, TODAY)
        assert steps == demo_steps(code, level, TODAY)
        assert steps[-1][1] == level
        dates = [d for d, _, _ in steps]
        assert dates == sorted(dates) and len(set(dates)) == len(dates)
        assert dt.date(2012, 1, 1) <= dates[0] and dates[-1] < TODAY
        assert all(ref.endswith("/QĐ-UBND") for _, _, ref in steps)
    assert demo_steps("1.000001", 4, TODAY) != demo_steps("1.000002", 4, TODAY)


def test_demo_history_import_and_removal(app_ctx, tmp_path):
    path = write_jsonl(tmp_path / "a.jsonl", [
        record("1.000001", cach_thuc_thuc_hien=ONLINE),
        record("1.000002", cach_thuc_thuc_hien=ONLINE + "toàn trình")])
    report = import_file(path, demo_history=True, today=TODAY)
    db.session.commit()
    assert report.demo_changes > 0
    demo = changes("1.000002", LevelSource.DEMO)
    assert demo and demo[-1].to_level == 4 and demo[-1].effective_date < TODAY
    assert proc("1.000002").level == 4
    # Re-running adds no second history.
    assert import_file(path, demo_history=True, today=TODAY).demo_changes == 0
    removed = remove_demo_history()
    db.session.commit()
    assert removed == report.demo_changes
    assert db.session.scalar(select(func.count()).select_from(LevelChange).where(
        LevelChange.source == LevelSource.DEMO)) == 0
    assert [p.level for p in db.session.scalars(select(Procedure).order_by(Procedure.code))] == [3, 4]
    assert len(changes("1.000001")) == 1


def test_demo_history_cli_remove(runner, tmp_path):
    path = write_jsonl(tmp_path / "a.jsonl", [record("1.000001", cach_thuc_thuc_hien=ONLINE)])
    result = runner.invoke(args=["catalogue", "import", "--demo-history", str(path)])
    assert result.exit_code == 0, result.output
    assert db.session.scalar(select(func.count()).select_from(LevelChange).where(
        LevelChange.source == LevelSource.DEMO)) > 0
    result = runner.invoke(args=["catalogue", "demo-history", "--remove"])
    assert result.exit_code == 0 and "Removed" in result.output
    assert db.session.scalar(select(func.count()).select_from(LevelChange).where(
        LevelChange.source == LevelSource.DEMO)) == 0
    result = runner.invoke(args=["catalogue", "demo-history"])
    assert result.exit_code == 0 and "Added" in result.output
