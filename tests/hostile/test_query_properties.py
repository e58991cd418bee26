"""Any Unicode text as a search query gets a valid answer: never a 5xx, and the API's
answer is the one its OpenAPI document describes (tests/web/test_odd_input.py lists
hand-picked odd queries; this lets Hypothesis look for more)."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings, strategies as st
from openapi_core import OpenAPI
from openapi_core.contrib.werkzeug import WerkzeugOpenAPIRequest, WerkzeugOpenAPIResponse
from werkzeug.test import EnvironBuilder

QUERIES = (
    st.text(max_size=300)                                            # any code point but surrogates
    | st.text(st.characters(max_codepoint=0x9F), max_size=100)       # ASCII and C0/C1 controls, NUL
    | st.text(st.sampled_from("khai sinh đăng ký \u0301\u0323\x00\t\n\"'()*~^:[]{}\\%_-+!?"),
              max_size=200)
    | st.builds(lambda s, n: (s or "đ") * n, st.text(max_size=5), st.integers(1000, 10_000))
)
FUZZ = settings(max_examples=120, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def test_any_query_gets_a_documented_api_answer(client, catalogue):
    openapi = OpenAPI.from_dict(client.get("/api/v1/openapi.json").get_json())

    @FUZZ
    @given(q=QUERIES)
    def check(q):
        for path, query in (("/api/v1/procedures", {"q": q}), ("/api/v1/suggest", {"q": q}),
                            ("/api/v1/procedures", {"q": q, "page": "2", "level": "4"})):
            resp = client.get(path, query_string=query)
            assert resp.status_code in (200, 400), (path, q, resp.status_code)
            request = EnvironBuilder(path=path, query_string=query).get_request()
            openapi.validate_response(WerkzeugOpenAPIRequest(request),
                                      WerkzeugOpenAPIResponse(resp))

    check()


def test_any_query_gets_a_search_page(client, catalogue):
    @FUZZ
    @given(q=QUERIES)
    def check(q):
        resp = client.get("/search", query_string={"q": q})
        # 302: a query that is a procedure code goes straight to its page.
        assert resp.status_code in (200, 302, 400), (q, resp.status_code)
        if resp.status_code == 200:
            assert resp.mimetype == "text/html"
            assert "<script>alert" not in resp.get_data(as_text=True)

    check()


def test_any_staff_list_query_gets_a_documented_answer_with_a_token(client, catalogue):
    from portal.accounts.models import Role
    from portal.accounts.services import create_api_token, create_user
    from portal.extensions import db
    editor = create_user("hostile-editor@tinh.gov.vn", "correct horse battery staple",
                         Role.EDITOR, [catalogue.justice])
    _row, token = create_api_token(editor, "hostile")
    db.session.commit()
    headers = {"Authorization": f"Bearer {token}"}
    openapi = OpenAPI.from_dict(client.get("/api/v1/openapi.json").get_json())
    numbers = st.integers(-2**70, 2**70).map(str) | st.text(max_size=30)
    path = "/api/v1/staff/procedures"

    @FUZZ
    @given(q=QUERIES, page=numbers, level=numbers, status=st.text(max_size=20))
    def check(q, page, level, status):
        query = {"q": q, "page": page, "level": level, "status": status}
        resp = client.get(path, query_string=query, headers=headers)
        assert resp.status_code in (200, 400), (query, resp.status_code)
        request = EnvironBuilder(path=path, query_string=query, headers=headers).get_request()
        openapi.validate_response(WerkzeugOpenAPIRequest(request),
                                  WerkzeugOpenAPIResponse(resp))

    check()
