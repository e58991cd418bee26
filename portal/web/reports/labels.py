"""Display names for enum values and measures (Vietnamese msgids)."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l

from ...levels.models import TargetMeasure

TIERS = {"bo": _l("Cấp bộ"), "tinh": _l("Cấp tỉnh"), "huyen": _l("Cấp huyện"),
         "xa": _l("Cấp xã"), "khac": _l("Cơ quan khác")}
APPLICANTS = {"cong_dan": _l("Công dân"), "nguoi_nuoc_ngoai": _l("Người nước ngoài"),
              "doanh_nghiep": _l("Doanh nghiệp"), "to_chuc": _l("Tổ chức"), "khac": _l("Khác")}
MEASURES = {TargetMeasure.LEVEL4: _l("Tỉ lệ mức 4"),
            TargetMeasure.LEVEL3_UP: _l("Tỉ lệ mức 3 trở lên"),
            TargetMeasure.FULLY_ONLINE: _l("Tỉ lệ trực tuyến toàn trình")}
SCHEME = {"full": _l("Toàn trình"), "partial": _l("Một phần"), "info": _l("Chỉ cung cấp thông tin")}
INTERVALS = {"month": _l("Tháng"), "quarter": _l("Quý"), "year": _l("Năm")}
GROUPINGS = {"agency": _l("Cơ quan thực hiện"), "field": _l("Lĩnh vực"),
             "tier": _l("Cấp thực hiện"), "applicant": _l("Đối tượng")}


def group_label(group_by: str, key, label: str) -> str:
    """The name to show for a group: stored names as they are, enum values translated."""
    if group_by == "tier":
        return str(TIERS.get(key, key))
    if group_by == "applicant":
        return str(APPLICANTS.get(key, key))
    return label
