"""Access to the trust pages, and the administrators' overviews."""
from __future__ import annotations

import pytest

from portal.accounts.models import Role
from portal.catalogue.models import AgencyRole, ProcedureAgency
from portal.extensions import db
from portal.feedback.services import submit_feedback

from ..factories import make_agency, make_procedure
from .conftest import make_user, sign_in

PROTECTED = ("staff.broken_links", "admin.stale", "admin.feedback_overview")


def _protected_urls(app):
    return [rule.rule for rule in app.url_map.iter_rules()
            if rule.endpoint.startswith(PROTECTED) and "GET" in rule.methods]


def test_every_trust_staff_and_admin_url_refuses_anonymous_visitors(client):
    urls = _protected_urls(client.application)
    assert len(urls) >= 3
    for url in urls:
        assert client.get(url).status_code in (302, 401), url


@pytest.mark.parametrize("url", ["/quan-tri/chua-xac-nhan", "/quan-tri/phan-hoi"])
def test_admin_overviews_refuse_editors(client, url):
    sign_in(client, make_user(role=Role.EDITOR))
    db.session.commit()
    assert client.get(url).status_code == 403


def test_admin_sees_stale_procedures_and_feedback_per_agency(client):
    agency = make_agency("Sở Tư pháp")
    proc = make_procedure("Đăng ký khai sinh")
    db.session.add(ProcedureAgency(procedure_id=proc.id, agency_id=agency.id,
                                   role=AgencyRole.EXECUTING))
    submit_feedback(proc, useful=False, text="<script>alert(1)</script>")
    submit_feedback(proc, useful=True)
    sign_in(client, make_user(role=Role.ADMIN))
    db.session.commit()
    stale = client.get("/quan-tri/chua-xac-nhan").get_data(as_text=True)
    assert "Sở Tư pháp" in stale and "Đăng ký khai sinh" in stale and "Chưa bao giờ" in stale
    overview = client.get("/quan-tri/phan-hoi").get_data(as_text=True)
    assert "Sở Tư pháp" in overview and "50\u00a0%" in overview   # Vietnamese: a space before %
    assert "<script>" not in overview
