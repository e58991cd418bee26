"""Translatable labels of the catalogue's enumerations (msgids in Vietnamese)."""
from flask_babel import lazy_gettext as _l

from ..catalogue.models import AgencyRole, Applicant, ChannelKind, Tier
from .safety import bounded_int

TIERS = {
    Tier.CENTRAL.value: _l("Cấp bộ"),
    Tier.PROVINCE.value: _l("Cấp tỉnh"),
    Tier.DISTRICT.value: _l("Cấp huyện"),
    Tier.COMMUNE.value: _l("Cấp xã"),
    Tier.OTHER.value: _l("Cơ quan khác"),
}

APPLICANTS = {
    Applicant.CITIZEN.value: _l("Công dân Việt Nam"),
    Applicant.FOREIGNER.value: _l("Người nước ngoài"),
    Applicant.BUSINESS.value: _l("Doanh nghiệp"),
    Applicant.ORGANISATION.value: _l("Tổ chức"),
    Applicant.OTHER.value: _l("Đối tượng khác"),
}

CHANNELS = {
    ChannelKind.IN_PERSON.value: _l("Trực tiếp"),
    ChannelKind.ONLINE.value: _l("Trực tuyến"),
    ChannelKind.POST.value: _l("Dịch vụ bưu chính"),
    ChannelKind.OTHER.value: _l("Cách khác"),
}

ROLES = {
    AgencyRole.EXECUTING.value: _l("Cơ quan thực hiện"),
    AgencyRole.COMPETENT.value: _l("Cơ quan có thẩm quyền"),
    AgencyRole.DELEGATED.value: _l("Cơ quan được ủy quyền"),
    AgencyRole.COORDINATING.value: _l("Cơ quan phối hợp"),
}

FACET_TITLES = {
    "agency": _l("Cơ quan thực hiện"),
    "field": _l("Lĩnh vực"),
    "level": _l("Mức độ"),
    "tier": _l("Cấp thực hiện"),
    "applicant": _l("Đối tượng thực hiện"),
}

# What each level means for the citizen (Nghị định 43/2011/NĐ-CP, Điều 3).
LEVEL_NAMES = {
    1: _l("Mức độ 1"), 2: _l("Mức độ 2"), 3: _l("Mức độ 3"), 4: _l("Mức độ 4"),
}
LEVEL_MEANINGS = {
    1: _l("Có đầy đủ thông tin về thủ tục. Bạn nộp hồ sơ trực tiếp tại cơ quan."),
    2: _l("Có thể tải mẫu đơn, tờ khai về điền sẵn. Hồ sơ vẫn nộp trực tiếp hoặc qua bưu chính."),
    3: _l("Bạn điền và nộp hồ sơ trực tuyến. Phí, lệ phí nộp và kết quả nhận tại cơ quan."),
    4: _l("Bạn nộp hồ sơ và thanh toán trực tuyến. Kết quả trả trực tuyến, tại cơ quan "
          "hoặc qua bưu chính."),
}
# Nghị định 42/2022/NĐ-CP classification shown beside the level.
CLASSIFICATIONS = {
    "toan_trinh": _l("Dịch vụ công trực tuyến toàn trình"),
    "mot_phan": _l("Dịch vụ công trực tuyến một phần"),
    None: _l("Chỉ cung cấp thông tin (không phải dịch vụ công trực tuyến)"),
}


def facet_label(facet: str, value: str, fallback: str) -> str:
    """The label of a facet value in the current language (enumerations translated)."""
    if facet == "tier":
        return str(TIERS.get(value, fallback))
    if facet == "applicant":
        return str(APPLICANTS.get(value, fallback))
    if facet == "level":
        return str(LEVEL_NAMES.get(bounded_int(value, 1, 4), fallback))
    return fallback
