"""What a citizen reads is what the official record says (issue 12): units,
unknowns, disputed fees, notes and steps, through the importer to the API and page."""
from sqlalchemy import select

from portal.catalogue.models import Procedure, ReviewMark
from portal.extensions import db
from portal.imports.files import import_file

from .records import CHANNEL_HEADER as CH, DOC_HEADER as DH, LEGAL_HEADER as LH
from .records import record, write_jsonl

TRICKY = record(
    "1.000030", "Cấp phép thử nghiệm đủ loại",
    cach_thuc_thuc_hien=CH + "Trực tiếp30 NgàyMiễn phí(cấp lại thu 600.000 đồng/lần)"
                             "Trực tuyến20 Ngày200,000 Việt Nam Đồng(200.000 đồng/hồ sơ)"
                             "Dịch vụ bưu chính6 Tháng200,000 Việt Nam Đồng",
    thanh_phan_ho_so="--" + DH + "Đơn đề nghị theo Mẫu số 051 bản chính"
                     "* Lưu ý: mang theo căn cước khi nhận kết quả0 bản chính",
    can_cu_phap_ly=LH + "Luật 51/2019/QH1451/2019/QH14",
    trinh_tu_thuc_hien="Trường hợp cấp mới Bước 1: Nộp đơn.\nBước 2: Nhận kết quả.",
    yeu_cau_dieu_kien="Không có thông tin", ket_qua_xu_ly="")


def _import(tmp_path, *records):
    report = import_file(write_jsonl(tmp_path / "a.jsonl", list(records)))
    db.session.commit()
    return report


def test_api_gives_units_nulls_and_flags(client, tmp_path):
    _import(tmp_path, TRICKY)
    body = client.get("/api/v1/procedures/1.000030").get_json()
    assert [(c["time_limit_value"], c["time_limit_unit"], c["working_days"])
            for c in body["channels"]] == [(30, "day", None), (20, "day", None), (6, "month", None)]
    assert [(c["fee_amount"], c["fee_disputed"]) for c in body["channels"]] == [
        (None, True), (200_000, False), (200_000, False)]
    assert body["conditions"] is None and body["result"] is None
    # Channels differ: the summary gives each, never only the first one's.
    assert body["time_limit_text"] == "Trực tiếp: 30 Ngày; Trực tuyến: 20 Ngày; " \
                                      "Dịch vụ bưu chính: 6 Tháng"
    assert body["time_limit_days"] is None
    assert [(d["name"], d["originals"], d["is_note"]) for d in body["documents"]] == [
        ("Đơn đề nghị theo Mẫu số 05", 1, False),
        ("* Lưu ý: mang theo căn cước khi nhận kết quả", 0, True)]
    assert body["legal_basis"][0]["number"] == "51/2019/QH14"
    assert body["steps_preamble"] == "Trường hợp cấp mới"
    assert body["steps"] == ["Bước 1: Nộp đơn.", "Bước 2: Nhận kết quả."]
    assert {"disputed_fee", "missing_conditions", "missing_result"} <= set(body["review_flags"])


def test_page_says_unknown_shows_no_disputed_figure_and_numbers_steps_once(client, tmp_path):
    _import(tmp_path, TRICKY)
    page = client.get("/thu-tuc/1.000030").get_data(as_text=True)
    assert "Chưa có thông tin" in page and "Không có yêu cầu, điều kiện riêng" not in page
    assert "<strong>0 ₫</strong>" not in page and "không khớp" in page
    assert '<ul class="steps">' in page and "<p class=\"text\">Trường hợp cấp mới</p>" in page
    assert "30 Ngày" in page and "30 ngày làm việc" not in page


def test_same_calendar_unit_gives_a_range(client, tmp_path):
    rec = record("1.000031", "Thử khoảng thời hạn",
                 cach_thuc_thuc_hien=CH + "Trực tiếp20 Ngày làm việcMiễn phí"
                                          "Trực tuyến15 Ngày làm việcMiễn phí")
    _import(tmp_path, rec)
    body = client.get("/api/v1/procedures/1.000031").get_json()
    assert body["time_limit_text"] == "15–20 Ngày làm việc" and body["time_limit_days"] == 20


def test_a_staff_edit_clears_the_marks_and_a_reimport_leaves_it_alone(app_ctx, tmp_path):
    from portal.accounts.models import Role
    from portal.accounts.services import create_user
    from portal.workflows.services import snapshot, update_procedure

    _import(tmp_path, TRICKY)
    proc = db.session.scalar(select(Procedure).where(Procedure.code == "1.000030"))
    assert proc.review_marks
    admin = create_user("admin@tinh.gov.vn", "correct horse battery staple", Role.ADMIN)
    data = snapshot(proc)
    data["conditions"] = "Không có yêu cầu, điều kiện riêng."
    update_procedure(proc, data, proc.version, admin)
    db.session.commit()
    assert db.session.scalars(select(ReviewMark).where(
        ReviewMark.procedure_id == proc.id)).all() == []
    # Same source, new parser: the staff's text stays, the record is listed.
    from portal.imports import records
    old = records.PARSER_VERSION
    records.PARSER_VERSION = old + 100
    try:
        report = _import(tmp_path, TRICKY)
    finally:
        records.PARSER_VERSION = old
    assert report.staff_kept == ["1.000030"]
    db.session.expire_all()
    assert db.session.get(Procedure, proc.id).conditions == "Không có yêu cầu, điều kiện riêng."


ISSUED = record(
    "1.000032", "Thử căn cứ có ngày và cơ quan ban hành",
    can_cu_phap_ly=LH + "Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định mẫu"
                        "123/2015/NĐ-CP"
                        "Thông tư sửa đổi Thông tư số 04/2020/TT-BTP ngày 28/5/2020 của Bộ trưởng"
                        " Bộ Tư pháp09/2024/TT-BTP")


def test_legal_rows_carry_their_own_issuer_and_date_or_null(client, tmp_path):
    _import(tmp_path, ISSUED)
    body = client.get("/api/v1/procedures/1.000032").get_json()
    assert [(b["number"], b["issued_on"], b["issuer"]) for b in body["legal_basis"]] == [
        ("123/2015/NĐ-CP", "2015-11-15", "Chính phủ"),
        # The date and issuer in this title are those of the circular it amends.
        ("09/2024/TT-BTP", None, None)]
    page = client.get("/thu-tuc/1.000032").get_data(as_text=True)
    assert "do Chính phủ ban hành" in page and '<time datetime="2015-11-15">' in page
    assert page.count("ban hành)") == 1
    lines = client.get("/api/v1/exports/procedures.jsonl").get_data(as_text=True).splitlines()
    import json
    exported = next(json.loads(line) for line in lines if '"1.000032"' in line)
    assert [(b["issued_on"], b["issuer"]) for b in exported["legal_basis"]] == [
        ("2015-11-15", "Chính phủ"), (None, None)]
    graph = client.get("/api/v1/exports/procedures.jsonld").get_json()
    nodes = graph["@graph"] if "@graph" in graph else graph
    service = next(n for n in nodes if n.get("identifier") == "1.000032")
    first, second = service["hasLegalResource"]
    assert first["passedBy"]["prefLabel"] == "Chính phủ" and first["dateDocument"] == "2015-11-15"
    assert "passedBy" not in second and "dateDocument" not in second


def test_flat_exports_give_issuer_and_date_beside_the_title(client, tmp_path):
    _import(tmp_path, ISSUED)
    text = client.get("/api/v1/exports/procedures.csv").get_data(as_text=True)
    assert ("123/2015/NĐ-CP Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định"
            " mẫu | 2015-11-15 | Chính phủ") in text
    assert "09/2024/TT-BTP Thông tư sửa đổi" in text and "Bộ Tư pháp | " not in text
