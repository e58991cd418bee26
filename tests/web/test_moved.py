"""Every staff and administrator address from before issue 17 §2 answers 308 to its new
address under /can-bo or /quan-tri, keeping the method and the query string."""
import pytest

from portal.web.moved import MOVED

# Every staff and administrator rule of app.url_map before the regrouping, with the new
# address each must lead to (ids filled in as 7, 8).
OLD_TO_NEW = {
    "/staff/": "/can-bo/",
    "/staff/feedback": "/can-bo/phan-hoi",
    "/staff/feedback/7/resolve": "/can-bo/phan-hoi/7/da-xu-ly",
    "/staff/kiem-tra-du-lieu": "/can-bo/kiem-tra-du-lieu",
    "/staff/procedures/new": "/can-bo/thu-tuc/moi",
    "/staff/procedures/7/edit": "/can-bo/thu-tuc/7/sua",
    "/staff/procedures/7/forms": "/can-bo/thu-tuc/7/bieu-mau",
    "/staff/procedures/7/forms/8/remove": "/can-bo/thu-tuc/7/bieu-mau/8/go",
    "/staff/procedures/7/history": "/can-bo/thu-tuc/7/lich-su",
    "/staff/procedures/7/level": "/can-bo/thu-tuc/7/muc-do",
    "/staff/procedures/7/no-form": "/can-bo/thu-tuc/7/khong-co-bieu-mau",
    "/staff/procedures/7/publish": "/can-bo/thu-tuc/7/cong-bo",
    "/staff/procedures/7/rescind": "/can-bo/thu-tuc/7/bai-bo",
    "/staff/procedures/7/verify": "/can-bo/thu-tuc/7/xac-nhan",
    "/staff/sessions": "/can-bo/phien",
    "/staff/sessions/7/end": "/can-bo/phien/7/ket-thuc",
    "/staff/tokens": "/can-bo/ma-api",
    "/staff/tokens/7/revoke": "/can-bo/ma-api/7/thu-hoi",
    "/admin/users": "/quan-tri/nguoi-dung",
    "/admin/users/new": "/quan-tri/nguoi-dung/moi",
    "/admin/users/7": "/quan-tri/nguoi-dung/7",
    "/admin/users/7/disable": "/quan-tri/nguoi-dung/7/khoa",
    "/admin/users/7/enable": "/quan-tri/nguoi-dung/7/mo-khoa",
    "/admin/users/7/tokens/8/revoke": "/quan-tri/nguoi-dung/7/ma-api/8/thu-hoi",
    "/admin/thong-ke/": "/quan-tri/thong-ke/",
    "/admin/thong-ke/in": "/quan-tri/thong-ke/in",
    "/admin/thong-ke/bien-dong": "/quan-tri/thong-ke/bien-dong",
    "/admin/thong-ke/co-quan/7": "/quan-tri/thong-ke/co-quan/7",
    "/admin/thong-ke/linh-vuc/7": "/quan-tri/thong-ke/linh-vuc/7",
    "/admin/thong-ke/muc-tieu": "/quan-tri/thong-ke/muc-tieu",
    "/admin/thong-ke/muc-tieu/moi": "/quan-tri/thong-ke/muc-tieu/moi",
    "/admin/thong-ke/muc-tieu/7/sua": "/quan-tri/thong-ke/muc-tieu/7/sua",
    "/admin/thong-ke/muc-tieu/7/xoa": "/quan-tri/thong-ke/muc-tieu/7/xoa",
    "/admin/thong-ke/tim-kiem": "/quan-tri/thong-ke/tim-kiem",
    "/admin/thong-ke/xuat/overview/series.csv": "/quan-tri/thong-ke/xuat/overview/series.csv",
    "/admin/tu-dong-nghia/": "/quan-tri/tu-dong-nghia/",
    "/admin/tu-dong-nghia/7": "/quan-tri/tu-dong-nghia/7",
    "/admin/tu-dong-nghia/7/xoa": "/quan-tri/tu-dong-nghia/7/xoa",
    "/admin/tu-dong-nghia/de-xuat/chap-nhan": "/quan-tri/tu-dong-nghia/de-xuat/chap-nhan",
    "/admin/tu-dong-nghia/de-xuat/tu-choi": "/quan-tri/tu-dong-nghia/de-xuat/tu-choi",
}
# These three kept their address: they must still be served, not redirected.
UNCHANGED = ["/can-bo/lien-ket/hong", "/quan-tri/chua-xac-nhan", "/quan-tri/phan-hoi"]


def _methods(app, path):
    adapter = app.url_map.bind("localhost")
    return [m for m in ("GET", "POST") if adapter.test(path, method=m)]


def test_the_list_covers_every_moved_rule(app):
    old_rules = {r.rule for r in app.url_map.iter_rules() if r.endpoint.startswith("moved.")}
    assert len(old_rules) == len(OLD_TO_NEW) == sum(1 for *_, m in MOVED if m)


@pytest.mark.parametrize(("old", "new"), sorted(OLD_TO_NEW.items()))
def test_every_old_address_redirects_with_its_method_and_query(app, old, new):
    client = app.test_client()
    methods = _methods(app, old)
    assert methods, old
    assert methods == _methods(app, new), old        # the new address takes the same methods
    for method in methods:
        resp = client.open(old + "?q=giấy+phép&page=2", method=method, data={"x": "1"})
        assert resp.status_code == 308, (old, method)
        assert resp.headers["Location"] == new + "?q=gi%E1%BA%A5y+ph%C3%A9p&page=2"
        bare = client.open(old, method=method)
        assert bare.headers["Location"] == new


@pytest.mark.parametrize("path", UNCHANGED)
def test_addresses_that_did_not_change_are_served_where_they_were(app, path):
    resp = app.test_client().get(path)
    assert resp.status_code == 302 and "/auth/login" in resp.headers["Location"]
