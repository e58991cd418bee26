"""The catalogue the browser journeys walk through, committed before navigating."""
from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from portal.accounts.models import Role
from portal.accounts.services import create_user
from portal.catalogue.models import AgencyRole, ProcedureAgency
from portal.extensions import db
from portal.levels.models import LevelSource
from portal.levels.services import record_level_change

from ..factories import make_agency, make_field, make_procedure

PASSWORD = "correct horse battery staple"
# Enough civil-status procedures for a second page of results (10 a page).
CIVIL = ["Đăng ký kết hôn", "Đăng ký khai tử", "Đăng ký giám hộ", "Đăng ký nhận cha, mẹ, con",
         "Đăng ký thay đổi hộ tịch", "Đăng ký lại kết hôn", "Đăng ký lại khai tử",
         "Đăng ký chấm dứt giám hộ", "Đăng ký khai sinh lưu động", "Đăng ký kết hôn lưu động",
         "Đăng ký khai tử lưu động"]
ROADS = ["Đăng ký xe máy chuyên dùng", "Đăng ký tạm thời xe máy chuyên dùng"]


def _attach(proc, agency) -> None:
    proc.agency_links.append(ProcedureAgency(agency_id=agency.id, role=AgencyRole.EXECUTING))


def make_catalogue() -> SimpleNamespace:
    """Two agencies and fields, 14 published procedures, an editor and an administrator."""
    justice, transport = make_agency("Sở Tư pháp"), make_agency("Sở Giao thông vận tải")
    civil, roads = make_field("Hộ tịch"), make_field("Đường bộ")
    # Level 1 with "no form required" marked: staff may raise it to 2 without a form.
    birth = make_procedure("Đăng ký khai sinh", "1.001193", level=1, field_id=civil.id,
                           no_form_required=True, result="Giấy khai sinh")
    procedures = [(birth, justice)]
    procedures += [(make_procedure(name, f"1.00{2000 + i}", field_id=civil.id), justice)
                   for i, name in enumerate(CIVIL)]
    procedures += [(make_procedure(name, f"1.00{3000 + i}", level=2, field_id=roads.id,
                                   no_form_required=True), transport)
                   for i, name in enumerate(ROADS)]
    for proc, agency in procedures:
        _attach(proc, agency)
        # A level history, for the dashboard to count.
        record_level_change(proc, proc.level, dt.date(2020, 1, 1), source=LevelSource.IMPORT)
    editor = create_user("editor@tp.gov.vn", PASSWORD, Role.EDITOR, [justice])
    second = create_user("editor2@tp.gov.vn", PASSWORD, Role.EDITOR, [justice])
    admin = create_user("admin@tinh.gov.vn", PASSWORD, Role.ADMIN)
    db.session.commit()
    return SimpleNamespace(justice=justice, transport=transport, civil=civil, roads=roads,
                           birth=birth, editor=editor, second=second, admin=admin)


def sign_in(page, email: str, password: str = PASSWORD) -> None:
    """Sign in through the real form, as a person would."""
    page.goto("/auth/login")
    page.get_by_label("Thư điện tử").fill(email)
    page.get_by_label("Mật khẩu").fill(password)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_load_state()


# Names in Vietnamese alphabetical order (a ă â b c d đ e ê … o ô ơ … u ư …, tones after the
# letter): the order a reader expects on every list. Code-point order would put "Ủy", "Đ…" last.
AGENCIES_IN_ORDER = ["Ban Quản lý các khu công nghiệp", "Bảo hiểm xã hội tỉnh",
                     "Bưu điện tỉnh", "Đài Phát thanh và Truyền hình tỉnh",
                     "Sở Ăn uống và Ẩm thực", "Sở Tài nguyên và Môi trường",
                     "Sở Ứng dụng Công nghệ", "Ủy ban nhân dân tỉnh", "Văn phòng Đăng ký đất đai"]
FIELDS_IN_ORDER = ["An toàn thực phẩm", "Ăn uống công cộng", "Âm nhạc", "Bảo hiểm",
                   "Bưu chính", "Dân số", "Đất đai", "Điện lực", "Ê-đê học", "Hạ tầng",
                   "Hiệu trưởng và giáo viên", "Ô tô", "Ơ-ri-ông", "Ưu đãi người có công",
                   "Xây dựng"]
LONG_CODE = "1.001612.000.00.00.H01"


def _rich_procedure(agency, field):
    """A procedure with every table of its page filled, a long code and a long URL."""
    from portal.catalogue.models import Channel, ChannelKind, DossierDocument, LegalBasis
    proc = make_procedure("Cấp giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản "
                          "khác gắn liền với đất lần đầu", LONG_CODE, level=3, field_id=field.id,
                          online_url="https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc"
                                     "-hanh-chinh.html?ma_thu_tuc=1.001612.000.00.00.H01",
                          decision_number="QĐ 1234/QĐ-UBND", decision_date=dt.date(2025, 3, 4))
    proc.channels = [
        Channel(position=0, kind=ChannelKind.IN_PERSON, time_limit_text="Không quá 30 ngày làm việc "
                "kể từ ngày nhận đủ hồ sơ hợp lệ", fee_amount=100000,
                fee_text="Lệ phí cấp giấy chứng nhận: 100.000 đồng/giấy; miễn phí đối với hộ nghèo",
                description="Nộp hồ sơ trực tiếp tại Bộ phận Một cửa của Văn phòng Đăng ký đất đai"),
        Channel(position=1, kind=ChannelKind.ONLINE, time_limit_text="Không quá 30 ngày làm việc",
                fee_text="Miễn phí", description="Nộp hồ sơ trực tuyến tại Cổng Dịch vụ công"),
        Channel(position=2, kind=ChannelKind.POST, time_limit_text="Không quá 30 ngày làm việc",
                fee_text="Theo giá cước bưu chính", description="Gửi hồ sơ qua dịch vụ bưu chính"),
    ]
    proc.documents = [
        DossierDocument(position=i, case="", name=name, form=form, originals=o, copies=c)
        for i, (name, form, o, c) in enumerate([
            ("Đơn đăng ký, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản "
             "khác gắn liền với đất", "Mẫu số 04a/ĐK", 1, 0),
            ("Giấy tờ về quyền sử dụng đất quy định tại Điều 137 Luật Đất đai", "", 0, 1),
            ("Chứng từ thực hiện nghĩa vụ tài chính", "", 1, 1)])]
    proc.legal_bases = [LegalBasis(position=0, number="31/2024/QH15", title="Luật Đất đai",
                                   issued_on=dt.date(2024, 1, 18),
                                   url="https://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=163573"
                                       "&Keyword=luat-dat-dai-2024")]
    _attach(proc, agency)
    return proc


def make_wide_catalogue() -> SimpleNamespace:
    """The journeys' catalogue plus agencies and fields to sort and a procedure with tables."""
    data = make_catalogue()
    agencies = [make_agency(n) for n in reversed(AGENCIES_IN_ORDER)]
    fields = [make_field(n) for n in reversed(FIELDS_IN_ORDER)]
    for i, agency in enumerate(agencies):
        for j, field in enumerate(fields[i::len(agencies)]):
            proc = make_procedure(f"Thủ tục {agency.name} về {field.name}", f"2.{i:03d}{j:03d}",
                                  level=1 + (i + j) % 4, field_id=field.id)
            _attach(proc, agency)
            record_level_change(proc, proc.level, dt.date(2024, 6, 1), source=LevelSource.IMPORT)
    rich = _rich_procedure(agencies[-2], fields[0])
    record_level_change(rich, rich.level, dt.date(2025, 3, 4), source=LevelSource.IMPORT)
    db.session.commit()
    data.rich = rich
    return data
