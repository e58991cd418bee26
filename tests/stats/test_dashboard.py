"""The admin statistics pages: access, figures, charts, exports, targets."""
import csv
import datetime as dt
import io

import pytest
from flask import g
from openpyxl import load_workbook

from portal.accounts.sessions import start_session
from portal.accounts.models import Role, User
from portal.extensions import db
from portal.levels.models import Target

from ..factories import make_agency, make_field, make_procedure
from .helpers import D, history


def sign_in(client, role=Role.ADMIN):
    email = f"{role.value}@example.vn"
    user = db.session.query(User).filter_by(email=email).one_or_none()
    if user is None:
        user = User(email=email, password_hash="x", role=role)
        db.session.add(user)
        db.session.commit()
    # A server-side session row, as the sign-in form makes (accounts/sessions.py).
    cookie_id = start_session(user).cookie_id
    db.session.commit()
    with client.session_transaction() as sess:
        sess["_user_id"] = cookie_id
        sess["_fresh"] = True
    # The test keeps one app context across requests: forget the cached user.
    g.pop("_login_user", None)
    return user


@pytest.fixture()
def demo(app_ctx):
    justice = make_agency("Sở Tư pháp")
    odd = make_agency("<script>alert(1)</script> $x$ Ban")
    civil = make_field("Hộ tịch")
    history([(1, D(2012, 1, 1)), (3, D(2019, 12, 31))], agency=justice, field=civil)
    history([(2, D(2015, 1, 1)), (4, D(2019, 6, 1))], agency=justice, field=civil)
    history([(1, D(2013, 1, 1))], agency=odd)
    history([(1, D(2013, 1, 1)), (2, D(2020, 1, 1))], agency=odd)
    db.session.commit()
    return {"justice": justice, "odd": odd, "civil": civil}


def _dashboard_urls(app):
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith("/quan-tri/thong-ke"):
            values = {arg: ("1" if arg not in ("page", "name", "fmt") else
                            {"page": "overview", "name": "series", "fmt": "csv"}[arg])
                      for arg in rule.arguments}
            yield rule.rule, values


def test_every_dashboard_url_needs_an_administrator(client, app_ctx):
    urls = list(_dashboard_urls(app_ctx))
    assert len(urls) >= 10
    for rule, values in urls:
        url = rule
        for arg, value in values.items():
            url = url.replace(f"<int:{arg}>", value).replace(f"<{arg}>", value)
        for method in ("GET", "POST"):
            resp = client.open(url, method=method)
            if resp.status_code == 302:   # anonymous: sent to sign in
                assert "/auth/login" in resp.headers["Location"], (method, url)
            else:
                assert resp.status_code in (401, 405), (method, url)
    sign_in(client, Role.EDITOR)
    assert client.get("/quan-tri/thong-ke/").status_code == 403
    assert client.get("/quan-tri/thong-ke/xuat/overview/series.csv").status_code == 403


def test_overview_answers_end_of_2019_per_agency(client, demo):
    sign_in(client)
    resp = client.get("/quan-tri/thong-ke/?to=2019-12-31&interval=year")
    assert resp.status_code == 200
    html = resp.get_data(as_text=True)
    assert "<svg" in html and "<script>alert" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; $x$ Ban" in html
    rows = _csv(client.get("/quan-tri/thong-ke/xuat/overview/groups.csv?to=2019-12-31"))
    assert rows[0][:2] == ["#", "Cơ quan thực hiện"]
    assert rows[0][-3:] == ["Toàn trình", "Một phần", "Chỉ cung cấp thông tin"]
    share = rows[0].index("Tỉ lệ mức 3–4 (%)")
    assert [(r[1], r[share]) for r in rows[1:]] == [("Sở Tư pháp", "100.00"),
                                                  ("<script>alert(1)</script> $x$ Ban", "0.00")]


def _csv(resp):
    assert resp.status_code == 200
    body = resp.data
    assert body.startswith("\ufeff".encode())
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))


def test_series_export_xlsx_matches_csv(client, demo):
    sign_in(client)
    rows = _csv(client.get("/quan-tri/thong-ke/xuat/overview/series.csv?interval=year&to=2020-12-31"))
    assert rows[1][:6] == ["2012-12-31", "1", "0", "0", "0", "1"]
    assert rows[-1][:6] == ["2020-12-31", "1", "1", "1", "1", "4"]
    resp = client.get("/quan-tri/thong-ke/xuat/overview/series.xlsx?interval=year&to=2020-12-31")
    sheet = load_workbook(io.BytesIO(resp.data)).active
    values = list(sheet.iter_rows(values_only=True))
    assert values[-1][1:6] == (1, 1, 1, 1, 4)
    assert len(values) == len(rows)


def test_filters_and_bad_input(client, demo):
    sign_in(client)
    assert client.get("/quan-tri/thong-ke/?tier=huyen").status_code == 200
    for query in ("to=2019-13-01", "from=yesterday", "tier=moon", "interval=week",
                  "to=2999-01-01", "from=2020-01-01&to=2019-01-01"):
        resp = client.get(f"/quan-tri/thong-ke/?{query}")
        assert resp.status_code == 400, query
    assert client.get("/quan-tri/thong-ke/xuat/overview/nope.csv").status_code == 404
    assert client.get("/quan-tri/thong-ke/xuat/overview/series.pdf").status_code == 404
    assert client.get("/quan-tri/thong-ke/xuat/overview/series.csv?agency_id=x").status_code == 400


def test_agency_field_movement_and_print_pages(client, demo):
    sign_in(client)
    html = client.get(f"/quan-tri/thong-ke/co-quan/{demo['justice'].id}").get_data(as_text=True)
    assert "Sở Tư pháp" in html and "Hộ tịch" in html
    assert client.get(f"/quan-tri/thong-ke/linh-vuc/{demo['civil'].id}").status_code == 200
    assert client.get("/quan-tri/thong-ke/co-quan/9999").status_code == 404
    html = client.get("/quan-tri/thong-ke/bien-dong?from=2019-01-01&to=2019-12-31&years=5") \
        .get_data(as_text=True)
    assert "2 thủ tục tăng mức" in html
    assert client.get("/quan-tri/thong-ke/bien-dong?years=0").status_code == 400
    html = client.get("/quan-tri/thong-ke/in").get_data(as_text=True)
    # Print rules live in the stylesheet (the CSP ignores <style> in pages).
    assert "/static/css/portal.css" in html and "<svg" in html
    css = client.get("/static/css/portal.css")
    assert "@media print" in css.get_data(as_text=True)
    css.close()


def test_target_crud_and_progress_on_overview(client, demo):
    sign_in(client)
    resp = client.post("/quan-tri/thong-ke/muc-tieu/moi", data={
        "label": "", "agency_id": "0", "measure": "level4", "value": "100",
        "deadline": "2030-12-31"})
    assert resp.status_code == 302
    target = db.session.query(Target).one()
    assert (target.agency_id, target.value, target.deadline) == (None, 100, D(2030, 12, 31))
    rows = _csv(client.get("/quan-tri/thong-ke/xuat/overview/targets.csv"))
    assert rows[1][1:5] == ["Tỉ lệ mức 4", "100.00", "2030-12-31", "25.00"]
    assert client.post("/quan-tri/thong-ke/muc-tieu/moi", data={
        "agency_id": "0", "measure": "level4", "value": "120",
        "deadline": "2030-12-31"}).status_code == 400
    resp = client.post(f"/quan-tri/thong-ke/muc-tieu/{target.id}/sua", data={
        "label": "QĐ 749", "agency_id": str(demo["justice"].id), "measure": "level3_up",
        "value": "90", "deadline": "2030-12-31"})
    assert resp.status_code == 302
    db.session.expire_all()
    assert (target.label, target.agency_id, target.measure.value) == \
        ("QĐ 749", demo["justice"].id, "level3_up")
    assert "QĐ 749" in client.get("/quan-tri/thong-ke/muc-tieu").get_data(as_text=True)
    assert client.post(f"/quan-tri/thong-ke/muc-tieu/{target.id}/xoa").status_code == 302
    assert db.session.query(Target).count() == 0
    assert client.get("/quan-tri/thong-ke/muc-tieu/999/sua").status_code == 404


def test_public_progress_page_and_result_redirect(client, demo):
    from portal.analytics.models import SearchLog
    from portal.analytics.services import record_search
    html = client.get("/tien-do").get_data(as_text=True)
    # 2 of 4 procedures at levels 3–4 today, written the Vietnamese way.
    assert "<svg" in html and "50\u00a0%" in html
    sid = record_search("khai sinh", 3)
    db.session.commit()
    resp = client.get(f"/s/{sid}/1.001193")
    assert resp.status_code == 302 and resp.headers["Location"].endswith("/thu-tuc/1.001193")
    db.session.expire_all()
    assert db.session.get(SearchLog, sid).opened_code == "1.001193"
    assert client.get("/s/999999/1.1").status_code == 302


def test_search_analytics_page(client, app_ctx):
    from portal.analytics.services import record_search
    sign_in(client)
    record_search("cccd", 0)
    record_search("khai sinh", 5)
    db.session.commit()
    html = client.get("/quan-tri/thong-ke/tim-kiem").get_data(as_text=True)
    assert "cccd" in html and "khai sinh" in html
    rows = _csv(client.get("/quan-tri/thong-ke/xuat/search/zero.csv"))
    assert rows[1:] == [["cccd", "1", "0", "0"]]
    assert client.get("/quan-tri/thong-ke/tim-kiem?week=nope").status_code == 400
    # Without ?week= the page shows the current week (its Monday, in the province's time) ...
    from portal.analytics.queries import current_week
    monday = current_week()
    assert monday.weekday() == 0 and abs((dt.date.today() - monday).days) <= 7
    assert f'name="week" value="{monday.isoformat()}"' in html
    # ... and another week shows that week's queries only.
    earlier = client.get(f"/quan-tri/thong-ke/tim-kiem?week={monday - dt.timedelta(days=7)}")
    assert "cccd" not in earlier.get_data(as_text=True)


def test_zero_result_queries_link_to_the_synonym_page_and_say_what_they_find_now(client):
    """From a query that found nothing, one step to the synonym page; the page says
    whether the query finds something today (here thanks to the seeded CCCD group)."""
    from portal.analytics.services import record_search
    from tests.factories import make_procedure
    make_procedure("Cấp thẻ căn cước", code="2.000200")
    record_search("cccd", 0)
    record_search("xyzzy", 0)
    db.session.commit()
    sign_in(client)
    html = client.get("/quan-tri/thong-ke/tim-kiem").get_data(as_text=True)
    assert 'href="/quan-tri/tu-dong-nghia/?q=cccd"' in html
    assert "nay tìm được 1 kết quả" in html and "nay vẫn chưa có kết quả" in html


def test_progress_page_with_little_history_shows_todays_bars_and_is_linked(client, app_ctx):
    import datetime as dt

    from portal.levels.models import LevelSource
    from portal.levels.services import record_level_change
    for i, level in enumerate((1, 1, 3, 4)):
        proc = make_procedure(f"Thủ tục {i}", level=level)
        record_level_change(proc, level, dt.date.today(), source=LevelSource.IMPORT)
    db.session.commit()
    html = client.get("/tien-do").get_data(as_text=True)
    # One yearly point: bars for today (one per level), not a line on a stretched date axis.
    assert "Số thủ tục theo mức độ, hôm nay" in html and "<svg" in html
    assert html.count('fill="#4c2c92"') >= 1 and html.count('fill="#505a5f"') >= 1
    home = client.get("/").get_data(as_text=True)
    main, footer = home.split("<footer", 1)
    assert 'href="/tien-do"' in main and 'href="/tien-do"' in footer
