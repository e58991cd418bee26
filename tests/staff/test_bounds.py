"""Numbers from outside are bounded before they reach SQL, and no body is read past
the size limit (issue 15 §5, §6). Run on PostgreSQL too: it refuses out-of-range
integers where SQLite does not."""
from __future__ import annotations

import io

import pytest

from portal.accounts.services import create_api_token
from portal.extensions import db

from .conftest import client_for

HUGE = "99999999999999999999"
INT32_PAST = "2147483648"


@pytest.mark.parametrize("query", [f"page={HUGE}", f"agency={INT32_PAST}", f"agency={HUGE}",
                                   f"level={INT32_PAST}", f"page={INT32_PAST}", "page=-1",
                                   "agency=١٢", "page=1_0"])
def test_staff_list_survives_numbers_out_of_range(app, world, query):
    resp = client_for(app, "admin@tinh.gov.vn").get(f"/can-bo/?{query}")
    assert resp.status_code == 200, query


def test_dashboard_export_refuses_an_agency_out_of_range(app, world):
    client = client_for(app, "admin@tinh.gov.vn")
    resp = client.get(f"/quan-tri/thong-ke/xuat/overview/levels.csv?agency_id={INT32_PAST}")
    assert resp.status_code in (400, 404)


@pytest.fixture()
def token(world):
    _row, value = create_api_token(world["editor"], "x")
    db.session.commit()
    return {"Authorization": f"Bearer {value}"}


@pytest.mark.parametrize("query", [f"page={HUGE}", f"level={INT32_PAST}", f"page={INT32_PAST}"])
def test_staff_api_list_answers_400_for_numbers_out_of_range(app, world, token, query):
    resp = app.test_client().get(f"/api/v1/staff/procedures?{query}", headers=token)
    assert resp.status_code == 400, resp.get_json()


@pytest.mark.parametrize("part, value", [
    ("agencies", {"executing": [2**31]}), ("field_id", 2**31),
    ("documents", [{"name": "Tờ khai", "originals": 2**40}]),
    ("channels", [{"kind": "truc_tiep", "fee_amount": 10**30}]),
])
def test_staff_api_refuses_numbers_out_of_range_in_a_record(app, world, token, part, value):
    client = app.test_client()
    proc = world["ours"]
    record = client.get(f"/api/v1/staff/procedures/{proc.id}", headers=token).get_json()
    body = {k: v for k, v in record.items() if k not in ("id", "status", "level")}
    body[part] = value
    resp = client.put(f"/api/v1/staff/procedures/{proc.id}", json=body, headers=token)
    assert resp.status_code == 400, resp.get_json()
    db.session.expire_all()
    assert db.session.get(type(proc), proc.id).version == record["version"]


class _Body(io.RawIOBase):
    """A 60 MB request body, made up as it is read, that counts what is read of it."""
    size = 60 * 1024 * 1024

    def __init__(self):
        self.read_bytes = 0
        self.pos = 0

    def readable(self):
        return True

    def seekable(self):
        return True  # the test client measures the body by seeking to its end

    def seek(self, offset, whence=0):
        self.pos = offset if whence == 0 else (self.size + offset if whence == 2
                                              else self.pos + offset)
        return self.pos

    def tell(self):
        return self.pos

    def readinto(self, buffer):
        n = max(0, min(len(buffer), 64 * 1024, self.size - self.pos))
        buffer[:n] = b"a" * n
        self.pos += n
        self.read_bytes += n
        return n


def _huge_post(client, url, **headers):
    body = _Body()
    resp = client.post(url, input_stream=body, headers=headers,
                       content_type="multipart/form-data; boundary=x")
    return resp, body


@pytest.mark.parametrize("url", ["/auth/login", "/thu-tuc/1.000001/phan-hoi"])
def test_a_60_mb_post_gets_413_in_the_visitors_language_unread(app, world, url):
    world["ours"].code = "1.000001"
    db.session.commit()
    resp, body = _huge_post(app.test_client(), url)
    assert resp.status_code == 413
    assert body.read_bytes < 1024 * 1024  # refused from the declared length
    html = resp.get_data(as_text=True)
    assert "Dữ liệu gửi lên quá lớn" in html and "11 MB" in html
    resp, _body = _huge_post(app.test_client(), url, **{"Accept-Language": "en"})
    assert resp.status_code == 413 and "too large" in resp.get_data(as_text=True)


def test_a_60_mb_post_to_the_api_gets_a_json_413(app, world, token):
    resp, body = _huge_post(app.test_client(), "/api/v1/staff/procedures", **token)
    assert resp.status_code == 413 and resp.get_json()["code"] == 413
    assert body.read_bytes < 1024 * 1024
