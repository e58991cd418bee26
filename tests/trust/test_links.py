"""The link checker, against a local server on 127.0.0.1 (never the internet)."""
from __future__ import annotations

import itertools
import threading
import time

import pytest

from portal.catalogue.models import AgencyRole, LegalBasis, ProcedureAgency
from portal.extensions import db
from portal.links.checker import HostThrottle, probe_url
from portal.links.models import LinkCheck, LinkKind
from portal.links.queries import (
    broken_links,
    broken_links_by_agency,
    online_link_broken,
    procedures_with_broken_online_link,
)

from ..factories import make_agency, make_procedure
from .conftest import SLOW_SECONDS, make_user, sign_in

TIMEOUT = 1.0


@pytest.fixture(autouse=True)
def _loopback_test_server_allowed(app, monkeypatch):
    # The local test server is on 127.0.0.1, which the checker otherwise never requests.
    monkeypatch.setitem(app.config, "PORTAL_LINKCHECK_ALLOW_LOOPBACK", True)


def test_working_link(web_server):
    result = probe_url(f"{web_server}/ok", timeout=TIMEOUT, allow_loopback=True)
    assert result.ok and result.status_code == 200 and not result.redirected
    assert result.final_url == f"{web_server}/ok"


def test_redirect_is_followed_and_recorded(web_server):
    result = probe_url(f"{web_server}/moved", timeout=TIMEOUT, allow_loopback=True)
    assert result.ok and result.status_code == 200 and result.redirected
    assert result.final_url == f"{web_server}/ok"


def test_a_redirect_loop_is_broken_after_the_limit(web_server):
    result = probe_url(f"{web_server}/loop", timeout=TIMEOUT, allow_loopback=True)
    assert not result.ok and result.error == "too many redirects" and result.redirected
    assert result.status_code == 301 and result.final_url == f"{web_server}/loop"


def test_a_vietnamese_path_is_sent_percent_encoded(web_server):
    result = probe_url(f"{web_server}/thủ-tục", timeout=TIMEOUT, allow_loopback=True)
    assert result.ok and result.status_code == 200


def test_not_found(web_server):
    result = probe_url(f"{web_server}/missing", timeout=TIMEOUT, allow_loopback=True)
    assert not result.ok and result.status_code == 404


def test_server_refusing_head_is_checked_with_get(web_server):
    result = probe_url(f"{web_server}/no-head", timeout=TIMEOUT, allow_loopback=True)
    assert result.ok and result.status_code == 200


def test_slow_server_times_out(web_server):
    assert TIMEOUT < SLOW_SECONDS
    result = probe_url(f"{web_server}/slow", timeout=TIMEOUT, allow_loopback=True)
    assert not result.ok and result.error == "timeout" and result.status_code is None


def test_refused_connection(refused_url):
    result = probe_url(refused_url, timeout=TIMEOUT, allow_loopback=True)
    assert not result.ok and result.error == "connection refused"


def test_unsupported_addresses_are_broken_without_a_request():
    for url in ("ftp://example.org/x", "javascript:alert(1)", "http://"):
        result = probe_url(url)
        assert not result.ok and result.error


def test_throttle_spaces_requests_to_one_host_only():
    throttle = HostThrottle(0.2)
    starts: dict[str, list[float]] = {"a": [], "b": []}

    def go(host):
        throttle.wait(host)
        starts[host].append(time.monotonic())

    threads = [threading.Thread(target=go, args=(h,)) for h in ("a", "a", "a", "b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    a = sorted(starts["a"])
    # Ordering, not speed: each start to host a comes at least one delay after the previous.
    assert all(later - earlier >= 0.19 for earlier, later in itertools.pairwise(a))
    assert len(starts["b"]) == 1


def _catalogue(web_server, refused_url):
    """Two agencies; links of every kind and outcome."""
    tu_phap, xay_dung = make_agency("Sở Tư pháp"), make_agency("Sở Xây dựng")
    p1 = make_procedure("Đăng ký khai sinh", level=4, online_url=f"{web_server}/missing",
                        source_url=f"{web_server}/ok")
    p2 = make_procedure("Cấp giấy phép xây dựng", level=3, online_url=f"{web_server}/moved",
                        source_url=f"{web_server}/slow")
    p3 = make_procedure("Đăng ký kết hôn", level=2, online_url=refused_url)
    db.session.add_all([
        ProcedureAgency(procedure_id=p1.id, agency_id=tu_phap.id, role=AgencyRole.EXECUTING),
        ProcedureAgency(procedure_id=p3.id, agency_id=tu_phap.id, role=AgencyRole.EXECUTING),
        ProcedureAgency(procedure_id=p2.id, agency_id=xay_dung.id, role=AgencyRole.EXECUTING),
        LegalBasis(procedure_id=p2.id, position=1, number="15/2021/NĐ-CP",
                   url=f"{web_server}/missing"),
        LegalBasis(procedure_id=p1.id, position=1, number="123/2015/NĐ-CP", url="không có"),
    ])
    db.session.commit()
    return tu_phap, xay_dung, p1, p2, p3


def test_links_check_command_records_and_summarises(runner, web_server, refused_url):
    tu_phap, xay_dung, p1, p2, p3 = _catalogue(web_server, refused_url)
    result = runner.invoke(args=["links", "check", "--timeout", str(TIMEOUT),
                                 "--host-delay", "0.01", "--workers", "4"])
    assert result.exit_code == 0, result.output
    # 5 distinct URLs: /missing (online and legal: filed as online), /ok, /moved, /slow, refused.
    assert "Đã kiểm tra: 5, hoạt động: 2 (chuyển hướng: 1), hỏng: 3" in result.output
    assert "hỏng (nộp trực tuyến): 2" in result.output
    assert "hỏng (nguồn): 1" in result.output
    rows = {r.url: r for r in db.session.query(LinkCheck)}
    assert rows[f"{web_server}/missing"].kind == LinkKind.ONLINE
    assert rows[f"{web_server}/missing"].status_code == 404
    assert rows[f"{web_server}/moved"].final_url == f"{web_server}/ok"
    assert rows[f"{web_server}/slow"].error == "timeout"
    assert rows[refused_url].error == "connection refused"
    assert all(r.checked_at is not None for r in rows.values())

    # Broken links per executing agency, each use listed (the legal basis too).
    grouped = broken_links_by_agency()
    assert {(r.code, r.role) for r in grouped[(tu_phap.id, "Sở Tư pháp")]} == {
        (p1.code, LinkKind.ONLINE), (p3.code, LinkKind.ONLINE)}
    assert {(r.code, r.role) for r in grouped[(xay_dung.id, "Sở Xây dựng")]} == {
        (p2.code, LinkKind.LEGAL), (p2.code, LinkKind.SOURCE)}
    assert {r.code for r in broken_links(agency_id=xay_dung.id)} == {p2.code}

    # The flag: level 3–4 with a broken online link (p3's is broken but it is at level 2).
    assert procedures_with_broken_online_link() == [p1]
    assert online_link_broken(p1) and not online_link_broken(p2) and not online_link_broken(p3)


def test_a_second_run_updates_the_rows_and_drops_unused_urls(runner, web_server, refused_url):
    _, _, p1, p2, _ = _catalogue(web_server, refused_url)
    args = ["links", "check", "--timeout", str(TIMEOUT), "--host-delay", "0"]
    assert runner.invoke(args=args).exit_code == 0
    p1.online_url = f"{web_server}/ok"
    p2.source_url = ""
    db.session.commit()
    assert runner.invoke(args=args).exit_code == 0
    urls = {r.url: r.ok for r in db.session.query(LinkCheck)}
    assert f"{web_server}/slow" not in urls
    assert urls[f"{web_server}/ok"] is True
    assert procedures_with_broken_online_link() == []


def test_broken_links_page_is_for_staff(client, web_server, refused_url):
    _catalogue(web_server, refused_url)
    client.application.test_cli_runner().invoke(
        args=["links", "check", "--timeout", str(TIMEOUT), "--host-delay", "0"])
    resp = client.get("/can-bo/lien-ket/hong")
    assert resp.status_code in (302, 401)
    sign_in(client, make_user())
    db.session.commit()
    html = client.get("/can-bo/lien-ket/hong").get_data(as_text=True)
    assert "Sở Tư pháp" in html and "Sở Xây dựng" in html
    assert f"{web_server}/missing" in html and "404" in html
    assert "Đăng ký khai sinh" in html


def test_checking_one_kind_leaves_the_other_results_alone(runner, web_server, refused_url):
    _catalogue(web_server, refused_url)
    base = ["links", "check", "--timeout", str(TIMEOUT), "--host-delay", "0"]
    assert runner.invoke(args=base).exit_code == 0
    result = runner.invoke(args=[*base, "--kind", "online"])
    assert result.exit_code == 0, result.output
    assert "Đã kiểm tra: 3," in result.output      # /missing, /moved, refused
    assert db.session.query(LinkCheck).count() == 5
