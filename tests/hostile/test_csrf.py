"""Every cookie-authenticated form refuses a POST without a valid CSRF token.

The session app disables CSRF for convenience; here a second app on the same
database has it on, and every POST rule outside /api/ is walked with a signed-in
administrator: no token and a wrong token both answer 400 and change nothing.
"""
from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from portal import create_app
from portal.accounts.models import Role
from portal.accounts.services import create_api_token, create_user
from portal.extensions import db

from ..staff.conftest import PASSWORD
from .conftest import signed_in


@pytest.fixture()
def csrf_app(app, tmp_path):
    config = {key: app.config[key] for key in (
        "PORTAL_ENV", "TESTING", "SECRET_KEY", "PORTAL_UPLOAD_DIR")}
    config.update(DATABASE_URL=app.config["SQLALCHEMY_DATABASE_URI"], WTF_CSRF_ENABLED=True,
                  PORTAL_INDEX_DIR=str(tmp_path / "index"))
    strict = create_app(config)
    yield strict
    with strict.app_context():
        db.session.remove()
        db.engine.dispose()


def _snapshot() -> dict[str, list[tuple]]:
    """Every row of every table, to prove a refused POST changed nothing."""
    out = {}
    for table in db.metadata.sorted_tables:
        rows = db.session.execute(select(table)).all()
        out[table.name] = sorted((tuple(map(repr, row)) for row in rows))
    return out


def _post_urls(app, values: dict[str, object]) -> list[str]:
    urls = []
    for rule in app.url_map.iter_rules():
        if "POST" not in rule.methods or rule.rule.startswith("/api/"):
            continue
        urls.append(rule.build({name: values.get(name, 1) for name in rule.arguments})[1])
    return sorted(urls)


def test_every_form_refuses_a_missing_or_wrong_csrf_token(app_ctx, catalogue, csrf_app):
    admin = create_user("admin@tinh.gov.vn", PASSWORD, Role.ADMIN)
    token_row, _token = create_api_token(admin, "x")
    db.session.commit()
    values = {"procedure_id": catalogue.birth.id, "code": catalogue.birth.code,
              "user_id": admin.id, "token_id": token_row.id}
    urls = _post_urls(csrf_app, values)
    # The walk must reach the forms the portal is known to have.
    for expected in ("/auth/login", "/auth/logout", f"/thu-tuc/{catalogue.birth.code}/phan-hoi",
                     f"/can-bo/thu-tuc/{catalogue.birth.id}/sua", "/quan-tri/nguoi-dung/moi",
                     f"/can-bo/thu-tuc/{catalogue.birth.id}/muc-do",
                     f"/can-bo/thu-tuc/{catalogue.birth.id}/cong-bo",
                     f"/can-bo/thu-tuc/{catalogue.birth.id}/xac-nhan",
                     "/quan-tri/thong-ke/muc-tieu/moi"):
        assert expected in urls

    client = signed_in(csrf_app.test_client(), admin)
    before = _snapshot()
    form = {"email": admin.email, "password": PASSWORD, "name": "x", "text": "x", "level": "4",
            "message": "Thông tin sai", "kind": "wrong_info", "version": "1"}
    for url in urls:
        for token in (None, "not-a-token", "IjEyMyI.aaaa.bbbb"):
            data = dict(form) if token is None else dict(form, csrf_token=token)
            resp = client.post(url, data=data)
            assert resp.status_code == 400, (url, token, resp.status_code)
    db.session.rollback()
    assert _snapshot() == before
    # The same session can still act with a real token: the refusals were CSRF, not access.
    page = client.get(f"/can-bo/thu-tuc/{catalogue.birth.id}/sua")
    assert page.status_code == 200
    real = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page.text).group(1)
    resp = client.post(f"/can-bo/thu-tuc/{catalogue.birth.id}/xac-nhan", data={"csrf_token": real})
    assert resp.status_code in (200, 302, 303)
