"""The project's own demo catalogue (portal/demo/*.jsonl) is complete, clean data in the national format.

The quick start loads these files through the national-catalogue importer, so every record must
look like a record of ../shared/data/dvcqg-catalogue-2026-07.jsonl.gz (same keys, same run-together
table shapes) and be complete, NFC, marked as demo data, with a unique national-form code.
"""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from urllib.parse import urlparse

import pytest

DEMO_DIR = Path(__file__).resolve().parents[1] / "portal" / "demo"
DEMO_FILES = sorted(DEMO_DIR.glob("*.jsonl"))
MINIMUM_TOTAL = 150  # issue 2 §4: at least 150 of the procedures citizens and businesses use most

NATIONAL_KEYS = (
    "source_group", "ma_thu_tuc", "detail_url", "formality_id", "ten_thu_tuc", "so_quyet_dinh",
    "cap_thuc_hien", "loai_thu_tuc", "linh_vuc", "doi_tuong_thuc_hien", "co_quan_co_tham_quyen",
    "dia_chi_tiep_nhan", "co_quan_duoc_uy_quyen", "co_quan_phoi_hop", "thu_tuc_lien_quan",
    "trinh_tu_thuc_hien", "cach_thuc_thuc_hien", "thanh_phan_ho_so", "can_cu_phap_ly",
    "co_quan_thuc_hien", "yeu_cau_dieu_kien", "ket_qua_xu_ly", "raw_text",
)
OPTIONAL_KEYS = ("url_nop_truc_tuyen",)
# The parts of the record (DESIGN.md §1) that a complete procedure cannot leave blank.
MUST_BE_FILLED = (
    "source_group", "ma_thu_tuc", "ten_thu_tuc", "so_quyet_dinh", "cap_thuc_hien", "loai_thu_tuc",
    "linh_vuc", "doi_tuong_thuc_hien", "co_quan_thuc_hien", "trinh_tu_thuc_hien",
    "cach_thuc_thuc_hien", "thanh_phan_ho_so", "can_cu_phap_ly", "yeu_cau_dieu_kien",
    "ket_qua_xu_ly", "raw_text",
)
NO_INFO = "Không có thông tin"
CODE = re.compile(r"\d\.\d{6}")
TIERS = {"Cấp bộ", "Cấp tỉnh", "Cấp xã", "Cơ quan khác"}
CHANNELS = ("Trực tiếp", "Trực tuyến", "Dịch vụ bưu chính")
CHANNEL_HEADER = "Hình thức nộpThời gianPhí, lệ phíMô tả"
DOSSIER_HEADER = "Tên giấy tờMẫu đơn, tờ khaiSố lượng"
LEGAL_HEADER = "Tên văn bản pháp lýMã văn bản"
DOCUMENT_NUMBER = re.compile(r"\d+/\d{4}/[A-ZĐ]")  # 60/2014/QH13, 123/2015/NĐ-CP, 04/2020/TT-BTP


def _load(path: Path) -> list[dict]:
    """Parse one demo file, failing with the line number of the first bad line."""
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf"), f"{path.name} starts with a byte-order mark"
    records = []
    for number, line in enumerate(raw.decode("utf-8").splitlines(), 1):
        assert line.strip(), f"{path.name}:{number} is blank"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            pytest.fail(f"{path.name}:{number} is not valid JSON: {exc}")
        assert isinstance(record, dict), f"{path.name}:{number} is not a JSON object"
        records.append(record)
    return records


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _problems(record: dict) -> list[str]:
    """Everything wrong with one record, as short messages."""
    problems = []
    keys = set(record)
    missing = [k for k in NATIONAL_KEYS if k not in keys]
    unknown = keys - set(NATIONAL_KEYS) - set(OPTIONAL_KEYS) - {"demo"}
    if missing:
        problems.append(f"missing keys {missing}")
    if unknown:
        problems.append(f"unknown keys {sorted(unknown)}")
    if record.get("demo") is not True:
        problems.append("not marked demo: true")
    for key in NATIONAL_KEYS + OPTIONAL_KEYS:
        if key in record and not isinstance(record[key], str):
            problems.append(f"{key} is not a string")
    if problems:
        return problems
    if not CODE.fullmatch(record["ma_thu_tuc"]):
        problems.append(f"code {record['ma_thu_tuc']!r} is not in the national form D.DDDDDD")
    for key in MUST_BE_FILLED:
        value = record[key].strip()
        if not value or (value == NO_INFO and key != "yeu_cau_dieu_kien"):
            problems.append(f"{key} is empty")
    if any(s != unicodedata.normalize("NFC", s) for s in _strings(record)):
        problems.append("text is not NFC")
    tiers = {t.strip() for t in record["cap_thuc_hien"].split(",")}
    if not tiers <= TIERS:
        problems.append(f"unknown tiers {sorted(tiers - TIERS)}")
    problems.extend(_table_problems(record))
    if f"Mã thủ tục{record['ma_thu_tuc']}" not in record["raw_text"]:
        problems.append("raw_text does not carry 'Mã thủ tục<code>'")
    for key in ("detail_url", "url_nop_truc_tuyen"):
        url = record.get(key, "")
        if url and (urlparse(url).scheme not in ("http", "https") or not urlparse(url).netloc):
            problems.append(f"{key} is not an http(s) link: {url!r}")
    if record.get("url_nop_truc_tuyen") and "Trực tuyến" not in record["cach_thuc_thuc_hien"]:
        problems.append("has an online-submission link but no 'Trực tuyến' channel")
    return problems


def _table_problems(record: dict) -> list[str]:
    """The run-together tables must have the national data's shape, or the importer cannot split them."""
    problems = []
    channels = record["cach_thuc_thuc_hien"]
    if not channels.startswith(CHANNEL_HEADER) or not any(c in channels for c in CHANNELS):
        problems.append("cach_thuc_thuc_hien lacks the channel table header or any channel row")
    dossier = record["thanh_phan_ho_so"]
    if DOSSIER_HEADER not in dossier or not re.search(r"\d+ bản chính", dossier):
        problems.append("thanh_phan_ho_so lacks the document table header or any 'N bản chính' count")
    legal = record["can_cu_phap_ly"]
    if not legal.startswith(LEGAL_HEADER) or not DOCUMENT_NUMBER.search(legal):
        problems.append("can_cu_phap_ly lacks the legal table header or any document number")
    if not re.match(r"\s*[-+]?\s*(Bước|a\))", record["trinh_tu_thuc_hien"]):
        problems.append("trinh_tu_thuc_hien does not start with its first step")
    return problems


def test_there_is_a_demo_catalogue():
    assert DEMO_FILES, f"no demo catalogue files in {DEMO_DIR}"


@pytest.mark.parametrize("path", DEMO_FILES, ids=lambda p: p.name)
def test_every_demo_record_is_complete_and_clean(path):
    records = _load(path)
    assert records, f"{path.name} is empty"
    bad = {}
    for number, record in enumerate(records, 1):
        problems = _problems(record)
        if problems:
            bad[f"line {number} ({record.get('ma_thu_tuc', '?')})"] = problems
    assert not bad, f"{path.name}: {len(bad)} incomplete records: {bad}"


def test_codes_are_unique_across_all_demo_files():
    seen: dict[str, str] = {}
    duplicates = []
    for path in DEMO_FILES:
        for number, record in enumerate(_load(path), 1):
            code = record.get("ma_thu_tuc")
            where = f"{path.name}:{number}"
            if code in seen:
                duplicates.append(f"{code} at {seen[code]} and {where}")
            seen.setdefault(code, where)
    assert not duplicates, duplicates


def test_the_merged_demo_catalogue_has_enough_procedures():
    names = {p.name for p in DEMO_FILES}
    # The package ships both files: one missing is a broken package, not a reason to skip.
    assert {"catalogue-a.jsonl", "catalogue-b.jsonl"} <= names, names
    total = sum(len(_load(p)) for p in DEMO_FILES)
    assert total >= MINIMUM_TOTAL, f"only {total} demo procedures; the quick start promises {MINIMUM_TOTAL}"
