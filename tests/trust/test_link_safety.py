"""The link checker stays outside (issue 15 §2): internal addresses are refused when a
link is saved and never requested by ``links check``, whatever the name or redirect."""
from __future__ import annotations

import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from portal import create_app
from portal.accounts.models import Role
from portal.accounts.services import create_api_token, create_user
from portal.catalogue.models import AgencyRole, LegalBasis, ProcedureAgency
from portal.catalogue.rules import check_link
from portal.config import ConfigError
from portal.errors import ValidationError
from portal.extensions import db
from portal import netguard
from portal.links.checker import BLOCKED, probe_url
from portal.links.models import LinkCheck

from ..factories import make_agency, make_procedure

INTERNAL = ["http://127.0.0.1:6379/", "http://169.254.169.254/latest/meta-data/iam/",
            "http://[::1]:22/", "http://10.0.0.1:8080/", "http://localhost:5432/",
            "http://2130706433/", "http://0x7f.1/", "http://[::ffff:127.0.0.1]/",
            "http://192.168.1.1/admin", "http://224.0.0.1/", "http://0.0.0.0:6379/",
            "http://metadata.internal/"]


class _Recorder(BaseHTTPRequestHandler):
    """Records every request; /to-metadata and /to-private redirect inside."""
    seen: list[tuple[str, str]] = []

    def log_message(self, *args):
        pass

    def do_HEAD(self):
        self.seen.append((self.path, self.headers.get("Host", "")))
        targets = {"/to-metadata": "http://169.254.169.254/latest/meta-data/",
                   "/to-private": "http://10.0.0.1:8080/", "/to-ula": "http://[fd00::1]/x"}
        if self.path in targets:
            self.send_response(302)
            self.send_header("Location", targets[self.path])
        else:
            self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_GET = do_HEAD


@pytest.fixture()
def recorder():
    _Recorder.seen = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_address[1], _Recorder.seen
    server.shutdown()
    server.server_close()


def test_links_check_never_requests_an_internal_address(runner, recorder):
    port, seen = recorder
    urls = [f"http://127.0.0.1:{port}/?key=secret", f"http://localhost:{port}/",
            f"http://[::ffff:127.0.0.1]:{port}/", "http://169.254.169.254/latest/meta-data/"]
    agency = make_agency()
    for i, url in enumerate(urls):
        proc = make_procedure(f"Thủ tục {i}", online_url=url, level=3)
        proc.agency_links.append(ProcedureAgency(agency_id=agency.id, role=AgencyRole.EXECUTING))
    db.session.add(LegalBasis(procedure_id=proc.id, position=1, number="1/2020/NĐ-CP",
                              url=f"http://127.0.0.1:{port}/legal"))
    db.session.commit()
    result = runner.invoke(args=["links", "check", "--timeout", "1", "--host-delay", "0"])
    assert result.exit_code == 0, result.output
    assert seen == []  # not one request reached the internal server
    rows = db.session.query(LinkCheck).all()
    assert len(rows) == 5 and {r.error for r in rows} == {BLOCKED}
    assert all(r.status_code is None for r in rows)  # nothing about the port is told


@pytest.mark.parametrize("path", ["/to-metadata", "/to-private", "/to-ula"])
def test_a_redirect_inside_is_not_followed(recorder, path):
    port, seen = recorder
    # The first hop is the loopback test server (allowed for this test only).
    result = probe_url(f"http://127.0.0.1:{port}{path}", timeout=1, allow_loopback=False)
    assert result.error == BLOCKED and seen == []
    result = probe_url(f"http://127.0.0.1:{port}{path}", timeout=1, allow_loopback=True)
    assert not result.ok and result.error == BLOCKED
    assert [p for p, _host in seen] == [path]


def test_the_connection_goes_to_the_address_that_was_checked(recorder, monkeypatch):
    # A name is resolved once, checked, and that address connected to: a resolver
    # answering differently at connect time (DNS rebinding) is never asked.
    port, seen = recorder
    answers = iter([[(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port))]])
    asked = []

    def rebinding_resolver(host, *args, **kwargs):
        if netguard.literal_address(host):          # an address is no question to DNS
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (host, port))]
        asked.append(host)
        return next(answers, [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.1", port))])

    monkeypatch.setattr(socket, "getaddrinfo", rebinding_resolver)
    result = probe_url(f"http://nowhere.invalid:{port}/pinned", timeout=1, allow_loopback=True)
    assert result.ok and result.status_code == 200
    assert seen == [("/pinned", f"nowhere.invalid:{port}")]     # Host: the name, not the address
    assert asked == ["nowhere.invalid"]


def test_a_name_resolving_inside_is_refused_before_any_connection(recorder, monkeypatch):
    port, seen = recorder
    monkeypatch.setattr(socket, "getaddrinfo", lambda host, *a, **kw: [
        (socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))
        for address in ("127.0.0.1", "10.1.2.3")])
    result = probe_url(f"http://mixed.example:{port}/x", timeout=1, allow_loopback=True)
    assert result.error == BLOCKED and seen == []


@pytest.mark.parametrize("url", INTERNAL)
def test_saving_an_internal_link_is_refused(app_ctx, url):
    with pytest.raises(ValidationError) as exc:
        check_link(url, "online_url")
    assert "địa chỉ công khai" in str(exc.value)


def test_public_links_are_still_accepted(app_ctx):
    for url in ("https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh.html?ma=1",
                "http://8.8.8.8/", "https://[2001:4860:4860::8888]/"):
        assert check_link(url, "online_url") == url


@pytest.fixture()
def editor_world(app_ctx):
    agency = make_agency()
    proc = make_procedure(level=2, no_form_required=True)
    proc.agency_links.append(ProcedureAgency(agency_id=agency.id, role=AgencyRole.EXECUTING))
    editor = create_user("editor@tp.gov.vn", "correct horse battery staple", Role.EDITOR, [agency])
    _row, token = create_api_token(editor, "x")
    db.session.commit()
    return proc, token


def test_the_staff_form_and_api_refuse_an_internal_link(app_ctx, editor_world):
    proc, token = editor_world
    client = app_ctx.test_client()
    resp = client.post("/auth/login", data={"email": "editor@tp.gov.vn",
                                            "password": "correct horse battery staple"})
    assert resp.status_code == 302
    level = {"version": proc.version, "level": "3", "effective_date": "2024-03-01",
             "decision_ref": "15/QĐ-UBND", "reason": "",
             "online_url": "http://169.254.169.254/latest/meta-data/"}
    resp = client.post(f"/can-bo/thu-tuc/{proc.id}/muc-do", data=level)
    assert resp.status_code == 422
    assert "địa chỉ công khai" in resp.get_data(as_text=True)
    record = client.get(f"/api/v1/staff/procedures/{proc.id}",
                        headers={"Authorization": f"Bearer {token}"}).get_json()
    record["legal_bases"] = [{"number": "1/2020/NĐ-CP", "url": "http://127.0.0.1:6379/"}]
    body = {k: v for k, v in record.items() if k not in ("id", "status", "level")}
    resp = client.put(f"/api/v1/staff/procedures/{proc.id}", json=body,
                      headers={"Authorization": f"Bearer {token}"})
    assert resp.status_code == 400, resp.get_json()
    assert "địa chỉ công khai" in resp.get_json()["errors"]["json"]["legal_bases-0-url"][0]
    db.session.expire_all()
    assert db.session.get(type(proc), proc.id).level == 2


def test_the_loopback_setting_is_refused_in_production(monkeypatch):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    with pytest.raises(ConfigError):
        create_app({"PORTAL_ENV": "production", "SECRET_KEY": "a-private-value-123",
                    "PORTAL_LINKCHECK_ALLOW_LOOPBACK": True})
