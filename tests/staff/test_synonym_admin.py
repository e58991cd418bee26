"""From a query that found nothing, an administrator adds a synonym group in one step."""
from portal.extensions import db
from portal.search.models import SynonymGroup

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
