"""Synthetic records in the national JSON-lines format, written for the tests
(shapes taken from the real dump; no real record is copied)."""
from __future__ import annotations

import json
from pathlib import Path

CHANNEL_HEADER = "Hình thức nộpThời gianPhí, lệ phíMô tả"
DOC_HEADER = "Tên giấy tờMẫu đơn, tờ khaiSố lượng"
LEGAL_HEADER = "Tên văn bản pháp lýMã văn bản"


def record(code: str = "1.000001", name: str = "Đăng ký thử nghiệm", **overrides) -> dict:
    """A complete record; ``overrides`` replace any field."""
    rec = {
        "source_group": "bo-thu-nghiem",
        "ma_thu_tuc": code,
        "detail_url": f"https://example.test/thu-tuc/{code}",
        "formality_id": "",
        "ten_thu_tuc": name,
        "so_quyet_dinh": "123/QĐ-BTN",
        "cap_thuc_hien": "Cấp tỉnh, Cấp xã",
        "loai_thu_tuc": "TTHC được giao luật quy định chi tiết",
        "linh_vuc": "Hộ tịch",
        "doi_tuong_thuc_hien": "Công dân Việt Nam, Doanh nghiệp",
        "co_quan_co_tham_quyen": "Ủy ban nhân dân cấp tỉnh",
        "dia_chi_tiep_nhan": "",
        "co_quan_duoc_uy_quyen": "",
        "co_quan_phoi_hop": "",
        "thu_tuc_lien_quan": "Không có thông tin",
        "trinh_tu_thuc_hien": "Bước 1: Nộp hồ sơ.\nBước 2: Nhận kết quả.",
        "cach_thuc_thuc_hien": CHANNEL_HEADER + "Trực tiếp5 Ngày làm việcMiễn phí",
        "thanh_phan_ho_so": "--" + DOC_HEADER + "Tờ khai đăng ký1 bản chính",
        "can_cu_phap_ly": LEGAL_HEADER + "Luật Thử nghiệm99/2020/QH14",
        "co_quan_thuc_hien": "Sở Tư pháp",
        "yeu_cau_dieu_kien": "Không có thông tin",
        "ket_qua_xu_ly": "Giấy chứng nhậnMã: KQ.G01.000001Từ khóaKhông có thông tin",
        "raw_text": f"{name}Tên thủ tục{name}Mã thủ tục{code}Số quyết định123/QĐ-BTN",
    }
    rec.update(overrides)
    return rec


def write_jsonl(path: Path, lines: list) -> Path:
    """Write records (dicts) or raw strings, one per line."""
    with open(path, "w", encoding="utf-8") as handle:
        for line in lines:
            handle.write(line if isinstance(line, str) else json.dumps(line, ensure_ascii=False))
            handle.write("\n")
    return path


def write_xlsx(path: Path, rows: list[tuple]) -> Path:
    """An Excel list in the national layout: title block, header, rows."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Danh sách TTHC"
    sheet.append(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nDANH SÁCH THỦ TỤC HÀNH CHÍNH"])
    sheet.append(["Mã số", "Tên", "Cơ quan ban hành", "Cơ quan thực hiện", "Lĩnh vực"])
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path
