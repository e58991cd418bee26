"""Fixtures for the staff tests: agencies, users, signed-in clients."""
from __future__ import annotations

import pytest

from portal.accounts.models import Role
from portal.accounts.services import create_user
from portal.catalogue.models import AgencyRole, ProcedureAgency
from portal.extensions import db, limiter

from ..factories import make_agency, make_procedure

PASSWORD = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _fresh_limits(app):
    # The rate-limit counters live as long as the (session-wide) app; each test starts clean.
    with app.app_context():
        limiter.reset()
    yield


@pytest.fixture()
def world(app_ctx):
    """Two agencies, a procedure of each, an editor of each and an administrator."""
    justice, health = make_agency("Sở Tư pháp"), make_agency("Sở Y tế")
    justice.code = "STP"
    ours = make_procedure("Đăng ký khai sinh", level=2)
    ours.agency_links.append(ProcedureAgency(agency_id=justice.id, role=AgencyRole.EXECUTING))
    theirs = make_procedure("Cấp chứng chỉ hành nghề y")
    theirs.agency_links.append(ProcedureAgency(agency_id=health.id, role=AgencyRole.EXECUTING))
    editor = create_user("editor@tp.gov.vn", PASSWORD, Role.EDITOR, [justice])
    other = create_user("editor@syt.gov.vn", PASSWORD, Role.EDITOR, [health])
    admin = create_user("admin@tinh.gov.vn", PASSWORD, Role.ADMIN)
    db.session.commit()
    return {"justice": justice, "health": health, "ours": ours, "theirs": theirs,
            "editor": editor, "other": other, "admin": admin}


def sign_in(client, email: str, password: str = PASSWORD):
    """Sign ``client`` in through the real form."""
    return client.post("/auth/login", data={"email": email, "password": password})


def client_for(app, email: str):
    """A new test client (its own cookie jar) signed in as ``email``."""
    client = app.test_client()
    resp = sign_in(client, email)
    assert resp.status_code == 302, resp.get_data(as_text=True)
    return client
