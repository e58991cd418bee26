"""Learning from use: a replayed search log proposes synonym groups on the
synonyms page; accepting one changes the next search, rejecting one hides it."""
import datetime as dt
import re

from portal.analytics.models import SearchLog
from portal.analytics.services import aggregate_old_searches
from portal.extensions import db

from ..factories import make_procedure
from .conftest import client_for

LICENCE = "1.002804"


def _search_then_open(visitor, first: str, then: str, code: str) -> None:
    """One visit: ``first`` finds nothing worth opening, ``then`` is opened at position 1."""
    assert visitor.get("/search", query_string={"q": first}).status_code == 200
    page = visitor.get("/search", query_string={"q": then}).get_data(as_text=True)
    link = re.search(rf'href="(/s/\d+/{re.escape(code)}\?pos=1)"', page)
    assert link, "the first result links through the open counter"
    assert visitor.get(link.group(1)).status_code == 302


def _log(query: str, code: str | None, days_ago: int = 0) -> None:
    when = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=days_ago)
    db.session.add(SearchLog(query=query, result_count=3, opened_code=code, searched_at=when,
                             opened_position=2 if code else None))


def test_reformulations_are_proposed_and_accepting_one_changes_the_next_search(app, world):
    make_procedure("Cấp giấy phép lái xe", code=LICENCE)
    db.session.commit()
    public = app.test_client()
    assert public.get("/api/v1/procedures?q=xin+bằng+tài").get_json()["total"] == 0
    for _ in range(2):      # two visitors, each with their own cookie (visit)
        _search_then_open(app.test_client(), "xin bằng tài", "giấy phép lái xe", LICENCE)
    opened = db.session.query(SearchLog).filter(SearchLog.opened_code == LICENCE).all()
    assert [e.opened_position for e in opened] == [1, 1]
    assert len({e.visit for e in db.session.query(SearchLog)}) == 2

    admin = client_for(app, "admin@tinh.gov.vn")
    page = admin.get("/quan-tri/tu-dong-nghia/").get_data(as_text=True)
    assert "giấy phép lái xe · xin bằng tài" in page
    assert "Tìm lại: 2 lần" in page
    assert "xin bằng tài → giấy phép lái xe (2)" in page
    key = re.search(r'name="key" value="([^"]+)"', page).group(1)
    resp = admin.post("/quan-tri/tu-dong-nghia/de-xuat/chap-nhan", data={"key": key})
    assert resp.status_code == 302
    hits = public.get("/api/v1/procedures?q=xin+bằng+tài").get_json()["items"]
    assert [h["code"] for h in hits][:1] == [LICENCE]
    page = admin.get("/quan-tri/tu-dong-nghia/").get_data(as_text=True)
    proposals, groups = page.split("Đề xuất từ nhật ký")[1].split("Các nhóm hiện có")
    assert "xin bằng tài" not in proposals and "giấy phép lái xe · xin bằng tài" in groups


def test_co_clicks_survive_the_weekly_folding_and_a_rejection_is_final(app, world):
    sand = make_procedure("Cấp giấy phép khai thác khoáng sản", code="1.000010")
    for query, days in (("hút cát", 120), ("hút cát", 100), ("khai thác khoáng sản", 95)):
        _log(query, sand.code, days_ago=days)
    _log("hút cát", None, days_ago=1)
    db.session.commit()
    assert aggregate_old_searches() == 3
    db.session.commit()
    admin = client_for(app, "admin@tinh.gov.vn")
    page = admin.get("/quan-tri/tu-dong-nghia/").get_data(as_text=True)
    assert "hút cát · khai thác khoáng sản" in page
    assert "Cùng mở thủ tục 1.000010: 3 lần" in page
    key = re.search(r'name="key" value="([^"]+)"', page).group(1)
    assert admin.post("/quan-tri/tu-dong-nghia/de-xuat/tu-choi",
                      data={"key": key}).status_code == 302
    assert "hút cát · khai thác khoáng sản" not in admin.get(
        "/quan-tri/tu-dong-nghia/").get_data(as_text=True)


def test_only_administrators_decide(app, world):
    editor = client_for(app, "editor@tp.gov.vn")
    resp = editor.post("/quan-tri/tu-dong-nghia/de-xuat/chap-nhan", data={"key": "a|b"})
    assert resp.status_code in (302, 403)
    admin = client_for(app, "admin@tinh.gov.vn")
    assert admin.post("/quan-tri/tu-dong-nghia/de-xuat/chap-nhan",
                      data={"key": "a|b"}).status_code == 302     # gone: a message, no 500
    assert admin.post("/quan-tri/tu-dong-nghia/de-xuat/chap-nhan", data={}).status_code == 400
