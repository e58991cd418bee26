"""From a query that found nothing, an administrator adds a synonym group in one step."""
import re

from portal.extensions import db
from portal.search.models import SynonymGroup
from portal.search.synonyms import seed_synonym_groups

from ..factories import make_procedure
from .conftest import client_for


def test_zero_result_query_gets_a_synonym_group_and_then_finds(app, world):
    client = client_for(app, "admin@tinh.gov.vn")
    make_procedure("Cấp giấy phép lái xe", code="1.002804")
    db.session.commit()
    assert client.get("/api/v1/procedures?q=xin+bang+tai").get_json()["total"] == 0
    form = client.get("/quan-tri/tu-dong-nghia/?q=bang+tai").get_data(as_text=True)
    assert "bang tai" in form
    resp = client.post("/quan-tri/tu-dong-nghia/", data={
        "terms": "giấy phép lái xe\nbằng tài", "note": "từ truy vấn không có kết quả"})
    assert resp.status_code == 302
    hits = client.get("/api/v1/procedures?q=bang+tai").get_json()["items"]
    assert [h["code"] for h in hits][:1] == ["1.002804"]
    group_id = db.session.query(SynonymGroup).filter_by(
        note="từ truy vấn không có kết quả").one().id
    assert client.post(f"/quan-tri/tu-dong-nghia/{group_id}/xoa").status_code == 302
    assert db.session.get(SynonymGroup, group_id) is None


def test_a_group_needs_two_phrases(app, world):
    client = client_for(app, "admin@tinh.gov.vn")
    resp = client.post("/quan-tri/tu-dong-nghia/", data={"terms": "chỉ một cụm"})
    assert resp.status_code == 422
    assert "hai cụm từ" in resp.get_data(as_text=True)


def test_the_groups_are_listed_a_page_at_a_time_newest_first_and_can_be_filtered(app, world):
    # the lexicon alone is over a thousand groups: one page held them all
    seed_synonym_groups()
    db.session.commit()
    client = client_for(app, "admin@tinh.gov.vn")
    client.post("/quan-tri/tu-dong-nghia/", data={"terms": "giấy phép lái xe\nbằng tài"})
    first = client.get("/quan-tri/tu-dong-nghia/").get_data(as_text=True)
    rows = re.findall(r'data-label="Cụm từ">([^<]*)<', first)
    assert len(rows) == 50 and rows[0] == "giấy phép lái xe · bằng tài"
    assert "Trang 1 / " in first
    second = client.get("/quan-tri/tu-dong-nghia/?page=2").get_data(as_text=True)
    assert not set(rows) & set(re.findall(r'data-label="Cụm từ">([^<]*)<', second))
    # folded: "so do" finds the groups holding "sổ đỏ", and only those
    found = client.get("/quan-tri/tu-dong-nghia/?loc=so+do").get_data(as_text=True)
    phrases = re.findall(r'data-label="Cụm từ">([^<]*)<', found)
    assert phrases and all("sổ đỏ" in p.lower() for p in phrases)
    none = client.get("/quan-tri/tu-dong-nghia/?loc=zzzz").get_data(as_text=True)
    assert "Không có nhóm nào khớp “zzzz”." in none
    assert client.get("/quan-tri/tu-dong-nghia/?page=0").status_code == 400
