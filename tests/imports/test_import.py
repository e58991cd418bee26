"""Importing files into the catalogue: upsert, rejects, idempotence, Excel, merging."""
import gzip
import json
import unicodedata

from sqlalchemy import func, select

from portal.catalogue.models import Agency, AgencyRole, Field, Procedure
from portal.extensions import db
from portal.imports.files import import_file
from portal.levels.models import LevelChange

from .records import CHANNEL_HEADER, DOC_HEADER, record, write_jsonl, write_xlsx


def count(model) -> int:
    return db.session.scalar(select(func.count()).select_from(model))


def proc(code: str) -> Procedure:
    return db.session.scalar(select(Procedure).where(Procedure.code == code))


def test_import_creates_structured_procedure(app_ctx, tmp_path):
    rec = record("1.000010", "Cấp <b>giấy</b> phép", url_nop_truc_tuyen="https://dvc.test/nop",
                 demo=True)
    report = import_file(write_jsonl(tmp_path / "a.jsonl", [rec]))
    assert (report.created, report.updated, report.unchanged, report.rejected) == (1, 0, 0, [])
    p = proc("1.000010")
    assert p.name == "Cấp <b>giấy</b> phép"  # markup kept verbatim
    assert p.field.name == "Hộ tịch" and p.decision_number == "123/QĐ-BTN"
    assert [a.name for a in p.agencies()] == ["Sở Tư pháp"]
    assert [a.name for a in p.agencies(AgencyRole.COMPETENT)] == ["Ủy ban nhân dân cấp tỉnh"]
    assert [s.text for s in p.steps] == ["Bước 1: Nộp hồ sơ.", "Bước 2: Nhận kết quả."]
    assert p.channels[0].working_days == 5 and p.channels[0].fee_amount == 0
    assert p.time_limit_text == "5 Ngày làm việc" and p.time_limit_days == 5
    assert (p.documents[0].name, p.documents[0].originals) == ("Tờ khai đăng ký", 1)
    assert p.legal_bases[0].number == "99/2020/QH14"
    assert p.result == "Giấy chứng nhận"
    assert p.online_url == "https://dvc.test/nop" and p.is_demo
    assert p.source_record == rec and len(p.content_hash) == 64
    assert [t.value for t in p.tiers] == ["tinh", "xa"]


def test_gzip_and_plain_read_the_same(app_ctx, tmp_path):
    path = tmp_path / "a.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write(json.dumps(record("1.000011"), ensure_ascii=False) + "\n")
    assert import_file(path).created == 1


def test_bad_lines_are_rejected_with_line_and_reason_and_the_rest_imported(app_ctx, tmp_path):
    lines = [
        record("1.000001"),
        '{"ma_thu_tuc": "1.000002", "ten_thu_tuc": ',  # broken JSON
        record("", "Không mã"),
        record("12.34", "Mã sai"),
        record("1.000005", "   "),
        "[1, 2]",
        "",
        record("1.000008", "Cuối cùng"),
        record("1.001612.000.00.00.H01", "Biến thể địa phương"),
    ]
    report = import_file(write_jsonl(tmp_path / "a.jsonl", lines))
    assert report.created == 3
    reasons = {r.where: r.reason for r in report.rejected}
    assert set(reasons) == {"line 2", "line 3", "line 4", "line 5", "line 6"}
    assert reasons["line 2"].startswith("broken JSON")
    assert reasons["line 3"] == "missing code"
    assert "malformed code" in reasons["line 4"]
    assert reasons["line 5"] == "empty name"
    assert reasons["line 6"] == "not a JSON object"
    assert proc("1.001612.000.00.00.H01") is not None


def test_reimport_changes_nothing(app_ctx, tmp_path):
    path = write_jsonl(tmp_path / "a.jsonl", [record("1.000001"), record("1.000002", "Khác")])
    import_file(path)
    db.session.commit()
    versions = dict(db.session.execute(select(Procedure.code, Procedure.version)).all())
    before = (count(Procedure), count(LevelChange), count(Agency), count(Field))
    again = import_file(path)
    db.session.commit()
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)
    assert (count(Procedure), count(LevelChange), count(Agency), count(Field)) == before
    assert dict(db.session.execute(select(Procedure.code, Procedure.version)).all()) == versions


def test_changed_record_updates_in_place(app_ctx, tmp_path):
    import_file(write_jsonl(tmp_path / "a.jsonl", [record("1.000001")]))
    db.session.commit()
    changed = record("1.000001", "Tên mới", trinh_tu_thuc_hien="Bước 1: Một bước.")
    report = import_file(write_jsonl(tmp_path / "b.jsonl", [changed]))
    assert (report.created, report.updated) == (0, 1)
    p = proc("1.000001")
    assert p.name == "Tên mới" and [s.text for s in p.steps] == ["Bước 1: Một bước."]
    assert count(Procedure) == 1


def test_page_code_wins_over_listing_code(app_ctx, tmp_path):
    page = "Trang chung"
    raw = f"{page}Tên thủ tục{page}Mã thủ tục1.000900Số quyết định1/QĐ"
    lines = [record("1.000101", page, raw_text=raw), record("1.000102", page, raw_text=raw)]
    report = import_file(write_jsonl(tmp_path / "a.jsonl", lines))
    assert [(m.line, m.listed, m.chosen) for m in report.mismatches] == [
        (1, "1.000101", "1.000900"), (2, "1.000102", "1.000900")]
    assert report.created == 1 and proc("1.000900").name == page
    assert proc("1.000101") is None
    assert "detail page is procedure 1.000900" in report.rejected[0].reason


def test_agencies_and_fields_merge_across_case_spacing_and_unicode_form(app_ctx, tmp_path):
    nfd = unicodedata.normalize("NFD", "Sở Tư pháp")
    lines = [
        record("1.000001", co_quan_thuc_hien="Sở Tư pháp", linh_vuc="Hộ tịch"),
        record("1.000002", co_quan_thuc_hien=f"  {nfd} ", linh_vuc=" hộ  tịch"),
        record("1.000003", co_quan_thuc_hien="SỞ TƯ PHÁP", linh_vuc="Hộ tịch\n"),
    ]
    import_file(write_jsonl(tmp_path / "a.jsonl", lines))
    assert db.session.scalars(select(Agency.name).where(Agency.key == "sở tư pháp")).all() == [
        "Sở Tư pháp"]
    assert count(Field) == 1


def test_excel_after_json_keeps_rich_data_and_adds_minimal(app_ctx, tmp_path):
    import_file(write_jsonl(tmp_path / "a.jsonl", [record("1.000001")]))
    db.session.commit()
    xlsx = write_xlsx(tmp_path / "list.xlsx", [
        ("1.000001", " Đăng ký  thử nghiệm ", "Bộ Thử nghiệm", "Sở Tư pháp\nUBND cấp xã \n", ""),
        ("1.000002", "Thủ tục chỉ có trong danh sách", "Bộ Thử nghiệm", "Sở Nội vụ", "Nội vụ"),
        ("", "Không mã", "", "", ""),
        ("1.000004", "", "", "", ""),
        ("1.000002", "Lặp lại", "", "", ""),
    ])
    report = import_file(xlsx)
    assert (report.created, report.updated) == (1, 1)
    assert {r.where: r.reason for r in report.rejected} == {
        "sheet 'Danh sách TTHC' row 5": "missing code",
        "sheet 'Danh sách TTHC' row 6": "empty name",
        "sheet 'Danh sách TTHC' row 7": "code 1.000002 already listed in sheet 'Danh sách TTHC'"
                                         " row 4"}
    rich = proc("1.000001")
    assert [s.text for s in rich.steps] == ["Bước 1: Nộp hồ sơ.", "Bước 2: Nhận kết quả."]
    assert rich.field.name == "Hộ tịch" and len(rich.channels) == 1
    assert [a.name for a in rich.agencies()] == ["Sở Tư pháp", "UBND cấp xã"]
    assert [a.name for a in rich.agencies(AgencyRole.COMPETENT)] == ["Ủy ban nhân dân cấp tỉnh"]
    minimal = proc("1.000002")
    assert minimal.name == "Thủ tục chỉ có trong danh sách" and minimal.field.name == "Nội vụ"
    assert minimal.level == 1 and minimal.steps == []
    db.session.commit()
    again = import_file(xlsx)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)
    json_again = import_file(tmp_path / "a.jsonl")
    assert json_again.unchanged == 1 and len(proc("1.000001").agencies()) == 2


def test_excel_commas_stay_inside_agency_names(app_ctx, tmp_path):
    xlsx = write_xlsx(tmp_path / "list.xlsx", [(
        "3.000164", "Đăng ký nhận thông báo", "Tòa án nhân dân",
        "Tòa án nhân dân cấp cao\nTòa án nhân dân tỉnh, thành phố trực thuộc trung ương\n\n",
        "Tòa án")])
    import_file(xlsx)
    assert [a.name for a in proc("3.000164").agencies()] == [
        "Tòa án nhân dân cấp cao", "Tòa án nhân dân tỉnh, thành phố trực thuộc trung ương"]


def test_free_channels_and_online_table(app_ctx, tmp_path):
    rec = record("1.000001", cach_thuc_thuc_hien=CHANNEL_HEADER + (
        "Trực tiếp20 Ngày làm việc2,000,000 Việt Nam ĐồngTrực tuyến20 Ngày làm việc"
        "2,000,000 Việt Nam Đồng"), thanh_phan_ho_so="--" + DOC_HEADER + "Tờ khai1 bản chính")
    import_file(write_jsonl(tmp_path / "a.jsonl", [rec]))
    p = proc("1.000001")
    assert [c.fee_amount for c in p.channels] == [2_000_000, 2_000_000]
    assert p.fee_text == "2,000,000 Việt Nam Đồng"


def test_json_after_excel_fills_the_minimal_procedure(app_ctx, tmp_path):
    import_file(write_xlsx(tmp_path / "list.xlsx", [
        ("1.000001", "Tên trong danh sách", "Bộ", "Sở Tư pháp", "Hộ tịch")]))
    db.session.commit()
    assert proc("1.000001").steps == []
    report = import_file(write_jsonl(tmp_path / "a.jsonl", [record("1.000001")]))
    assert (report.created, report.updated) == (0, 1)
    p = proc("1.000001")
    assert p.name == "Đăng ký thử nghiệm" and len(p.steps) == 2 and p.source_record["ma_thu_tuc"]
    assert count(Procedure) == 1
