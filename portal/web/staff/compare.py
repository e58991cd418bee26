"""Side-by-side comparison of two versions of a record, for the conflict page."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l

from ...catalogue.services import readable

LABELS = {
    "code": _l("Mã thủ tục"), "name": _l("Tên thủ tục"), "field_id": _l("Lĩnh vực"),
    "procedure_type": _l("Loại thủ tục"), "agencies_executing": _l("Cơ quan thực hiện"),
    "agencies_competent": _l("Cơ quan có thẩm quyền"),
    "agencies_delegated": _l("Cơ quan được ủy quyền"),
    "agencies_coordinating": _l("Cơ quan phối hợp"), "tiers": _l("Cấp thực hiện"),
    "applicants": _l("Đối tượng thực hiện"), "receiving_address": _l("Địa chỉ tiếp nhận hồ sơ"),
    "time_limit_text": _l("Thời hạn giải quyết"), "time_limit_days": _l("Số ngày làm việc"),
    "fee_text": _l("Phí, lệ phí"), "result": _l("Kết quả thực hiện"),
    "conditions": _l("Yêu cầu, điều kiện"), "decision_number": _l("Số quyết định công bố"),
    "decision_date": _l("Ngày quyết định công bố"), "source_url": _l("Liên kết nguồn"),
    "online_url": _l("Liên kết nộp hồ sơ trực tuyến"), "steps": _l("Trình tự thực hiện"),
    "channels": _l("Cách thức thực hiện"), "documents": _l("Thành phần hồ sơ"),
    "legal_bases": _l("Căn cứ pháp lý"),
}


def as_text(value) -> str:
    """A value of a record as plain text (rows one per line)."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "\n".join(as_text(v) for v in value)
    if isinstance(value, dict):
        return " · ".join(as_text(v) for v in value.values() if v not in (None, ""))
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def comparison(theirs: dict, mine: dict) -> list[dict]:
    """One row per field: its label, the saved value, the editor's value, whether they differ."""
    a, b = readable(theirs), readable(mine)
    rows = []
    for key, label in LABELS.items():
        left, right = as_text(a.get(key)), as_text(b.get(key))
        rows.append({"key": key, "label": label, "theirs": left, "mine": right,
                     "differs": left != right})
    return rows
