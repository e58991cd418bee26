"""Application wiring, settings and health."""
import re

import pytest

from portal import create_app
from portal.config import DEV_SECRET_KEY, ConfigError


def test_healthz_is_ready_only_with_a_usable_index_and_reports_lag(client, tmp_path):
    from portal.search.service import EXTENSION_KEY
    from portal.search.whoosh_backend import WhooshSearchBackend
    from tests.factories import make_procedure
    from portal.extensions import db

    app = client.application
    previous = app.extensions[EXTENSION_KEY]
    app.extensions[EXTENSION_KEY] = fresh = WhooshSearchBackend(str(tmp_path / "index"))
    try:
        make_procedure("Đăng ký tạm vắng", "1.000010")
        db.session.commit()
        resp = client.get("/healthz")
        assert resp.status_code == 503      # no index yet: a load balancer looks elsewhere
        body = resp.get_json()
        assert body["status"] == "not ready" and body["database"] == "ok"
        assert body["index"]["usable"] is False
        fresh.sync.rebuild()
        resp = client.get("/healthz")
        assert resp.status_code == 200
        assert resp.headers["Cache-Control"] == "no-store"
        index = resp.get_json()["index"]
        assert index["usable"] and index["documents"] == index["published"] == 1
        assert index["lag_changes"] == 0 and index["lag_seconds"] == 0
        fresh.sync.apply_after_commit = False    # committed, not yet applied here
        make_procedure("Đăng ký giám hộ", "1.000020")
        db.session.commit()
        index = client.get("/healthz").get_json()["index"]
        assert index["lag_changes"] == 1 and index["lag_seconds"] >= 0
        assert index["checkpoint"] < index["log_head"]
    finally:
        fresh.store.close_thread_searcher()
        app.extensions[EXTENSION_KEY] = previous


def test_healthz_when_database_unreachable(tmp_path):
    app = create_app({"PORTAL_ENV": "testing", "SECRET_KEY": "x",
                      "DATABASE_URL": "postgresql+psycopg://nobody@127.0.0.1:1/none"})
    resp = app.test_client().get("/healthz")
    assert resp.status_code == 503
    assert resp.get_json()["database"] == "unreachable"


def test_settings_from_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("DATABASE_URL", "postgres://u@h/db")
    monkeypatch.setenv("PORTAL_INDEX_DIR", str(tmp_path / "ix"))
    app = create_app({"PORTAL_ENV": "development"})
    assert app.config["SQLALCHEMY_DATABASE_URI"] == "postgresql+psycopg://u@h/db"
    assert app.config["PORTAL_INDEX_DIR"] == str(tmp_path / "ix")
    assert app.config["SECRET_KEY"] == DEV_SECRET_KEY


@pytest.mark.parametrize("overrides", [
    {"PORTAL_ENV": "production"},
    {"PORTAL_ENV": "production", "SECRET_KEY": DEV_SECRET_KEY},
    {"PORTAL_ENV": "production", "SECRET_KEY": "s3cret-value", "DEBUG": True},
])
def test_production_refuses_unsafe_settings(monkeypatch, overrides):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    with pytest.raises(ConfigError):
        create_app(overrides)


def test_home_shows_real_counts(client):
    from portal.extensions import db
    from .factories import make_procedure
    for level in (3, 3, 1):
        make_procedure(level=level)
    db.session.commit()
    html = client.get("/").get_data(as_text=True)
    assert "Danh mục có 3 thủ tục hành chính đang được công bố." in html
    rows = re.findall(r"<tr>(.*?)</tr>", html, re.S)
    level3 = next(r for r in rows if "level=3" in r)      # the level-3 row of the table
    assert re.findall(r'class="num"[^>]*>([^<]*)<', level3)[:1] == ["2"]


def test_security_headers_on_every_response(client):
    for url in ("/", "/healthz", "/api/v1/openapi.json", "/no-such-page"):
        resp = client.get(url)
        csp = resp.headers["Content-Security-Policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert "frame-ancestors 'none'" in csp
        assert resp.headers["X-Content-Type-Options"] == "nosniff"
        assert resp.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"


def test_wsgi_entry_refuses_to_start_without_secret(monkeypatch):
    import importlib
    import sys
    # setenv first so that monkeypatch restores the variables the module sets
    for name in ("SECRET_KEY", "PORTAL_ENV"):
        monkeypatch.setenv(name, "x")
        monkeypatch.delenv(name)
    sys.modules.pop("portal.wsgi", None)
    with pytest.raises(ConfigError):
        importlib.import_module("portal.wsgi")


def test_quickstart_prepares_the_demo_catalogue_and_is_quick_to_rerun(runner):
    from portal.search.service import search
    from portal.search.base import SearchQuery
    first = runner.invoke(args=["quickstart", "--no-serve"])
    assert first.exit_code == 0, first.output
    assert "Created:" in first.output and "rejected: 0" in first.output
    again = runner.invoke(args=["quickstart", "--no-serve"])
    assert again.exit_code == 0 and "reusing" in again.output
    found = search(SearchQuery(text="dang ky khai sinh"))
    assert found.hits and found.hits[0].name.lower().endswith("đăng ký khai sinh")
