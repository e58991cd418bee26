"""Attaching another agency to a procedure is an administrator's decision (issue 15 §9):
through the staff form and the staff API alike, and the rule lives in the service."""
from __future__ import annotations

import pytest

from portal.accounts.services import create_api_token
from portal.catalogue.models import AgencyRole, Procedure
from portal.workflows.services import snapshot, update_procedure
from portal.errors import ValidationError
from portal.extensions import db

from .conftest import client_for
from .test_web_editing import edit_url, form_of


def _roles(proc_id: int) -> set[tuple[str, str]]:
    db.session.expire_all()
    proc = db.session.get(Procedure, proc_id)
    return {(link.agency.name, link.role.value) for link in proc.agency_links}


@pytest.mark.parametrize("role", ["executing", "competent"])
def test_the_staff_form_refuses_to_attach_another_agency(app, world, role):
    client = client_for(app, "editor@tp.gov.vn")
    proc, health = world["ours"], world["health"]
    before = _roles(proc.id)
    data = form_of(client, edit_url(proc))
    data[f"agencies_{role}"] = [*data.get(f"agencies_{role}", []), str(health.id)]
    data["save"] = "1"
    resp = client.post(edit_url(proc), data=data)
    assert resp.status_code == 422
    assert "Chỉ quản trị viên mới có thể gắn thêm cơ quan" in resp.get_data(as_text=True)
    assert _roles(proc.id) == before
    # Not in the other agency's list either.
    other = client_for(app, "editor@syt.gov.vn").get("/can-bo/").get_data(as_text=True)
    assert "Đăng ký khai sinh" not in other


def test_the_staff_api_refuses_to_attach_another_agency(app, world):
    _row, token = create_api_token(world["editor"], "x")
    db.session.commit()
    client, proc = app.test_client(), world["ours"]
    auth = {"Authorization": f"Bearer {token}"}
    record = client.get(f"/api/v1/staff/procedures/{proc.id}", headers=auth).get_json()
    body = {k: v for k, v in record.items() if k not in ("id", "status", "level")}
    body["agencies"]["competent"] = [world["health"].id]
    resp = client.put(f"/api/v1/staff/procedures/{proc.id}", json=body, headers=auth)
    assert resp.status_code == 400
    assert "quản trị viên" in str(resp.get_json()["errors"])
    new = dict(body, code="1.000777", agencies={"executing": [world["justice"].id,
                                                              world["health"].id]})
    new.pop("version")
    assert client.post("/api/v1/staff/procedures", json=new, headers=auth).status_code == 400
    assert db.session.query(Procedure).filter_by(code="1.000777").count() == 0


def test_an_administrator_may_attach_any_agency(app_ctx, world):
    proc = world["ours"]
    data = snapshot(proc)
    data["agencies"]["executing"] = [world["justice"].id, world["health"].id]
    update_procedure(proc, data, proc.version, world["admin"])
    db.session.commit()
    assert ("Sở Y tế", "executing") in _roles(proc.id)


def test_links_already_there_stay_and_an_editor_may_still_save(app_ctx, world):
    # A procedure both agencies execute: the editor of one keeps the other on save,
    # but may not move it to another role.
    proc = world["ours"]
    data = snapshot(proc)
    data["agencies"]["coordinating"] = [world["health"].id]
    update_procedure(proc, data, proc.version, world["admin"])
    db.session.commit()
    data = snapshot(proc)
    data["name"] = "Đăng ký khai sinh (sửa)"
    update_procedure(proc, data, proc.version, world["editor"])
    db.session.commit()
    data = snapshot(proc)
    data["agencies"]["executing"] = [world["justice"].id, world["health"].id]
    with pytest.raises(ValidationError):
        update_procedure(proc, data, proc.version, world["editor"])
    db.session.rollback()
    assert ("Sở Y tế", AgencyRole.COORDINATING.value) in _roles(proc.id)
