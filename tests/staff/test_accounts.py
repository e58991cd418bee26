"""Accounts: password policy, sign-in, rate limits, sign-out, password change, CLI."""
import os
import subprocess
import sys
import uuid

import pytest

from portal import create_app
from portal.accounts.models import Role, User
from portal.accounts.passwords import check_password_policy, verify_password
from portal.accounts.services import authenticate, create_user
from portal.errors import ValidationError
from portal.extensions import db
from portal.web.safety import safe_next

from .conftest import PASSWORD, sign_in


@pytest.mark.parametrize("password", [
    "short1!", "password1234", "Qwerty123456!", "aaaaaaaaaaaaaaaa", "matkhau2024!!",
    "nguyenvana-secret",  # contains the e-mail's local part
])
def test_weak_passwords_are_refused(password):
    with pytest.raises(ValidationError):
        check_password_policy(password, "nguyenvana@tinh.gov.vn")


def test_a_deployed_portal_hashes_with_scrypts_full_cost(tmp_path):
    # The suite hashes cheaply (config: PORTAL_PASSWORD_HASH); a portal in any other
    # mode stores scrypt with n=32768, and verifies the cheap hashes too.
    from portal import create_app
    from portal.accounts.passwords import hash_password
    app = create_app({"PORTAL_ENV": "development", "DATABASE_URL": "sqlite://",
                      "PORTAL_SEARCH_FOLLOWER": False,
                      "PORTAL_INDEX_DIR": str(tmp_path / "index")})
    with app.app_context():
        stored = hash_password(PASSWORD)
    assert stored.startswith("scrypt:32768:8:1$") and verify_password(stored, PASSWORD)


def test_password_is_stored_as_a_scrypt_hash(app_ctx):
    user = create_user("a@b.vn", PASSWORD, Role.EDITOR)
    assert user.password_hash.startswith("scrypt:") and PASSWORD not in user.password_hash
    assert verify_password(user.password_hash, PASSWORD)
    assert authenticate(" A@B.vn ", PASSWORD) is user


def test_unknown_user_and_wrong_password_get_the_same_answer(client, world):
    unknown = sign_in(client, "nobody@x.vn", PASSWORD)
    wrong = sign_in(client, "editor@tp.gov.vn", "wrong password here")
    assert unknown.status_code == wrong.status_code == 401
    # Apart from the echoed address, the pages are identical.
    assert (unknown.get_data(as_text=True).replace("nobody@x.vn", "E")
            == wrong.get_data(as_text=True).replace("editor@tp.gov.vn", "E"))
    assert "Thư điện tử hoặc mật khẩu không đúng." in wrong.get_data(as_text=True)


def test_disabled_user_cannot_sign_in(client, world):
    world["editor"].active = False
    db.session.commit()
    assert sign_in(client, "editor@tp.gov.vn").status_code == 401


@pytest.mark.parametrize("target, expected", [
    ("/can-bo/ma-api", "/can-bo/ma-api"),
    ("https://evil.example/", "/can-bo/"),
    ("//evil.example/", "/can-bo/"),
    ("/\\evil.example", "/can-bo/"),
    ("javascript:alert(1)", "/can-bo/"),
])
def test_next_redirect_stays_on_the_site(client, world, target, expected):
    resp = client.post("/auth/login", data={"email": "editor@tp.gov.vn", "password": PASSWORD,
                                            "next": target})
    assert resp.status_code == 302
    assert resp.headers["Location"] == expected


def test_safe_next_refuses_control_characters():
    assert safe_next("/\t/evil.example", "/x") == "/x"
    assert safe_next("/staff/?q=a", "/x") == "/staff/?q=a"


def test_login_page_redirects_anonymous_back_with_next(client, world):
    resp = client.get("/can-bo/ma-api")
    assert resp.status_code == 302 and "/auth/login?next=" in resp.headers["Location"]


def test_session_cookie_flags(world, app):
    client = app.test_client()
    resp = sign_in(client, "editor@tp.gov.vn")
    cookie = resp.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    prod = create_app({"PORTAL_ENV": "production", "SECRET_KEY": "a-private-random-value"})
    assert prod.config["SESSION_COOKIE_SECURE"] is True


def test_sign_in_is_rate_limited_per_account_and_address(client, world):
    for _ in range(5):
        assert sign_in(client, "editor@tp.gov.vn", "wrong password here").status_code == 401
    # From the guessing address even the right password is refused while throttled
    # (the owner elsewhere is not: tests/staff/test_sign_in_limits.py).
    assert sign_in(client, "EDITOR@tp.gov.vn").status_code == 429
    # Another account from the same address is not affected yet.
    assert sign_in(client, "admin@tinh.gov.vn").status_code == 302


def test_sign_in_is_rate_limited_per_address(app, world, monkeypatch):
    monkeypatch.setitem(app.config, "LOGIN_LIMIT_PER_ADDRESS", "3 per minute")
    client = app.test_client()
    for i in range(3):
        assert sign_in(client, f"user{i}@x.vn", "wrong password here").status_code == 401
    assert sign_in(client, "user9@x.vn", "wrong password here").status_code == 429
    other = app.test_client()
    resp = other.post("/auth/login", data={"email": "editor@tp.gov.vn", "password": PASSWORD},
                      environ_base={"REMOTE_ADDR": "10.0.0.7"})
    assert resp.status_code == 302


REDIS_SCRIPT = """
from flask_migrate import upgrade
from portal import create_app
app = create_app({"PORTAL_ENV": "testing", "SECRET_KEY": "x", "WTF_CSRF_ENABLED": False,
                  "DATABASE_URL": "sqlite:///" + sys.argv[1]})
with app.app_context():
    upgrade()
    client = app.test_client()
    data = {"email": "x@y.vn", "password": "wrong password here"}
    print([client.post("/auth/login", data=data).status_code for _ in range(3)])
"""


def test_rate_limit_counters_are_shared_through_redis(tmp_path):
    # A separate process: the limiter is bound to one storage per process, as in production.
    redis = pytest.importorskip("redis")
    server = redis.Redis.from_url("redis://127.0.0.1:6379/0")
    try:
        server.ping()
    except redis.exceptions.ConnectionError:
        pytest.skip("needs Redis at 127.0.0.1:6379")
    prefix = f"portal-test-{uuid.uuid4().hex}"
    env = dict(os.environ, REDIS_URL="redis://127.0.0.1:6379/0", RATELIMIT_KEY_PREFIX=prefix,
               LOGIN_LIMIT_PER_ACCOUNT="2 per minute")
    env.pop("DATABASE_URL", None)
    try:
        out = subprocess.run([sys.executable, "-c", "import sys\n" + REDIS_SCRIPT,
                              str(tmp_path / "r.db")], env=env, capture_output=True, text=True,
                             check=True).stdout
        assert out.strip() == "[401, 401, 429]"
        assert server.keys(f"*{prefix}*"), "the counters are in Redis"
    finally:
        keys = server.keys(f"*{prefix}*")
        if keys:
            server.delete(*keys)


def test_sign_out_needs_post(app, world):
    client = app.test_client()
    sign_in(client, "editor@tp.gov.vn")
    assert client.get("/auth/logout").status_code == 405
    client.post("/auth/logout")
    assert client.get("/can-bo/").status_code == 302


def test_change_own_password(app, world):
    client = app.test_client()
    sign_in(client, "editor@tp.gov.vn")
    new = "a much better passphrase 42"
    weak = client.post("/auth/password", data={"current_password": PASSWORD,
                                               "new_password": "password", "confirm": "password"})
    assert "ít nhất 12 ký tự" in weak.get_data(as_text=True)
    resp = client.post("/auth/password", data={"current_password": PASSWORD,
                                               "new_password": new, "confirm": new})
    assert resp.status_code == 302
    assert authenticate("editor@tp.gov.vn", new) is not None
    assert authenticate("editor@tp.gov.vn", PASSWORD) is None


def test_cli_create_list_disable(runner, world):
    result = runner.invoke(args=["users", "create", "new@tp.gov.vn", "--role", "editor",
                                 "--agency", "STP", "--agency", "sở y tế"],
                           input="a long enough passphrase\n")
    assert result.exit_code == 0, result.output
    user = db.session.query(User).filter_by(email="new@tp.gov.vn").one()
    assert sorted(a.name for a in user.agencies) == ["Sở Tư pháp", "Sở Y tế"]
    listing = runner.invoke(args=["users", "list"]).output
    assert "new@tp.gov.vn\teditor\tactive" in listing
    assert runner.invoke(args=["users", "disable", "new@tp.gov.vn"]).exit_code == 0
    db.session.expire_all()
    assert not db.session.get(User, user.id).active


def test_cli_refuses_a_weak_password_and_an_unknown_agency(runner, world):
    weak = runner.invoke(args=["users", "create", "w@x.vn", "--role", "admin"],
                         input="123456\n")
    assert weak.exit_code != 0 and "12" in weak.output
    unknown = runner.invoke(args=["users", "create", "u@x.vn", "--role", "editor",
                                  "--agency", "Không có"], input="a long enough passphrase\n")
    assert unknown.exit_code != 0
    assert db.session.query(User).filter(User.email.in_(["w@x.vn", "u@x.vn"])).count() == 0
