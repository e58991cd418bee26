"""Excel lists merge without damage, and the data-quality audit (issue 12)."""
import csv
import io

from sqlalchemy import select

from portal.accounts.models import Role
from portal.accounts.services import create_user
from portal.catalogue.models import Agency, Procedure, Status
from portal.extensions import db
from portal.imports.excel import cell_value, choose
from portal.imports.files import import_file

from .records import CHANNEL_HEADER as CH, record, write_jsonl, write_xlsx

PASSWORD = "correct horse battery staple"


def _proc(code):
    return db.session.scalar(select(Procedure).where(Procedure.code == code))


def test_the_merge_rule():
    assert cell_value("Nông nghiệp\nNông nghiệp") == "Nông nghiệp"
    assert cell_value("Trồng trọt\nTrồng trọt và bảo vệ thực vật") == \
        "Trồng trọt và bảo vệ thực vật"
    assert choose("Hộ tịch", "Hộ  tịch", True) == ("Hộ tịch", None)
    assert choose("Hoá chất", "Hóa chất", True) == ("Hoá chất", None)   # tone placement only
    assert choose("Hộ tịch", "Tư pháp", True) == ("Hộ tịch", "json")    # a real conflict
    assert choose("", "Tư pháp", True) == ("Tư pháp", None)             # fills what is empty
    assert choose("", "Tư pháp", False) == ("Tư pháp", None)


def test_excel_never_replaces_the_record_and_lists_each_conflict(runner, tmp_path):
    import_file(write_jsonl(tmp_path / "a.jsonl", [record("1.000001", "Đăng ký thử nghiệm")]))
    db.session.commit()
    xlsx = write_xlsx(tmp_path / "list.xlsx", [
        ("1.000001", "Đăng ký thử nghiệm\nĐăng ký thử nghiệm", "Bộ", "Sở Tư pháp",
         "Nông nghiệp\nNông nghiệp"),
        ("3.000285", "Thủ tục chỉ có trong danh sách", "Bộ", "Sở Nội vụ", "Nội vụ")])
    result = runner.invoke(args=["catalogue", "import", str(xlsx)])
    assert result.exit_code == 0, result.output
    rich = _proc("1.000001")
    assert rich.name == "Đăng ký thử nghiệm" and rich.field.name == "Hộ tịch"
    assert "Source conflicts (1)" in result.output
    assert "1.000001 field: JSON 'Hộ tịch' / Excel 'Nông nghiệp' -> json kept" in result.output
    assert "source_conflict" in [m.kind for m in rich.review_marks]
    # A listed code with no record: a draft that says so, not a published page.
    shell = _proc("3.000285")
    assert shell.status == Status.DRAFT and [m.kind for m in shell.review_marks] == ["listed_only"]
    assert "Listed only (1)" in result.output and "3.000285" in result.output
    assert runner.app.test_client().get("/thu-tuc/3.000285").status_code == 404
    # Its record arriving later completes and publishes it.
    import_file(write_jsonl(tmp_path / "b.jsonl", [record("3.000285", "Thủ tục đầy đủ")]))
    db.session.commit()
    shell = _proc("3.000285")
    assert shell.status == Status.PUBLISHED
    assert "listed_only" not in {m.kind for m in shell.review_marks}


def test_unknown_table_is_a_warning_with_its_line_and_in_the_audit(runner, tmp_path):
    odd = record("1.000002", cach_thuc_thuc_hien=CH + "Nộp tại quầy, lệ phí theo biểu giá",
                 co_quan_thuc_hien="Sở Tư pháp")
    path = write_jsonl(tmp_path / "a.jsonl", [record("1.000001"), odd])
    result = runner.invoke(args=["catalogue", "import", str(path)])
    assert "Warnings (1)" in result.output and "a.jsonl line 2 (1.000002)" in result.output
    result = runner.invoke(args=["catalogue", "audit", "--agency", "Sở Tư pháp"])
    assert result.exit_code == 0, result.output
    assert "Sở Tư pháp:" in result.output and "1.000002 unparsed_table" in result.output
    result = runner.invoke(args=["catalogue", "audit", "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert {(r["code"], r["kind"]) for r in rows} >= {
        ("1.000002", "unparsed_table"), ("1.000001", "missing_conditions")}


def test_staff_see_only_their_agencys_marks_and_an_edit_clears_them(client, tmp_path):
    import_file(write_jsonl(tmp_path / "a.jsonl", [
        record("1.000001", "Thủ tục của Sở Tư pháp", co_quan_thuc_hien="Sở Tư pháp"),
        record("1.000002", "Thủ tục của Sở Y tế", co_quan_thuc_hien="Sở Y tế")]))
    justice = db.session.scalar(select(Agency).where(Agency.name == "Sở Tư pháp"))
    create_user("editor@tp.gov.vn", PASSWORD, Role.EDITOR, [justice])
    db.session.commit()
    client.post("/auth/login", data={"email": "editor@tp.gov.vn", "password": PASSWORD})
    page = client.get("/can-bo/kiem-tra-du-lieu").get_data(as_text=True)
    assert "Thủ tục của Sở Tư pháp" in page and "Thủ tục của Sở Y tế" not in page
    assert "Chưa có thông tin yêu cầu, điều kiện" in page
