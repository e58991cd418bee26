"""Citizens' text is text: no input reaches a 5xx on the API or the search page."""
import pytest

ODD = ['"', "(", ")", "AND", "NOT", "OR", "title:x", "*", "~", "^", "[a TO", "{", "?", "\\",
       "'", "%", "_", "%_%", "--", ";", ".", "-", "!", "🙂", "🇻🇳 khai sinh", "\x01\x02", "\x00",
       "khai\x00sinh", "\u200b", "\ufeff", "a" * 10_000, "khai " * 2_000, "NULL", "1.", "1.0011",
       "<script>", "đ" * 300, "\u0301" * 50]


@pytest.mark.parametrize("text", ODD, ids=range(len(ODD)))
def test_odd_queries_never_fail(client, catalogue, text):
    for url in ("/api/v1/procedures", "/search", "/api/v1/suggest"):
        resp = client.get(url, query_string={"q": text})
        assert resp.status_code in (200, 302), (url, resp.status_code)


def test_long_query_is_reported_as_cut(client, catalogue):
    body = client.get("/api/v1/procedures", query_string={"q": "a" * 10_000}).get_json()
    assert body["truncated"] is True


@pytest.mark.parametrize("url", [
    "/thu-tuc/%00", "/thu-tuc/" + "9" * 500, "/co-quan/99999999999999", "/linh-vuc/0",
    "/api/v1/procedures/%00", "/search?page=99999999999", "/search?per_page=-1",
    "/api/v1/procedures?page=99999999999", "/search?agency=1%00", "/static/../../etc/passwd",
    "/ngon-ngu/%00", "/api/v1/exports/procedures.%00",
])
def test_odd_urls_are_4xx(client, catalogue, url):
    assert 400 <= client.get(url).status_code < 500
