"""Sign-in limits stop guessing without letting a stranger lock the owner out, the owner
is told of failed attempts, and behind trusted proxies each client has its own address
(issue 15 §8)."""
from __future__ import annotations

import pytest

from portal import create_app
from portal.extensions import db

from .conftest import PASSWORD

WRONG = "wrong password here"
EMAIL = "editor@tp.gov.vn"


def _post(client, address: str, password: str, email: str = EMAIL, **headers):
    return client.post("/auth/login", data={"email": email, "password": password},
                       environ_base={"REMOTE_ADDR": address}, headers=headers)


def test_a_stranger_guessing_does_not_lock_the_owner_out(app, world):
    stranger, owner = app.test_client(), app.test_client()
    for _ in range(5):
        assert _post(stranger, "198.51.100.7", WRONG).status_code == 401
    assert _post(stranger, "198.51.100.7", WRONG).status_code == 429  # the guesser is stopped
    assert _post(owner, "203.0.113.20", PASSWORD).status_code == 302  # the owner is not


def test_guessing_from_many_addresses_is_stopped_but_not_at_the_owners_address(app, world,
                                                                              monkeypatch):
    monkeypatch.setitem(app.config, "LOGIN_LIMIT_PER_ACCOUNT", "6 per hour")
    owner = app.test_client()
    assert _post(owner, "203.0.113.20", PASSWORD).status_code == 302  # a known address
    for i in range(6):
        assert _post(app.test_client(), f"198.51.100.{i}", WRONG).status_code == 401
    # The 7th guess, from yet another address, is refused whatever the password...
    assert _post(app.test_client(), "198.51.100.99", WRONG).status_code == 429
    assert _post(app.test_client(), "198.51.100.98", PASSWORD).status_code == 429
    # ...but the owner, from where they signed in before, still gets in.
    assert _post(app.test_client(), "203.0.113.20", PASSWORD).status_code == 302


def test_the_owner_is_told_of_failed_attempts_at_the_next_sign_in(app, world):
    for i in range(3):
        assert _post(app.test_client(), f"198.51.100.{i}", WRONG).status_code == 401
    owner = app.test_client()
    resp = _post(owner, "203.0.113.20", PASSWORD)
    assert resp.status_code == 302
    page = owner.get("/can-bo/").get_data(as_text=True)
    assert "Đã có 3 lần đăng nhập sai mật khẩu" in page
    # Told once: the count starts again.
    owner.post("/auth/logout")
    _post(owner, "203.0.113.20", PASSWORD)
    assert "lần đăng nhập sai" not in owner.get("/can-bo/").get_data(as_text=True)


def _proxied_app(app, hops: int):
    return create_app({"PORTAL_ENV": "testing", "SECRET_KEY": "test-secret",
                       "WTF_CSRF_ENABLED": False, "PORTAL_TRUSTED_PROXIES": hops,
                       "SQLALCHEMY_DATABASE_URI": app.config["SQLALCHEMY_DATABASE_URI"],
                       "PORTAL_INDEX_DIR": app.config["PORTAL_INDEX_DIR"],
                       "PORTAL_UPLOAD_DIR": app.config["PORTAL_UPLOAD_DIR"]})


@pytest.mark.parametrize("hops, seen", [(1, "203.0.113.5"), (0, "10.0.0.2")])
def test_behind_trusted_proxies_the_client_address_is_the_forwarded_one(app, world, hops, seen):
    from portal.accounts.models import UserSession
    proxied = _proxied_app(app, hops)
    try:
        client = proxied.test_client()
        # A client's own (forged) entry comes first; the proxy appends what it saw.
        resp = _post(client, "10.0.0.2", PASSWORD,
                     **{"X-Forwarded-For": "192.0.2.66, 203.0.113.5"})
        assert resp.status_code == 302
        db.session.expire_all()
        assert db.session.query(UserSession.address).scalar() == seen
    finally:
        with proxied.app_context():
            db.session.remove()
            db.engine.dispose()


def test_trusted_proxies_must_be_a_small_number():
    from portal.config import ConfigError
    with pytest.raises(ConfigError):
        create_app({"PORTAL_ENV": "testing", "PORTAL_TRUSTED_PROXIES": -1})
