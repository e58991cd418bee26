"""A small but complete public catalogue for page, API and export tests."""
from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from portal.catalogue.models import (
    AgencyRole, Applicant, Channel, ChannelKind, DossierDocument, LegalBasis, ProcedureAgency,
    ProcedureApplicant, ProcedureTier, Status, Step, Tier,
)
from portal.extensions import db
from portal.levels.models import LevelSource
from portal.levels.services import record_level_change

from ..factories import make_agency, make_field, make_procedure

XSS = '<script>alert("x")</script>'


def _full_record(proc, agency, *, fee: int | None = 1234000) -> None:
    proc.agency_links.append(ProcedureAgency(agency_id=agency.id, role=AgencyRole.EXECUTING))
    proc.tier_links.append(ProcedureTier(tier=Tier.PROVINCE))
    proc.applicant_links.append(ProcedureApplicant(applicant=Applicant.CITIZEN))
    proc.steps.extend([Step(position=1, text="Bước 1: Nộp hồ sơ"),
                       Step(position=2, text="Bước 2: Nhận kết quả")])
    proc.channels.extend([
        Channel(position=1, kind=ChannelKind.IN_PERSON, kind_text="Trực tiếp",
                time_limit_text="20 Ngày làm việc", working_days=20, time_limit_value=20,
                time_limit_unit="working_day", fee_text="Lệ phí",
                fee_amount=fee, description="Nộp tại Bộ phận Một cửa"),
        Channel(position=2, kind=ChannelKind.ONLINE, kind_text="Trực tuyến",
                time_limit_text="15 Ngày làm việc", working_days=15, time_limit_value=15,
                time_limit_unit="working_day", fee_text="",
                fee_amount=None, description=""),
    ])
    proc.documents.extend([
        DossierDocument(position=1, case="", name="Tờ khai đăng ký", form="Mẫu 01/TK",
                        originals=1, copies=0),
        DossierDocument(position=2, case="", name="Giấy tờ tùy thân", form="",
                        originals=None, copies=1),
    ])
    proc.legal_bases.append(LegalBasis(position=1, number="123/2015/QH13", title="Luật Hộ tịch",
                                       issued_on=dt.date(2015, 11, 20)))


@pytest.fixture()
def catalogue(app_ctx):
    """Agencies, fields and procedures at every level; one rescinded, one draft, one hostile."""
    justice = make_agency("Sở Tư pháp")
    transport = make_agency("Sở Giao thông vận tải")
    civil = make_field("Hộ tịch")
    roads = make_field("Đường bộ")
    birth = make_procedure("Đăng ký khai sinh", "1.001193", level=4, field_id=civil.id,
                           online_url="https://dichvucong.gov.vn/nop/1.001193",
                           source_url="https://dichvucong.gov.vn/tthc/1.001193",
                           time_limit_days=20, result="Giấy khai sinh")
    _full_record(birth, justice)
    marriage = make_procedure("Đăng ký kết hôn", "1.000894", level=3, field_id=civil.id)
    _full_record(marriage, justice, fee=None)
    licence = make_procedure("Cấp đổi giấy phép lái xe", "1.002804", level=2, field_id=roads.id)
    _full_record(licence, transport)
    old = make_procedure("Đăng ký lại khai sinh", "1.004884", level=1, field_id=civil.id,
                         status=Status.RESCINDED)
    _full_record(old, justice)
    draft = make_procedure("Thủ tục nháp bí mật", "9.999999", level=1, status=Status.DRAFT)
    hostile = make_procedure(f"Thủ tục {XSS}", "1.009999", level=4, field_id=civil.id,
                             online_url="javascript:alert(1)", result=XSS, conditions=XSS)
    _full_record(hostile, justice)
    hostile.steps.append(Step(position=3, text=XSS))
    db.session.flush()
    record_level_change(birth, 3, dt.date(2024, 1, 10), source=LevelSource.IMPORT,
                        today=dt.date(2026, 11, 25))
    record_level_change(birth, 4, dt.date(2025, 6, 1), source=LevelSource.STAFF,
                        decision_ref="QĐ 12/2025", today=dt.date(2026, 11, 25))
    db.session.commit()
    return SimpleNamespace(justice=justice, transport=transport, civil=civil, roads=roads,
                           birth=birth, marriage=marriage, licence=licence, old=old,
                           draft=draft, hostile=hostile)
