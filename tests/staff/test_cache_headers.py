"""Authenticated answers are never kept by a shared cache or the browser (issue 15 §4, §7);
public API caching stays as it was."""
from __future__ import annotations

import pytest

from portal.accounts.services import create_api_token
from portal.extensions import db

from .conftest import client_for


def _private(resp) -> bool:
    cc = {part.strip() for part in resp.headers.get("Cache-Control", "").split(",")}
    return {"private", "no-store"} <= cc and "public" not in cc and not any(
        part.startswith("max-age") for part in cc)


def test_staff_api_answers_are_private_and_vary_on_the_token(app, world):
    _row, token = create_api_token(world["editor"], "x")
    db.session.commit()
    client = app.test_client()
    auth = {"Authorization": f"Bearer {token}"}
    proc_id = world["ours"].id
    for url in ("/api/v1/staff/procedures", f"/api/v1/staff/procedures/{proc_id}",
                f"/api/v1/staff/procedures/{proc_id}/history"):
        resp = client.get(url, headers=auth)
        assert resp.status_code == 200, url
        assert _private(resp), (url, resp.headers.get("Cache-Control"))
        assert "Authorization" in resp.headers.get("Vary", ""), url
    # A refusal is not for keeping either.
    assert _private(client.get("/api/v1/staff/procedures"))


@pytest.mark.parametrize("url", ["/can-bo/", "/can-bo/ma-api", "/can-bo/phien",
                                 "/auth/password", "/quan-tri/nguoi-dung", "/quan-tri/thong-ke/",
                                 "/can-bo/lien-ket/hong"])
def test_staff_and_admin_pages_are_private_no_store(app, world, url):
    resp = client_for(app, "admin@tinh.gov.vn").get(url)
    assert resp.status_code == 200, url
    assert _private(resp), (url, resp.headers.get("Cache-Control"))


def test_the_page_showing_a_new_token_is_not_stored(app, world):
    client = client_for(app, "editor@tp.gov.vn")
    resp = client.post("/can-bo/ma-api", data={"name": "agency system"})
    assert resp.status_code == 200 and "ptk_" in resp.get_data(as_text=True)
    assert _private(resp)


def test_sign_in_page_is_private(app, world):
    assert _private(app.test_client().get("/auth/login"))


def test_public_api_answers_stay_public_and_revalidate(app, world):
    # Shared caches may keep public answers, but must revalidate them (issue 16: several
    # nodes behind one cache); the ETag makes that cheap.
    resp = app.test_client().get("/api/v1/procedures")
    assert resp.status_code == 200
    assert resp.headers["Cache-Control"] == "public, no-cache"
    assert "ETag" in resp.headers
