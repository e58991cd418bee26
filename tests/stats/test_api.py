"""GET /api/v1/stats/levels and /api/v1/stats/levels/series."""
import pytest

from ..factories import make_agency
from .helpers import D, history


@pytest.fixture()
def two(app_ctx):
    from portal.extensions import db
    agency = make_agency("Sở Tư pháp")
    history([(1, D(2012, 1, 1)), (3, D(2019, 12, 31))], agency=agency)
    history([(4, D(2015, 1, 1))])
    db.session.commit()
    return agency


def test_levels_as_of_with_groups(client, two):
    body = client.get("/api/v1/stats/levels?as_of=2019-12-31&group_by=agency").get_json()
    assert body["as_of"] == "2019-12-31"
    assert body["levels"] == {"1": 0, "2": 0, "3": 1, "4": 1}
    assert body["shares"] == {"level4": 0.5, "level3_up": 1.0}
    assert body["scheme_2022"] == {"full": 1, "partial": 1, "info": 0}
    assert [(g["label"], g["levels"]["3"]) for g in body["groups"]] == [("Sở Tư pháp", 1)]
    body = client.get("/api/v1/stats/levels?as_of=2019-12-30&group_by=tier").get_json()
    assert body["levels"]["1"] == 1 and body["groups"][0]["key"] == "tinh"


@pytest.mark.parametrize("query,param", [
    ("as_of=2019-02-30", "as_of"), ("as_of=31/12/2019", "as_of"), ("group_by=district", "group_by"),
    ("as_of=2999-01-01", "as_of"), ("tier=x", "tier")])
def test_levels_bad_parameters_are_400_naming_them(client, two, query, param):
    resp = client.get(f"/api/v1/stats/levels?{query}")
    assert resp.status_code == 400
    body = resp.get_json()
    assert param in body["message"] and param in body["errors"]["query"]


def test_series(client, two):
    body = client.get("/api/v1/stats/levels/series?interval=year&from=2018-01-01&to=2020-06-30")\
        .get_json()
    assert [(p["period_end"], p["levels"]) for p in body["points"]] == [
        ("2018-12-31", {"1": 1, "2": 0, "3": 0, "4": 1}),
        ("2019-12-31", {"1": 0, "2": 0, "3": 1, "4": 1}),
        ("2020-06-30", {"1": 0, "2": 0, "3": 1, "4": 1})]
    resp = client.get("/api/v1/stats/levels/series?interval=week")
    assert resp.status_code == 400 and "interval" in resp.get_json()["message"]


def test_openapi_describes_the_endpoints(client):
    paths = client.get("/api/v1/openapi.json").get_json()["paths"]
    assert "/api/v1/stats/levels" in paths and "/api/v1/stats/levels/series" in paths
    names = {p["name"] for p in paths["/api/v1/stats/levels"]["get"]["parameters"]}
    assert {"as_of", "group_by"} <= names
