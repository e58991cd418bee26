"""The public and API addresses are a promise to citizens and to other systems: every one
that existed before the web layer was regrouped (issue 17 §2) still answers, with the same
methods. Listed from ``app.url_map`` as it was then; a rule may be added, none removed."""
import pytest

PUBLIC_AND_API = [
    ("/", "GET"),
    ("/api/v1/agencies", "GET"),
    ("/api/v1/docs", "GET"),
    ("/api/v1/exports/procedures.<fmt>", "GET"),
    ("/api/v1/fields", "GET"),
    ("/api/v1/levels", "GET"),
    ("/api/v1/openapi.json", "GET"),
    ("/api/v1/procedures", "GET"),
    ("/api/v1/procedures/<code>", "GET"),
    ("/api/v1/staff/procedures", "GET"),
    ("/api/v1/staff/procedures", "POST"),
    ("/api/v1/staff/procedures/<int:procedure_id>", "GET"),
    ("/api/v1/staff/procedures/<int:procedure_id>", "PUT"),
    ("/api/v1/staff/procedures/<int:procedure_id>/history", "GET"),
    ("/api/v1/staff/procedures/<int:procedure_id>/level", "POST"),
    ("/api/v1/staff/procedures/<int:procedure_id>/publish", "POST"),
    ("/api/v1/staff/procedures/<int:procedure_id>/rescind", "POST"),
    ("/api/v1/stats/levels", "GET"),
    ("/api/v1/stats/levels/series", "GET"),
    ("/api/v1/suggest", "GET"),
    ("/bieu-mau/<int:form_id>/<filename>", "GET"),
    ("/co-quan", "GET"),
    ("/co-quan/<int:item_id>", "GET"),
    ("/du-lieu-mo", "GET"),
    ("/healthz", "GET"),
    ("/linh-vuc", "GET"),
    ("/linh-vuc/<int:item_id>", "GET"),
    ("/muc-do", "GET"),
    ("/ngon-ngu/<lang>", "GET"),
    ("/s/<int:search_id>/<code>", "GET"),
    ("/search", "GET"),
    ("/static/<path:filename>", "GET"),
    ("/thu-tuc/<code>", "GET"),
    ("/thu-tuc/<code>/phan-hoi", "POST"),
    ("/tien-do", "GET"),
    ("/auth/login", "GET"),
    ("/auth/login", "POST"),
    ("/auth/logout", "POST"),
    ("/auth/password", "GET"),
    ("/auth/password", "POST"),
]


@pytest.mark.parametrize(("rule", "method"), PUBLIC_AND_API)
def test_every_public_and_api_address_still_answers(app, rule, method):
    routed = {(r.rule, m) for r in app.url_map.iter_rules() for m in r.methods}
    assert (rule, method) in routed
