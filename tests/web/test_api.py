"""The JSON API: answers match the OpenAPI document; errors, caching and CORS."""
import pytest
from openapi_core import OpenAPI
from openapi_core.contrib.werkzeug import WerkzeugOpenAPIRequest, WerkzeugOpenAPIResponse
from werkzeug.test import EnvironBuilder


@pytest.fixture()
def openapi(client):
    spec = client.get("/api/v1/openapi.json").get_json()
    return OpenAPI.from_dict(spec)  # also validates the document itself


def get_valid(client, openapi, path, status=200, **query):
    """GET ``path`` and check the answer against the OpenAPI document."""
    resp = client.get(path, query_string=query)
    assert resp.status_code == status, resp.get_data(as_text=True)
    request = EnvironBuilder(path=path, query_string=query).get_request()
    openapi.validate_response(WerkzeugOpenAPIRequest(request), WerkzeugOpenAPIResponse(resp))
    return resp.get_json()


def test_document_lists_every_endpoint(client):
    paths = client.get("/api/v1/openapi.json").get_json()["paths"]
    for path in ("/api/v1/procedures", "/api/v1/procedures/{code}", "/api/v1/agencies",
                 "/api/v1/fields", "/api/v1/levels", "/api/v1/suggest",
                 "/api/v1/exports/procedures.{fmt}"):
        assert path in paths


def test_search_answer_matches_document(client, catalogue, openapi):
    body = get_valid(client, openapi, "/api/v1/procedures", q="dang ky", per_page=2)
    assert body["total"] == 2 and body["page"] == 1 and body["per_page"] == 2
    assert {i["code"] for i in body["items"]} == {"1.001193", "1.000894"}
    assert body["items"][0]["url"].endswith("/thu-tuc/" + body["items"][0]["code"])
    assert set(body["facets"]) == {"agency", "field", "level", "tier", "applicant"}


def test_filters_are_repeatable(client, catalogue, openapi):
    body = get_valid(client, openapi, "/api/v1/procedures", level=["2", "3"])
    assert {i["code"] for i in body["items"]} == {"1.002804", "1.000894"}
    body = get_valid(client, openapi, "/api/v1/procedures", applicant="cong_dan",
                     agency=str(catalogue.transport.id))
    assert [i["code"] for i in body["items"]] == ["1.002804"]


def test_suggestion_and_zero_results(client, catalogue, openapi):
    # a word no record holds: the answer is for the correction, which is named
    body = get_valid(client, openapi, "/api/v1/procedures", q="khai sinhh")
    assert body["total"] >= 1 and body["suggestion"] == "khai sinh"
    assert body["items"][0]["code"] == "1.001193"
    body = get_valid(client, openapi, "/api/v1/procedures", q="qzxwvk")
    assert body["total"] == 0 and body["suggestion"] is None


def test_procedure_record_matches_document(client, catalogue, openapi):
    body = get_valid(client, openapi, "/api/v1/procedures/1.001193")
    assert body["name"] == "Đăng ký khai sinh" and body["level"] == 4
    assert body["classification_2022"] == "toan_trinh"
    assert body["channels"][0]["fee_amount"] == 1234000
    assert body["documents"][0]["form"] == "Mẫu 01/TK"
    assert body["legal_basis"][0]["issued_on"] == "2015-11-20"
    assert body["agencies"]["executing"] == [{"id": catalogue.justice.id, "name": "Sở Tư pháp"}]
    rescinded = get_valid(client, openapi, "/api/v1/procedures/1.004884")
    assert rescinded["status"] == "rescinded"


def test_drafts_and_unknown_codes_are_json_404(client, catalogue, openapi):
    for code in ("9.999999", "nope", "x" * 100):
        resp = client.get(f"/api/v1/procedures/{code}")
        assert resp.status_code == 404
        assert resp.get_json()["code"] == 404


def test_agencies_fields_levels_suggest_match_document(client, catalogue, openapi):
    agencies = get_valid(client, openapi, "/api/v1/agencies")
    justice = next(a for a in agencies["items"] if a["name"] == "Sở Tư pháp")
    assert justice["total"] == 3 and justice["levels"] == {"1": 0, "2": 0, "3": 1, "4": 2}
    fields = get_valid(client, openapi, "/api/v1/fields")
    assert {f["name"] for f in fields["items"]} == {"Hộ tịch", "Đường bộ"}
    levels = get_valid(client, openapi, "/api/v1/levels")
    assert levels["total"] == 4
    suggest = get_valid(client, openapi, "/api/v1/suggest", q="dang ky k")
    assert suggest["suggestions"][:2] == ["Đăng ký kết hôn", "Đăng ký khai sinh"]


@pytest.mark.parametrize("query,param", [
    ({"per_page": "1000"}, "per_page"), ({"per_page": "0"}, "per_page"),
    ({"page": "abc"}, "page"), ({"page": "-1"}, "page"), ({"level": "5"}, "level"),
    ({"tier": "mars"}, "tier"), ({"applicant": "robot"}, "applicant"), ({"agency": "x"}, "agency"),
])
def test_invalid_parameters_are_400_naming_the_parameter(client, catalogue, openapi, query, param):
    body = get_valid(client, openapi, "/api/v1/procedures", status=400, **query)
    assert body["code"] == 400
    assert param in body["message"]
    assert param in body["errors"]["query"]


def test_404_and_405_are_json_under_the_api(client, catalogue):
    resp = client.get("/api/v1/nothing-here")
    assert resp.status_code == 404 and resp.is_json and resp.get_json()["code"] == 404
    resp = client.post("/api/v1/procedures")
    assert resp.status_code == 405 and resp.get_json()["code"] == 405
    assert "GET" in resp.headers["Allow"]


def test_etag_and_304(client, catalogue):
    resp = client.get("/api/v1/procedures?q=khai")
    etag = resp.headers["ETag"]
    # a shared cache in front of several nodes must revalidate every reuse
    assert resp.headers["Cache-Control"] == "public, no-cache"
    again = client.get("/api/v1/procedures?q=khai", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.data == b""
    other = client.get("/api/v1/procedures?q=ket", headers={"If-None-Match": etag})
    assert other.status_code == 200


def test_etag_changes_when_the_record_changes(client, catalogue):
    from portal.extensions import db
    etag = client.get("/api/v1/procedures/1.001193").headers["ETag"]
    catalogue.birth.result = "Giấy khai sinh (bản điện tử)"
    db.session.commit()
    resp = client.get("/api/v1/procedures/1.001193", headers={"If-None-Match": etag})
    assert resp.status_code == 200
    assert resp.headers["Cache-Control"] == "public, no-cache"
    assert resp.headers["ETag"] != etag
    same = client.get("/api/v1/procedures/1.001193", headers={"If-None-Match": resp.headers["ETag"]})
    assert same.status_code == 304


def test_a_search_answer_revalidates_to_the_new_result_after_an_edit(client, catalogue):
    # Issue 16, fault 4: a shared cache kept search answers five minutes after an edit.
    from portal.extensions import db
    first = client.get("/api/v1/procedures?q=khai")
    assert "max-age=300" not in first.headers["Cache-Control"]
    catalogue.birth.name = "Đăng ký khai sinh có yếu tố nước ngoài"
    db.session.commit()
    again = client.get("/api/v1/procedures?q=khai", headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 200
    names = [item["name"] for item in again.get_json()["items"]]
    assert "Đăng ký khai sinh có yếu tố nước ngoài" in names


def test_cors_for_reads(client, catalogue):
    resp = client.get("/api/v1/procedures", headers={"Origin": "https://other.example"})
    assert resp.headers["Access-Control-Allow-Origin"] == "*"
    pre = client.options("/api/v1/procedures", headers={
        "Origin": "https://other.example", "Access-Control-Request-Method": "GET"})
    assert pre.status_code == 200
    assert pre.headers["Access-Control-Allow-Origin"] == "*"
    assert "GET" in pre.headers["Access-Control-Allow-Methods"]
    assert "Access-Control-Allow-Origin" not in client.get("/").headers


def test_docs_page_is_rendered_from_the_document(client, catalogue):
    html = client.get("/api/v1/docs").get_data(as_text=True)
    # Paths carry <wbr> after their slashes so they wrap there on a phone.
    assert "GET /api/v1/procedures/{code}" in html.replace("<wbr>", "")
    assert "per_page" in html and "<script" not in html


def test_unexpected_errors_are_500_json_under_api_and_a_page_elsewhere(tmp_path):
    from portal import create_app

    app = create_app({"PORTAL_ENV": "testing", "SECRET_KEY": "x",
                      "DATABASE_URL": f"sqlite:///{tmp_path / 'x.db'}"})

    def boom():
        raise RuntimeError("boom")

    app.add_url_rule("/api/v1/boom", "api_boom", boom)
    app.add_url_rule("/boom", "boom", boom)
    client = app.test_client()
    resp = client.get("/api/v1/boom")
    assert resp.status_code == 500 and resp.get_json()["code"] == 500
    assert "boom" not in resp.get_data(as_text=True)
    for lang, text in (("vi", "Đã có lỗi xảy ra"), ("en", "Something went wrong")):
        resp = client.get(f"/boom?lang={lang}")
        assert resp.status_code == 500 and text in resp.get_data(as_text=True)


def test_docs_page_renders_descriptions_and_names_no_internal_reference(client, catalogue):
    html = client.get("/api/v1/docs").get_data(as_text=True)
    assert "DEFAULT_ERROR" not in html
    assert "`" not in html.split("<main", 1)[1].split("</main>", 1)[0]


def test_procedure_record_says_each_dossier_rows_kind(client, catalogue, openapi):
    from portal.catalogue.models import DossierDocument
    from portal.extensions import db

    catalogue.birth.documents.extend([
        DossierDocument(position=3, name="Người có yêu cầu nộp các giấy tờ sau:", originals=1,
                        copies=0, is_note=True, is_heading=True),
        DossierDocument(position=4, name="Lưu ý: giấy tờ nước ngoài phải hợp pháp hóa.",
                        originals=0, copies=0, is_note=True)])
    db.session.commit()
    body = get_valid(client, openapi, "/api/v1/procedures/1.001193")
    # is_note keeps its meaning for older clients: a heading is no paper either.
    assert [(d["kind"], d["is_note"], d["originals"]) for d in body["documents"]] == [
        ("document", False, 1), ("document", False, None), ("heading", True, 1), ("note", True, 0)]
