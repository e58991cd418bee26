"""Freshness: staff confirm content; stale procedures per agency."""
from __future__ import annotations

import datetime as dt

from portal.catalogue.models import AgencyRole, ProcedureAgency, Status
from portal.extensions import db
from portal.freshness.queries import stale_procedures_by_agency
from portal.freshness.services import confirm_verified

from ..factories import make_agency, make_procedure
from .conftest import make_user

NOW = dt.datetime(2026, 11, 25, 9, 0, tzinfo=dt.UTC)


def _executed_by(agency, **kw):
    proc = make_procedure(**kw)
    db.session.add(ProcedureAgency(procedure_id=proc.id, agency_id=agency.id,
                                   role=AgencyRole.EXECUTING))
    db.session.flush()
    return proc


def test_confirming_records_who_and_when_but_is_not_a_content_change(app_ctx):
    proc = make_procedure()
    user = make_user()
    db.session.commit()
    changed, version = proc.updated_at, proc.version
    confirm_verified(proc, user.id, at=NOW)
    db.session.commit()
    db.session.refresh(proc)
    assert proc.verified_by_id == user.id
    assert proc.verified_at.replace(tzinfo=dt.UTC) == NOW
    assert proc.updated_at == changed and proc.version == version
    proc.name = "Tên mới"                     # a later edit still works (version intact)
    db.session.commit()


def test_stale_procedures_per_agency(app_ctx, monkeypatch):
    tu_phap, xay_dung = make_agency("Sở Tư pháp"), make_agency("Sở Xây dựng")
    never = _executed_by(tu_phap, name="Chưa xác nhận")
    old = _executed_by(tu_phap, name="Xác nhận 2 năm trước")
    recent = _executed_by(tu_phap, name="Xác nhận tháng trước")
    other = _executed_by(xay_dung, name="Của Sở Xây dựng")
    gone = _executed_by(xay_dung, name="Đã bãi bỏ", status=Status.RESCINDED)
    confirm_verified(old, None, at=NOW - dt.timedelta(days=730))
    confirm_verified(recent, None, at=NOW - dt.timedelta(days=30))
    confirm_verified(other, None, at=NOW - dt.timedelta(days=400))
    db.session.commit()

    stale = stale_procedures_by_agency(now=NOW)        # default: 365 days
    assert stale[(tu_phap.id, "Sở Tư pháp")] == [never, old]
    assert stale[(xay_dung.id, "Sở Xây dựng")] == [other]
    assert gone not in stale[(xay_dung.id, "Sở Xây dựng")]

    monkeypatch.setitem(app_ctx.config, "PORTAL_STALE_AFTER_DAYS", 500)
    assert stale_procedures_by_agency(now=NOW) == {(tu_phap.id, "Sở Tư pháp"): [never, old]}
    assert stale_procedures_by_agency(now=NOW, days=10, agency_id=xay_dung.id) == {
        (xay_dung.id, "Sở Xây dựng"): [other]}


def test_default_period_is_twelve_months(app_ctx):
    from portal.config import load_config
    assert load_config(str(app_ctx.instance_path))["PORTAL_STALE_AFTER_DAYS"] == 365
