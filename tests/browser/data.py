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
