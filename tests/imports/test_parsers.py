"""The scalar parsers, on every shape found in the national dump."""
import unicodedata

import pytest
from hypothesis import given, settings, strategies as st

from portal.catalogue.models import Applicant, Tier
from portal.catalogue.rules import is_code
from portal.imports.parsers import (
    is_empty, parse_agencies, parse_amount, parse_applicants, parse_result, parse_steps,
    parse_fee, parse_tiers, parse_time_limit, parse_working_days, steps_labelled,
)


@pytest.mark.parametrize("text, amount", [
    ("2,000,000 Việt Nam Đồng", 2_000_000),
    ("Phí : 5.700.000 Đồng", 5_700_000),
    ("70,000 VNĐ(70.000 đồng/Giấy chứng nhận)", 70_000),
    ("20 VNĐ", 20),
    ("Miễn phí", 0),
    ("Miễn phí(Không quy định)", 0),
    ("Không có thông tin", None),
    ("", None),
    (None, None),
    ("145 USD(Thẻ tạm trú có thời hạn không quá 02 năm: 145 USD/thẻ.)", None),
    ("Theo quy định của Bộ Tài chính", None),
])
def test_amounts(text, amount):
    assert parse_amount(text) == amount


@pytest.mark.parametrize("text, value, unit", [
    ("20 Ngày làm việc", 20, "working_day"),
    ("60 Ngày", 60, "day"),          # calendar days are not converted (issue 12)
    ("6 Tháng", 6, "month"),
    ("1 Năm", 1, "year"),
    ("1 Giờ", 1, "hour"),
    ("1", 1, None),                  # a bare number states no unit
    ("0.5 Ngày làm việc", 0.5, "working_day"),
    ("Không có thông tin", None, None),
    ("Không quy định", None, None),
    ("Không phải trả kết quả cho người nộp thuế", None, None),
    ("", None, None),
])
def test_time_limits_keep_their_unit(text, value, unit):
    assert parse_time_limit(text) == (value, unit)
    assert parse_working_days(text) == (value if unit == "working_day" else None)


@pytest.mark.parametrize("text, amount, disputed", [
    ("2,000,000 Việt Nam Đồng", 2_000_000, False),
    ("Phí : 5.700.000 Đồng", 5_700_000, False),
    ("70,000 VNĐ(70.000 đồng/Giấy chứng nhận)", 70_000, False),
    ("20 VNĐ(20.000 vnđ /tờ khai)", None, True),
    ("Miễn phí(trường hợp cấp lại thu 600.000 đồng/lần)", None, True),
    ("Miễn phí(Không quy định)", 0, False),
    ("160,000 Việt Nam Đồng(+ 160.000/hộ chiếu; cấp lại: 320.000đ/hộ chiếu)", 160_000, False),
    ("Lệ phí: 50.000đ/hồ sơ", 50_000, False),
    ("145 USD(145 USD/thẻ.)", None, False),
    ("Theo quy định của Bộ Tài chính", None, False),
    ("Không có thông tin", None, False),
])
def test_fee_amount_is_the_texts_and_disagreement_is_disputed(text, amount, disputed):
    assert parse_fee(text) == (amount, disputed)


@pytest.mark.parametrize("text", ["", "  ", "Không có thông tin", " không có  thông tin "])
def test_no_information_is_empty(text):
    assert is_empty(text)


def test_tiers_in_order_without_repeats():
    assert parse_tiers("Cấp bộ, Cấp tỉnh, Cấp xã, Cơ quan khác, Cấp tỉnh") == [
        Tier.CENTRAL, Tier.PROVINCE, Tier.COMMUNE, Tier.OTHER]
    assert parse_tiers("cấp  Huyện") == [Tier.DISTRICT]
    assert parse_tiers("") == []


def test_applicants_keep_parenthesised_commas_together():
    text = ("Tổ chức (không bao gồm doanh nghiệp, HTX), Công dân Việt Nam, "
            "Doanh nghiệp có vốn đầu tư nước ngoài, Hợp tác xã, Người nước ngoài, "
            "Tổ chức nước ngoài, Cán bộ, công chức, viên chức")
    assert parse_applicants(text) == [
        Applicant.ORGANISATION, Applicant.CITIZEN, Applicant.BUSINESS, Applicant.FOREIGNER,
        Applicant.OTHER]


def test_agencies_split_on_commas_outside_parentheses_and_lines():
    text = ("Cơ sở đăng kiểm (xe cơ giới, xe máy chuyên dùng), Cục Đăng kiểm Việt Nam\n"
            "- Tòa án nhân dân tỉnh, thành phố trực thuộc trung ương; Sở Tư pháp")
    assert parse_agencies(text) == [
        "Cơ sở đăng kiểm (xe cơ giới, xe máy chuyên dùng)", "Cục Đăng kiểm Việt Nam",
        "Tòa án nhân dân tỉnh, thành phố trực thuộc trung ương", "Sở Tư pháp"]


def test_agencies_lose_list_punctuation():
    assert parse_agencies("Sở Tư pháp.\nBộ Công an;") == ["Sở Tư pháp", "Bộ Công an"]


def test_agencies_drop_empty_and_page_spill():
    assert parse_agencies("Không có thông tin") == []
    assert parse_agencies("phê duyệt nguồn vốnTên thủ tụcPhê duyệt") == []


def test_agencies_are_nfc():
    nfd = unicodedata.normalize("NFD", "Sở Tư pháp")
    assert parse_agencies(nfd) == ["Sở Tư pháp"]


def test_steps_by_buoc_markers():
    text = "Bước 1: Nộp hồ sơ.\nchi tiết\n\n- Bước 2: Thẩm định.\n+ Bước 3. Trả kết quả."
    assert parse_steps(text) == ("", [
        "Bước 1: Nộp hồ sơ.\nchi tiết", "- Bước 2: Thẩm định.", "+ Bước 3. Trả kết quả."])


def test_steps_by_bullets_and_preamble():
    text = "Trình tự:\n- Nộp hồ sơ\n- Nhận kết quả"
    assert parse_steps(text) == ("Trình tự:", ["- Nộp hồ sơ", "- Nhận kết quả"])


def test_a_preamble_run_into_bước_1_stays_a_preamble_and_steps_are_numbered_once():
    # issue 12: "Bước 1" after a case heading on the same line used to become step 2.
    text = ("Đối với trường hợp cấp mới Bước 1: Nộp đơn tại Sở.\n"
            "Bước 2: Sở thẩm định.\nBước 3: Trả kết quả.")
    preamble, steps = parse_steps(text)
    assert preamble == "Đối với trường hợp cấp mới"
    assert steps == ["Bước 1: Nộp đơn tại Sở.", "Bước 2: Sở thẩm định.", "Bước 3: Trả kết quả."]
    assert steps_labelled(steps)
    assert not steps_labelled(["Nộp đơn", "Chờ kết quả"])


def test_steps_lettered_a_b_are_the_steps_and_their_bullets_stay_inside():
    # Lettered steps with bullets inside used to become a preamble and bullet "steps".
    text = ("a) Nộp hồ sơ: - Người đề nghị gửi hồ sơ đến Sở.\n"
            "b) Giải quyết: - Trường hợp hồ sơ đủ:\n+ Sở cấp phép trong 05 ngày;\n"
            "+ Sở trả kết quả.\n- Trường hợp hồ sơ thiếu: Sở hướng dẫn bổ sung.")
    preamble, steps = parse_steps(text)
    assert preamble == ""
    assert [s.split(":")[0] for s in steps] == ["a) Nộp hồ sơ", "b) Giải quyết"]
    assert steps[1].endswith("Sở hướng dẫn bổ sung.")
    assert steps_labelled(steps)
    # "b)" run into the end of step a)'s sentence still starts step b).
    assert parse_steps("a) Nộp hồ sơ tại Sở (bản giấy).b) Giải quyết: Sở cấp phép.")[1] == [
        "a) Nộp hồ sơ tại Sở (bản giấy).", "b) Giải quyết: Sở cấp phép."]
    # A lone "a)" is not a list of steps.
    assert parse_steps("a) Nộp đơn\n- Chờ\n- Nhận")[1] == ["- Chờ", "- Nhận"]


def test_steps_single_text_and_markup_kept():
    assert parse_steps("Nộp <b>hồ sơ</b> & chờ") == ("", ["Nộp <b>hồ sơ</b> & chờ"])
    assert parse_steps("Không có thông tin") == ("", [])


def test_result_drops_codes_and_page_boilerplate():
    text = ("Công văn từ chối (NB9)Mã: KQ.G01.000020Công văn trả lời (mẫu NB8).Mã: "
            "KQ.G01.000021Từ khóaKhông có thông tinMô tảKhông có thông tinChọn cơ quan "
            "thực hiệnTỉnh/ Thành phố")
    assert parse_result(text) == "Công văn từ chối (NB9)\nCông văn trả lời (mẫu NB8)."
    assert parse_result("Thẻ căn cướcMã: 123.45.67.G01-KQ0001Từ khóa") == "Thẻ căn cước"
    assert parse_result("Giấy phép") == "Giấy phép"
    assert parse_result("") == ""


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_parsers_never_raise(text):
    parse_amount(text)
    parse_working_days(text)
    parse_fee(text)
    parse_time_limit(text)
    parse_tiers(text)
    parse_applicants(text)
    parse_agencies(text)
    parse_steps(text)
    parse_result(text)
    is_code(text)
