"""Human labels, in both languages, for the internal words staff pages would otherwise show:
statuses, roles, the audit trail's actions, field names and values ("published", "admin",
"form_add", "effective_date", "None" …)."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l

STATUSES = {"draft": _l("Bản nháp"), "published": _l("Đã công bố"), "rescinded": _l("Đã bãi bỏ")}
USER_ROLES = {"admin": _l("Quản trị viên"), "editor": _l("Cán bộ biên tập")}
VIA = {"web": _l("trang cán bộ"), "api": _l("API"), "cli": _l("dòng lệnh")}
AUDIT_ACTIONS = {
    "create": _l("Tạo mới"), "update": _l("Sửa nội dung"), "publish": _l("Công bố"),
    "rescind": _l("Bãi bỏ"), "level": _l("Thay đổi mức độ"), "form_add": _l("Thêm biểu mẫu"),
    "form_replace": _l("Thay biểu mẫu"), "form_remove": _l("Gỡ biểu mẫu"),
    "no_form_required": _l("Đánh dấu không cần biểu mẫu"), "verify": _l("Xác nhận chính xác"),
    "enable": _l("Kích hoạt tài khoản"), "disable": _l("Vô hiệu hóa tài khoản"),
    "change_password": _l("Đổi mật khẩu"),
}
AUDIT_FIELDS = {
    "code": _l("Mã thủ tục"), "name": _l("Tên"), "field_id": _l("Lĩnh vực"),
    "procedure_type": _l("Loại thủ tục"), "receiving_address": _l("Địa chỉ tiếp nhận hồ sơ"),
    "time_limit_text": _l("Thời hạn giải quyết"), "time_limit_days": _l("Số ngày làm việc"),
    "fee_text": _l("Phí, lệ phí"), "result": _l("Kết quả thực hiện"),
    "conditions": _l("Yêu cầu, điều kiện"), "decision_number": _l("Số quyết định công bố"),
    "decision_date": _l("Ngày quyết định công bố"), "source_url": _l("Liên kết nguồn"),
    "online_url": _l("Liên kết nộp hồ sơ trực tuyến"), "steps": _l("Trình tự thực hiện"),
    "channels": _l("Cách thức thực hiện"), "documents": _l("Thành phần hồ sơ"),
    "legal_bases": _l("Căn cứ pháp lý"), "tiers": _l("Cấp thực hiện"),
    "applicants": _l("Đối tượng thực hiện"), "agencies_executing": _l("Cơ quan thực hiện"),
    "agencies_competent": _l("Cơ quan có thẩm quyền"),
    "agencies_delegated": _l("Cơ quan được ủy quyền"),
    "agencies_coordinating": _l("Cơ quan phối hợp"), "status": _l("Trạng thái"),
    "level": _l("Mức độ hiện tại"), "effective_date": _l("Ngày hiệu lực"),
    "level_recorded": _l("Mức độ ghi nhận (trước → sau)"), "no_form_required":
        _l("Không yêu cầu biểu mẫu"), "email": _l("Thư điện tử"), "role": _l("Vai trò"),
    "agencies": _l("Cơ quan"), "active": _l("Đang hoạt động"), "form": _l("Biểu mẫu"),
    "display_name": _l("Tên tệp"),
}
_VALUES = {**STATUSES, **USER_ROLES}


def audit_value(value) -> str:
    """A value from the audit trail as a person reads it: no "None", "True", "published"."""
    if value is None or value == "" or value == []:
        return "—"
    if value is True:
        return str(_l("Có"))
    if value is False:
        return str(_l("Không"))
    if isinstance(value, list):
        return "; ".join(audit_value(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{audit_value(k)}: {audit_value(v)}" for k, v in value.items())
    return str(_VALUES.get(value, value)) if isinstance(value, str) else str(value)


def label(table: dict, key) -> str:
    """``table[key]`` in the page's language, or the key itself when it has no label."""
    found = table.get(key)
    return str(found) if found is not None else str(key)
