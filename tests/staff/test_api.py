"""The staff API: bearer tokens, scope, conflicts, the OpenAPI description."""
import re

import pytest

from portal import create_app
from portal.accounts.services import create_api_token, revoke_api_token
from portal.catalogue.models import Procedure, Status
from portal.extensions import db


@pytest.fixture()
def api(world):
    tokens = {key: create_api_token(world[key], "agency system") for key in ("editor", "other")}
    db.session.commit()

    def call(method, path, who="editor", **kw):
        headers = {"Authorization": f"Bearer {tokens[who][1]}"}
        return world["client"].open(f"/api/v1/staff{path}", method=method, headers=headers, **kw)
    return call, tokens


@pytest.fixture()
def world_client(world, app):
    world["client"] = app.test_client()
    return world


def test_without_a_valid_token_the_api_answers_401(app, world):
    client = app.test_client()
    assert client.get("/api/v1/staff/procedures").status_code == 401
    bad = client.get("/api/v1/staff/procedures", headers={"Authorization": "Bearer nope"})
    assert bad.status_code == 401 and "Bearer" in bad.headers["WWW-Authenticate"]


def test_token_is_stored_hashed_and_revocable(app, world_client, api):
    call, tokens = api
    row, token = tokens["editor"]
    assert token not in row.token_hash and len(row.token_hash) == 64
    assert call("GET", "/procedures").status_code == 200
    revoke_api_token(row, world_client["editor"])
    db.session.commit()
    assert call("GET", "/procedures").status_code == 401


def test_list_is_scoped_and_other_agencies_get_403(world_client, api):
    call, _ = api
    listing = call("GET", "/procedures").get_json()
    assert [p["code"] for p in listing["items"]] == [world_client["ours"].code]
    theirs = world_client["theirs"].id
    assert call("GET", f"/procedures/{theirs}").status_code == 403
    assert call("POST", f"/procedures/{theirs}/publish", json={"version": 1}).status_code == 403


def test_update_with_a_stale_version_is_409_and_level_change_works(world_client, api):
    call, _ = api
    proc = world_client["ours"]
    body = call("GET", f"/procedures/{proc.id}").get_json()
    version = body.pop("version")
    for key in ("id", "status", "level"):
        body.pop(key)
    body["name"] = "Đăng ký khai sinh qua API"
    first = call("PUT", f"/procedures/{proc.id}", json=dict(body, version=version))
    assert first.status_code == 200 and first.get_json()["version"] == version + 1
    stale = call("PUT", f"/procedures/{proc.id}", json=dict(body, name="Ghi đè", version=version))
    assert stale.status_code == 409
    db.session.expire_all()
    assert db.session.get(Procedure, proc.id).name == "Đăng ký khai sinh qua API"
    bad = call("PUT", f"/procedures/{proc.id}",
               json=dict(body, code="abc", version=version + 1))
    assert bad.status_code == 400 and "code" in bad.get_json()["errors"]["json"]
    level = call("POST", f"/procedures/{proc.id}/level", json={
        "version": version + 1, "level": 4, "effective_date": "2025-01-15",
        "decision_ref": "3/QĐ", "online_url": "https://dichvucong.gov.vn/p/2"})
    assert level.status_code == 200 and level.get_json()["level"] == 4
    history = call("GET", f"/procedures/{proc.id}/history").get_json()
    assert history[0]["action"] == "level" and history[0]["via"] == "api"


def test_create_and_publish_over_the_api(world_client, api):
    call, _ = api
    created = call("POST", "/procedures", json={
        "code": "2.000001", "name": "Thủ tục API",
        "agencies": {"executing": [world_client["justice"].id]},
        "channels": [{"kind": "truc_tuyen", "working_days": 3, "fee_amount": 50000}]})
    assert created.status_code == 201, created.get_json()
    data = created.get_json()
    assert data["status"] == "draft"
    published = call("POST", f"/procedures/{data['id']}/publish", json={"version": data["version"]})
    assert published.get_json()["status"] == "published"
    assert db.session.get(Procedure, data["id"]).status == Status.PUBLISHED


def test_openapi_describes_the_bearer_scheme(app):
    spec = app.test_client().get("/api/v1/openapi.json").get_json()
    assert spec["components"]["securitySchemes"]["bearerAuth"]["scheme"] == "bearer"
    assert spec["paths"]["/api/v1/staff/procedures/{procedure_id}"]["put"]["security"] == [
        {"bearerAuth": []}]


def test_api_needs_no_csrf_token_but_cookie_forms_do(app, world):
    _row, token = create_api_token(world["editor"], "x")
    db.session.commit()
    strict = create_app({"PORTAL_ENV": "testing", "SECRET_KEY": "x", "WTF_CSRF_ENABLED": True,
                         "SQLALCHEMY_DATABASE_URI": app.config["SQLALCHEMY_DATABASE_URI"]})
    client = strict.test_client()
    proc = world["ours"]
    resp = client.post(f"/api/v1/staff/procedures/{proc.id}/level",
                       headers={"Authorization": f"Bearer {token}"},
                       json={"version": proc.version, "level": 1, "effective_date": "2024-01-01",
                             "decision_ref": "1/QĐ", "reason": "Tạm ngừng"})
    assert resp.status_code == 200    # (from level 2: a change to the same level is refused)
    # A cookie session does not authenticate the API: no token, no access.
    html = client.get("/auth/login").get_data(as_text=True)
    csrf = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', html).group(1)
    client.post("/auth/login", data={"email": "editor@tp.gov.vn", "csrf_token": csrf,
                                     "password": "correct horse battery staple"})
    assert client.get("/api/v1/staff/procedures").status_code == 401
    with strict.app_context():
        db.session.remove()
        db.engine.dispose()


def test_a_record_as_imported_saves_back_unchanged_and_a_basis_needs_a_number_or_title(
        world_client, api):
    # The national catalogue cites many laws by title alone: a GET of such a
    # record must be accepted back by PUT as it is.
    from portal.catalogue.models import LegalBasis

    call, _ = api
    proc = world_client["ours"]
    db.session.add(LegalBasis(procedure_id=proc.id, position=0, number="",
                              title="Luật Hộ tịch"))
    db.session.commit()
    body = call("GET", f"/procedures/{proc.id}").get_json()
    for key in ("id", "status", "level"):
        body.pop(key)
    saved = call("PUT", f"/procedures/{proc.id}", json=body)
    assert saved.status_code == 200, saved.get_json()
    assert [(b["number"], b["title"]) for b in saved.get_json()["legal_bases"]] == \
        [("", "Luật Hộ tịch")]
    body["version"] = saved.get_json()["version"]
    body["legal_bases"] = [{"number": "", "title": "", "url": "https://vbpl.vn/1"}]
    nameless = call("PUT", f"/procedures/{proc.id}", json=body)
    assert nameless.status_code == 400
    assert "legal_bases-0-number" in str(nameless.get_json())


def test_an_api_update_breaking_several_rules_gets_them_all_by_field(world_client, api):
    call, _ = api
    proc = world_client["ours"]
    body = call("GET", f"/procedures/{proc.id}").get_json()
    for key in ("id", "status", "level"):
        body.pop(key)
    body.update(code=world_client["theirs"].code, source_url="ftp://x.vn/a",
                agencies={"executing": [world_client["justice"].id],
                          "competent": [world_client["health"].id]})
    resp = call("PUT", f"/procedures/{proc.id}", json=body)
    assert resp.status_code == 400, resp.get_json()    # as for one broken rule
    assert set(resp.get_json()["errors"]["json"]) == {"code", "source_url", "agencies_competent"}


def test_a_channels_time_limit_and_unit_over_the_api(world_client, api):
    from portal.catalogue.models import ReviewMark
    call, _ = api
    proc = world_client["ours"]
    db.session.add(ReviewMark(procedure_id=proc.id, kind="unparsed_table", detail="x"))
    db.session.commit()
    body = call("GET", f"/procedures/{proc.id}").get_json()
    version = body.pop("version")
    for key in ("id", "status", "level"):
        body.pop(key)
    # A unit with no number, or an unknown unit, is refused; nothing changes.
    no_value = call("PUT", f"/procedures/{proc.id}", json=dict(
        body, version=version, channels=[{"kind": "truc_tiep", "time_limit_unit": "day"}]))
    assert no_value.status_code == 400
    assert "channels-0-time_limit_value" in str(no_value.get_json())
    week = call("PUT", f"/procedures/{proc.id}", json=dict(
        body, version=version,
        channels=[{"kind": "truc_tiep", "time_limit_value": 1, "time_limit_unit": "week"}]))
    assert week.status_code == 400
    ok = call("PUT", f"/procedures/{proc.id}", json=dict(
        body, version=version, channels=[{"kind": "truc_tiep", "time_limit_text": "1 Giờ",
                                          "time_limit_value": 1, "time_limit_unit": "hour"}]))
    assert ok.status_code == 200, ok.get_json()
    channel = ok.get_json()["channels"][0]
    assert (channel["time_limit_value"], channel["time_limit_unit"], channel["working_days"]) == (
        1, "hour", None)
    db.session.expire_all()
    assert db.session.query(ReviewMark).filter_by(procedure_id=proc.id).count() == 0
    # "None stated": both null.
    again = call("PUT", f"/procedures/{proc.id}", json=dict(
        body, version=version + 1, channels=[{"kind": "truc_tiep", "time_limit_value": None,
                                              "time_limit_unit": None}]))
    assert again.status_code == 200
    assert again.get_json()["channels"][0]["time_limit_unit"] is None


def test_an_older_client_sending_working_days_alone_sets_working_days(world_client, api):
    call, _ = api
    created = call("POST", "/procedures", json={
        "code": "2.000002", "name": "Thủ tục API cũ",
        "agencies": {"executing": [world_client["justice"].id]},
        "channels": [{"kind": "truc_tuyen", "working_days": 3}]})
    assert created.status_code == 201, created.get_json()
    channel = created.get_json()["channels"][0]
    assert (channel["time_limit_value"], channel["time_limit_unit"], channel["working_days"]) == (
        3, "working_day", 3)
