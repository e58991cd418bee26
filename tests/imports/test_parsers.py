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


def test_steps_and_dossier_cut_at_the_words_thanh_phan_ho_so_are_read_from_the_page():
    # The crawler split the page at "Thành phần hồ sơ" inside a step: the steps
    # field stops there, the dossier field holds the rest of the steps, no table.
    from portal.imports.records import normalise_record, repair_cut

    from .records import CHANNEL_HEADER, DOC_HEADER, LEGAL_HEADER, record

    steps = ("Bước 1. Chuẩn bị hồ sơ theo điểm 1 mục Thành phần hồ sơ; nộp cho cơ quan thu.\n"
             "Bước 2. Cơ quan thu kiểm tra.\nBước 3. Nhận kết quả.")
    channels = CHANNEL_HEADER + "Trực tiếp5 NgàyMiễn phí"
    dossier = ("1. Người lao độngTên giấy tờMẫu đơn, tờ khaiSố lượngTờ khai mẫu A1 bản chính"
               "Sổ theo dõi1 bản chính,1 bản sao")
    raw = ("Tên thủ tụcThử cắtMã thủ tục1.000040Trình Tự Thực Hiện" + steps
           + "Cách Thức Thực Hiện" + channels + "Thành phần hồ sơ" + dossier
           + "Căn cứ pháp lý" + LEGAL_HEADER + "Luật Thử99/2020/QH14")
    cut = record("1.000040", "Thử cắt", raw_text=raw, cach_thuc_thuc_hien=channels,
                 trinh_tu_thuc_hien="Bước 1. Chuẩn bị hồ sơ theo điểm 1 mục",
                 thanh_phan_ho_so="; nộp cho cơ quan thu.\nBước 2. Cơ quan thu kiểm tra.")
    payload = normalise_record(cut, "1.000040")
    assert [(d["name"], d["originals"], d["copies"]) for d in payload["documents"]] == [
        ("Tờ khai mẫu A", 1, 0), ("Sổ theo dõi", 1, 1)]
    assert [s.split(".")[0] for s in payload["steps"]] == ["Bước 1", "Bước 2", "Bước 3"]
    # A record whose dossier has its table, or whose page does not show the cut, is left alone.
    whole = record("1.000041", raw_text=raw)
    assert repair_cut(whole) is whole
    unrelated = dict(cut, raw_text="Tên thủ tụcThử cắt")
    assert repair_cut(unrelated) is unrelated


def test_a_row_that_only_introduces_the_papers_after_it_is_a_heading_with_its_cell():
    from portal.imports.tables import parse_documents

    from .records import DOC_HEADER

    rows = parse_documents(
        "Giấy tờ phải nộp:" + DOC_HEADER + "- Tờ khai theo mẫu1 bản chính"
        "* Ngoài giấy tờ nêu trên, tùy trường hợp, người yêu cầu nộp thêm giấy tờ sau đây:1 bản chính"
        "- Người có yêu cầu thực hiện việc nộp hoặc tải lên các giấy tờ sau:0 bản chính"
        "- Giấy xác nhận nơi ở, gồm các giấy tờ như sau:1 bản sao")
    # A heading is also a note, so that a reader of documents and notes skips it.
    assert [(r.name[:20], r.originals, r.copies, r.is_note, r.is_heading) for r in rows] == [
        ("- Tờ khai theo mẫu", 1, 0, False, False),
        ("* Ngoài giấy tờ nêu ", 1, 0, True, True),
        ("- Người có yêu cầu t", 0, 0, True, True),
        # A paper whose own text lists its parts is still a paper.
        ("- Giấy xác nhận nơi ", 0, 1, False, False)]


def test_steps_numbered_in_roman_from_the_first_line_are_the_steps():
    preamble, steps = parse_steps("i) Lập hồ sơ\n- Cơ sở lập hồ sơ.\nii) Thông báo\n- Sở thông báo.\n"
                                  "iii) Trả kết quả")
    assert preamble == "" and [s.split("\n")[0] for s in steps] == [
        "i) Lập hồ sơ", "ii) Thông báo", "iii) Trả kết quả"]
    # Further down, i), ii) number a list inside a bulleted step: the bullets stay the steps.
    _, steps = parse_steps("- Nộp hồ sơ gồm:\ni) Giấy khai sinh;\nii) Giấy xác nhận.\n- Nhận kết quả.")
    assert [s.split("\n")[0] for s in steps] == ["- Nộp hồ sơ gồm:", "- Nhận kết quả."]


def test_a_quantity_in_brackets_is_the_documents_own_words_not_its_cell():
    from portal.imports.tables import parse_documents

    from .records import DOC_HEADER

    rows = parse_documents(DOC_HEADER + "Phiếu đề nghị theo Mẫu số 02 (01 bản chính) (khoản 1 Điều 5"
                                        " Nghị định mẫu).1 bản chính"
                           "Văn bản đề nghị (người ký thay thì phải có giấy ủy quyền) (01 bản chính)"
                           "0 bản chính")
    assert [(r.name, r.originals, r.copies, r.is_note) for r in rows] == [
        ("Phiếu đề nghị theo Mẫu số 02 (01 bản chính) (khoản 1 Điều 5 Nghị định mẫu).", 1, 0, False),
        # "phải có" inside brackets does not make the paper a rule of the table.
        ("Văn bản đề nghị (người ký thay thì phải có giấy ủy quyền) (01 bản chính)", 0, 0, False)]


def test_a_cell_before_a_dotted_list_label_is_a_cell_and_a_set_heading_is_a_note():
    from portal.imports.tables import parse_documents

    from .records import DOC_HEADER

    rows = parse_documents(DOC_HEADER + "- Bản sao văn bằng theo Mẫu số 05.mau5.doc1 bản chính,1 bản sao"
                                        "b.1.2) Hồ sơ của nhà thầu nước ngoài bao gồm :1 bản chính,1 bản sao"
                                        "- Đơn đề nghị theo Mẫu số 04.1 bản chính,1 bản sao")
    assert [(r.name, r.form, r.originals, r.copies, r.is_note) for r in rows] == [
        ("- Bản sao văn bằng theo Mẫu số 05.", "mau5.doc", 1, 1, False),
        ("b.1.2) Hồ sơ của nhà thầu nước ngoài bao gồm :", "", 1, 1, True),
        ("- Đơn đề nghị theo Mẫu số 04.", "", 1, 1, False)]
