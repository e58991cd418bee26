"""Security properties of every route: SQL metacharacters, redirects, headers, settings."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from portal import create_app
from portal.catalogue.models import Procedure
from portal.config import ConfigError
from portal.extensions import db

from .conftest import signed_in

SQL = ["' OR 1=1 --", '"; DROP TABLE procedure; --', "%", "_", "\\", "1' UNION SELECT 1--",
       "1;SELECT pg_sleep(0)", "%00", "\x00",
       # numbers past the database's INTEGER and BIGINT (PostgreSQL refuses them)
       "2147483648", "99999999999999999999", "-9223372036854775809",
       # digits Python's str.isdigit() accepts and int() refuses ("²"), and decimal
       # digits of another script, which int() reads
       "²", "١٢", "1" * 5000]
# Every query-string parameter some GET view reads (API schemas and request.args).
PARAMS = ["q", "page", "per_page", "agency", "field", "level", "tier", "applicant", "limit",
          "status", "as_of", "group_by", "interval", "from", "to", "years", "week", "next",
          "agency_id", "field_id", "lang", "v", "sort"]
NUMBERS = ["page", "per_page", "agency", "field", "level", "limit", "years", "week",
           "agency_id", "field_id"]


def _get_urls(app, values: dict[str, object], text: str) -> list[str]:
    """Every GET rule, string path parts set to ``text`` and id parts to a real row."""
    urls = []
    for rule in app.url_map.iter_rules():
        if "GET" not in rule.methods or rule.endpoint == "static":
            continue
        args = {}
        for name in rule.arguments:
            args[name] = values.get(name, 1) if rule._converters[name].regex == r"\d+" else text
        urls.append(rule.build(args, append_unknown=False)[1])
    return sorted(set(urls))


def _staff_api_headers(user) -> dict[str, str]:
    """A real bearer token of ``user``: the staff API is walked past its 401."""
    from portal.accounts.services import create_api_token
    _row, token = create_api_token(user, "hostile")
    db.session.commit()
    return {"Authorization": f"Bearer {token}"}


def _procedure_count() -> int:
    db.session.rollback()
    return db.session.scalar(select(func.count()).select_from(Procedure))


def test_sql_metacharacters_in_every_parameter_are_harmless(client, catalogue, attack):
    signed_in(client, attack.admin)   # staff and admin pages are walked too
    token = _staff_api_headers(attack.admin)
    values = {"procedure_id": attack.procedure.id, "item_id": catalogue.justice.id,
              "agency_id": attack.agency.id, "field_id": attack.field.id,
              "user_id": attack.admin.id}
    before = _procedure_count()
    failures = []
    for text in SQL:
        # Every parameter at once, then (with one payload) the search parameters one by
        # one, so that a 400 on the first checked one does not hide the others.
        singles = (tuple({n: text} for n in PARAMS[:8]) if text == SQL[0]
                   else tuple({n: text} for n in NUMBERS) if text in ("²", SQL[-1]) else ())
        for url in _get_urls(client.application, values, text):
            headers = token if url.startswith("/api/v1/staff") else {}
            for query in ({name: text for name in PARAMS},) + singles:
                resp = client.get(url, query_string=query, headers=headers)
                if resp.status_code >= 500:
                    failures.append((url, query, resp.status_code))
    assert not failures, failures[:20]
    assert _procedure_count() == before


def test_huge_ids_in_urls_are_404_not_errors(client, catalogue, attack):
    signed_in(client, attack.admin)
    token = _staff_api_headers(attack.admin)
    huge = 2**63 + 7
    for rule in client.application.url_map.iter_rules():
        ints = [n for n in rule.arguments if rule._converters[n].regex == r"\d+"]
        if not ints or not rule.methods & {"GET", "POST", "PUT"}:
            continue
        url = rule.build({n: huge if n in ints else "x" for n in rule.arguments})[1]
        method = "GET" if "GET" in rule.methods else sorted(rule.methods & {"POST", "PUT"})[0]
        resp = client.open(url, method=method,
                           headers=token if url.startswith("/api/v1/staff") else {})
        # 405: werkzeug matched the path for another method before the id was refused.
        assert resp.status_code in (404, 405), (method, url, resp.status_code)


OFF_SITE = ["//evil.example", "https://evil.example", "/\\evil.example", "javascript:alert(1)",
            "%2F%2Fevil.example", "/%2F%2Fevil.example", "\\\\evil.example", "http:evil.example",
            "/\t/evil.example", " //evil.example", "https:/evil.example", "//evil.example@x",
            "///evil.example", "/%5Cevil.example", "data:text/html,<script>alert(1)</script>",
            "http://localhost.evil.example", "\x00//evil.example"]


def _stays_on_site(location: str) -> bool:
    # As a browser reads a Location: backslashes are slashes, tabs and newlines vanish;
    # percent-escapes stay escaped (/%2F%2Fevil is a path here, not a host).
    from urllib.parse import urlsplit
    seen = "".join(ch for ch in location.replace("\\", "/") if ch not in "\t\r\n")
    parts = urlsplit(seen)
    return (not parts.scheme and not parts.netloc and seen.startswith("/")
            and not seen.startswith("//") and location.isprintable())


@pytest.mark.parametrize("target", OFF_SITE)
def test_login_next_cannot_leave_the_site(client, attack, target):
    from ..staff.conftest import PASSWORD
    resp = client.post("/auth/login", query_string={"next": target},
                       data={"email": attack.admin.email, "password": PASSWORD, "next": target})
    assert resp.status_code in (302, 303)
    assert _stays_on_site(resp.headers["Location"]), resp.headers["Location"]
    # Already signed in: the GET shortcut redirects too, and must also stay.
    resp = client.get("/auth/login", query_string={"next": target})
    assert resp.status_code in (302, 303)
    assert _stays_on_site(resp.headers["Location"]), resp.headers["Location"]
    resp = client.get("/ngon-ngu/en", query_string={"next": target})
    assert _stays_on_site(resp.headers["Location"]), resp.headers["Location"]


def test_login_next_on_the_site_is_followed(client, attack):
    from ..staff.conftest import PASSWORD
    resp = client.post("/auth/login", data={"email": attack.admin.email, "password": PASSWORD,
                                            "next": "/staff/?q=a"})
    assert resp.headers["Location"] == "/staff/?q=a"


def _assert_security_headers(resp, what: str) -> None:
    csp = resp.headers.get("Content-Security-Policy", "")
    directives = {d.strip().split(" ")[0]: d.strip() for d in csp.split(";") if d.strip()}
    script = directives.get("script-src") or directives.get("default-src", "")
    assert script and "'unsafe-inline'" not in script and "'unsafe-eval'" not in script, what
    assert "frame-ancestors 'none'" in csp or "frame-ancestors 'self'" in csp, what
    assert resp.headers.get("X-Content-Type-Options") == "nosniff", what
    assert resp.headers.get("Referrer-Policy"), what


def test_security_headers_on_every_kind_of_response(client, catalogue, attack):
    static = "/static/css/" + _a_css_file(client.application)
    cases = {
        "html": client.get("/"), "procedure": client.get("/thu-tuc/1.001193"),
        "json": client.get("/api/v1/procedures"), "openapi": client.get("/api/v1/openapi.json"),
        "404 page": client.get("/no-such-page"), "404 json": client.get("/api/v1/procedures/0.0"),
        "405": client.post("/"), "400": client.get("/search?page=x"),
        "static": _read(client.get(static)),
        "csv": _read(client.get("/api/v1/exports/procedures.csv")),
        "xlsx": _read(client.get("/api/v1/exports/procedures.xlsx")),
        "redirect": client.get("/ngon-ngu/en?next=/"), "health": client.get("/healthz"),
        "401 api": client.get("/api/v1/staff/procedures"),
        "sign-in": client.get("/auth/login"), "staff redirect": client.get("/can-bo/"),
    }
    signed_in(client, attack.admin)
    cases["dashboard"] = client.get("/quan-tri/thong-ke/")
    cases["staff edit"] = client.get(f"/can-bo/thu-tuc/{attack.procedure.id}/sua")
    for what, resp in cases.items():
        _assert_security_headers(resp, what)
    assert cases["static"].status_code == 200 and cases["404 page"].status_code == 404


def _read(resp):
    # Streamed bodies (exports, static files) are read and closed while the request is current.
    resp.get_data()
    resp.close()
    return resp


def _a_css_file(app) -> str:
    import os
    return sorted(os.listdir(os.path.join(app.static_folder, "css")))[0]


def test_no_page_carries_inline_script(client, catalogue, attack):
    # The CSP forbids inline script; a page that relied on it would silently break.
    signed_in(client, attack.admin)
    for url in ("/", "/search?q=khai", "/thu-tuc/1.001193", "/quan-tri/thong-ke/", "/api/v1/docs",
                f"/can-bo/thu-tuc/{attack.procedure.id}/sua", "/auth/login"):
        html = client.get(url).get_data(as_text=True)
        for chunk in html.split("<script")[1:]:
            tag, _, rest = chunk.partition(">")
            assert "src=" in tag and rest.lstrip().startswith("</script>"), (url, tag)
        assert " onclick=" not in html and " onload=" not in html, url


@pytest.mark.parametrize("overrides", [
    {"SECRET_KEY": ""}, {"SECRET_KEY": "   "}, {"SECRET_KEY": None},
    {"SECRET_KEY": "a-private-random-value-0123456789", "DEBUG": "1"},
    {"SECRET_KEY": "a-private-random-value-0123456789", "DEBUG": 1},
    # the test suite's cheap password hashing, or another method, never in production
    {"SECRET_KEY": "a-private-random-value-0123456789", "PORTAL_PASSWORD_HASH": "scrypt:1024:8:1"},
    {"SECRET_KEY": "a-private-random-value-0123456789", "PORTAL_PASSWORD_HASH": "pbkdf2"},
])
def test_production_refuses_a_blank_secret_or_debug(monkeypatch, overrides):
    # tests/test_app.py covers a missing key, the development key and DEBUG=True.
    monkeypatch.delenv("SECRET_KEY", raising=False)
    with pytest.raises(ConfigError):
        create_app({"PORTAL_ENV": "production", **overrides})


def test_production_refuses_the_development_key_from_the_environment(monkeypatch):
    from portal.config import DEV_SECRET_KEY
    monkeypatch.setenv("SECRET_KEY", DEV_SECRET_KEY)
    with pytest.raises(ConfigError):
        create_app({"PORTAL_ENV": "production"})
    monkeypatch.setenv("SECRET_KEY", "a-private-random-value-0123456789")
    monkeypatch.setenv("FLASK_DEBUG", "1")
    with pytest.raises(ConfigError):
        create_app({"PORTAL_ENV": "production"})
