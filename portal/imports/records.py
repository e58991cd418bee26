"""One national record (a dict from a JSON line) -> a normalised payload.

The payload is plain JSON data (so it can be hashed and compared): every text
in NFC with stray whitespace trimmed, every table parsed into rows. Markup in
the text is kept verbatim; escaping is the templates' job.
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass

from ..catalogue.models import ChannelKind
from ..catalogue.rules import CODE_PATTERN_SHORTEST, is_code
from ..vntext import clean_line, clean_source_line
from .parsers import (
    parse_agencies, parse_applicants, parse_result, parse_steps, parse_tiers,
    steps_labelled, text_or_empty,
)
from .defects import record_defects
from .tables import counted_remark, parse_channels, parse_documents, parse_legal_basis

# Bump when the parsing changes, so that a re-import rewrites every record.
PARSER_VERSION = 7

AGENCY_FIELDS = {
    "executing": "co_quan_thuc_hien",
    "competent": "co_quan_co_tham_quyen",
    "delegated": "co_quan_duoc_uy_quyen",
    "coordinating": "co_quan_phoi_hop",
}

# Lazy, so that "…H01Số quyết định" does not lend the code an "S".
_PAGE_CODE = re.compile(rf"Mã thủ tục\s*({CODE_PATTERN_SHORTEST})"
                        r"(?=Số quyết định|[^0-9A-Za-z.]|$)")


# "toàn trình" has a single tone placement, so NFC text is enough (fold() over
# every raw_text would cost seconds on the national file).
_FULLY_ONLINE = re.compile(r"toàn\s+trình", re.I)


class RecordError(ValueError):
    """The record cannot be imported; the message says why."""


@dataclass(frozen=True)
class CodeMismatch:
    line: int
    listed: str
    page: str
    chosen: str
    name: str


def page_code(raw_text: str | None) -> str | None:
    """The code the detail page itself prints after ``Mã thủ tục``."""
    match = _PAGE_CODE.search(raw_text or "")
    return match.group(1) if match else None


def resolve_code(record: dict, line: int) -> tuple[str, CodeMismatch | None]:
    """The code a record is filed under, and the mismatch when there was one.

    Rule: the record's content (name, steps, tables, raw_text) was read from
    its detail page, and that page prints its own code after ``Mã thủ tục``.
    When the listing code (``ma_thu_tuc``) differs, the content describes the
    page's procedure, not the listed one: in the national file every such
    record shares its detail page with other listing codes (ten codes point to
    one page, seven to another), so only the page code is supported by the
    content. The page code wins; the listing code is reported.
    """
    listed = clean_line(str(record.get("ma_thu_tuc") or ""))
    on_page = page_code(record.get("raw_text"))
    if on_page and listed and on_page != listed and is_code(on_page):
        name = clean_source_line(record.get("ten_thu_tuc"))
        return on_page, CodeMismatch(line, listed, on_page, on_page, name)
    return listed, None


def _summary_time(channels: list[dict]) -> tuple[str, float | None]:
    """The procedure's time limit: the channels' own when they agree; when
    they differ, the range (one unit) or each channel's (several units).
    The figure in working days is given only when every channel counts in
    working days (the longest: what a citizen may have to wait)."""
    timed = [row for row in channels if row["time_limit_text"]]
    texts = list(dict.fromkeys(row["time_limit_text"] for row in timed))
    units = {row["time_limit_unit"] for row in timed}
    values = [row["time_limit_value"] for row in timed]
    days = (max(values) if timed and units == {"working_day"} and None not in values else None)
    if len(texts) <= 1:
        return (texts[0] if texts else ""), days
    if len(units) == 1 and None not in values and None not in units:
        unit_text = re.sub(r"^[\d.,]+\s*", "", timed[0]["time_limit_text"])
        return f"{_number(min(values))}–{_number(max(values))} {unit_text}", days
    return "; ".join(f"{row['kind_text']}: {row['time_limit_text']}" for row in timed), days


def _number(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


def _summary_fee(channels: list[dict]) -> str:
    fees: list[str] = []
    for row in channels:
        if row["fee_text"] and row["fee_text"] not in fees:
            fees.append(row["fee_text"])
    return "\n".join(fees)


def _rows(items) -> list[dict]:
    out = []
    for item in items:
        row = dict(vars(item))  # flat dataclasses: vars() is asdict() without the deep copy
        for key, value in row.items():
            if isinstance(value, ChannelKind):
                row[key] = value.value
            elif hasattr(value, "isoformat"):
                row[key] = value.isoformat()
        out.append(row)
    return out


def check_record(record: dict, code: str) -> None:
    """Raise RecordError when the record cannot be imported under ``code``."""
    if not is_code(code):
        raise RecordError(f"malformed code {code!r} (expected D.DDDDDD)" if code
                          else "missing code")
    if text_or_empty(clean_line(record.get("ten_thu_tuc"))) == "":
        raise RecordError("empty name")


def review_marks(payload: dict) -> list[tuple[str, str]]:
    """What in a parsed record needs a human look, as (kind, detail): the
    one place that decides which record is marked (issue 12)."""
    marks = [("unparsed_table", "cach_thuc_thuc_hien: " + row["description"][:200])
             for row in payload["channels"] if row["unparsed"]]
    marks += [("unparsed_table", "thanh_phan_ho_so: " + doc["name"][:200])
              for doc in payload["documents"] if doc.get("unparsed")]
    marks += [("remark_with_quantity", "thanh_phan_ho_so: " + doc["name"][:200])
              for doc in payload["documents"] if counted_remark(doc)]
    marks += [("disputed_fee", f"{row['kind_text']}: {row['fee_text'][:200]}")
              for row in payload["channels"] if row["fee_disputed"]]
    marks += [("suspicious_legal_number", row["title"][:200])
              for row in payload["legal_bases"] if row["unparsed"]]
    if payload["conditions"] is None:
        marks.append(("missing_conditions", "yeu_cau_dieu_kien"))
    if payload["result"] is None:
        marks.append(("missing_result", "ket_qua_xu_ly"))
    if not payload["documents"]:
        marks.append(("missing_documents", "thanh_phan_ho_so"))
    return marks


def _or_unknown(text: str) -> str | None:
    """None for a field the source leaves unstated ("Không có thông tin" or
    empty): unknown is not "none" (issue 12)."""
    return text or None


_STEPS_HEADING = "Trình Tự Thực Hiện"
_CHANNELS_HEADING = "Cách Thức Thực Hiện"
_DOSSIER_HEADING = "Thành phần hồ sơ"
_LEGAL_HEADING = "Căn cứ pháp lý"


def repair_cut(record: dict) -> dict:
    """The record with its steps and dossier read again from ``raw_text`` when
    the crawler cut them at the words "Thành phần hồ sơ" inside a step
    (``… theo quy định tại điểm 1 mục`` / ``Thành phần hồ sơ; nộp hồ sơ …``):
    the dossier field then holds the rest of the steps and no table. The page
    prints the sections in one order (steps, channels, dossier, legal basis),
    so each is the text between its heading and the next. Any other record,
    or one whose page does not show that order, is returned as it is."""
    steps, dossier = str(record.get("trinh_tu_thuc_hien") or ""), str(
        record.get("thanh_phan_ho_so") or "")
    raw = str(record.get("raw_text") or "")
    if "Tên giấy tờMẫu đơn, tờ khaiSố lượng" in dossier or not steps.strip() or not dossier.strip():
        return record
    cut = re.search(re.escape(steps.strip()[-60:]) + r"\s*" + _DOSSIER_HEADING + r"\s*"
                    + re.escape(dossier.strip()[:40]), raw)
    begin = raw.find(steps.strip()[:60])
    channels = raw.find(_CHANNELS_HEADING, cut.end()) if cut else -1
    table = raw.find(_DOSSIER_HEADING, channels) if channels >= 0 else -1
    end = raw.find(_LEGAL_HEADING, table) if table >= 0 else -1
    if not cut or not 0 <= begin <= cut.start() or end < 0:
        return record
    found = raw[table + len(_DOSSIER_HEADING):end]
    if "Tên giấy tờMẫu đơn, tờ khaiSố lượng" not in found:
        return record
    return {**record, "trinh_tu_thuc_hien": raw[begin:channels], "thanh_phan_ho_so": found}


def normalise_record(record: dict, code: str) -> dict:
    """The normalised payload of a national record filed under ``code``."""
    check_record(record, code)
    record = repair_cut(record)
    name = clean_source_line(record.get("ten_thu_tuc"))
    channels = _rows(parse_channels(record.get("cach_thuc_thuc_hien")))
    time_text, days = _summary_time(channels)
    preamble, steps = parse_steps(record.get("trinh_tu_thuc_hien"))
    payload = {
        "code": code,
        "name": name,
        "field": clean_source_line(text_or_empty(record.get("linh_vuc"))),
        "procedure_type": text_or_empty(record.get("loai_thu_tuc")),
        "receiving_address": text_or_empty(record.get("dia_chi_tiep_nhan")),
        "result": _or_unknown(parse_result(record.get("ket_qua_xu_ly"))),
        "conditions": _or_unknown(text_or_empty(record.get("yeu_cau_dieu_kien"))),
        "time_limit_text": time_text,
        "time_limit_days": days,
        "fee_text": _summary_fee(channels),
        "decision_number": clean_line(text_or_empty(record.get("so_quyet_dinh"))),
        "source_url": clean_line(record.get("detail_url")),
        "source_group": clean_line(record.get("source_group")),
        "online_url": clean_line(record.get("url_nop_truc_tuyen")),
        "is_demo": record.get("demo") is True,
        "agencies": {role: parse_agencies(record.get(key)) for role, key in AGENCY_FIELDS.items()},
        "tiers": [t.value for t in parse_tiers(record.get("cap_thuc_hien"))],
        "applicants": [a.value for a in parse_applicants(record.get("doi_tuong_thuc_hien"))],
        "steps_preamble": preamble,
        "steps_labelled": steps_labelled(steps),
        "steps": steps,
        "channels": channels,
        "documents": _rows(parse_documents(record.get("thanh_phan_ho_so"))),
        "legal_bases": _rows(parse_legal_basis(record.get("can_cu_phap_ly"))),
        "fully_online": any(_FULLY_ONLINE.search(unicodedata.normalize("NFC", str(
            record.get(k) or ""))) for k in ("cach_thuc_thuc_hien", "raw_text")),
    }
    payload["marks"] = review_marks(payload) + [
        (_DEFECT_KIND.get(name, "unparsed_table"), f"{name}: {detail}"[:300])
        for name, detail in record_defects(record, payload)]
    return payload


# A defect signature the parser could not avoid (issue 12) is a reason to look.
_DEFECT_KIND = {"legal_cut_title": "suspicious_legal_number",
                "legal_implausible_number": "suspicious_legal_number",
                "fee_bold_differs_from_text": "disputed_fee", "fee_amount_lost": "disputed_fee"}


def _normal(value):
    if isinstance(value, str):
        text = unicodedata.normalize("NFC", value)  # str.split: C speed on long raw_text
        return "\n".join(" ".join(line.split()) for line in text.split("\n")).strip()
    return value


def content_hash(record: dict, code: str) -> str:
    """A stable hash of the record's normalised content (NFC, spaces trimmed),
    of the code it is filed under and of the parser version.

    Hashing the normalised source rather than the parsed payload gives the
    same answer (the payload is a function of both) and lets an unchanged
    record be skipped before it is parsed: a re-import of the national file
    then takes about a second.
    """
    content = {key: _normal(value) for key, value in record.items()}
    blob = json.dumps([PARSER_VERSION, code, content], sort_keys=True, ensure_ascii=False,
                      default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def infer_level(payload: dict) -> int:
    """The service level a record supports: the one place this rule lives.

    4: the record says the service is fully online (``toàn trình``, Nghị định
       42/2022 maps it to level 4);
    3: it lists an online channel (``Trực tuyến``) or an online-submission link;
    2: it offers a downloadable form (a dossier document with a form file);
    1: information only.
    """
    if payload.get("fully_online"):
        return 4
    if payload.get("online_url") or any(
            row["kind"] == ChannelKind.ONLINE.value for row in payload.get("channels", ())):
        return 3
    if any(doc.get("form") for doc in payload.get("documents", ())):
        return 2
    return 1
