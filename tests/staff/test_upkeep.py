"""Staff keep pages trustworthy: forms, the no-form mark, verification, the report queue."""
import io

from portal.audit.queries import history
from portal.catalogue.models import Procedure
from portal.extensions import db
from portal.feedback.models import Feedback

from .conftest import client_for

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _upload(client, proc, data: bytes, name: str):
    return client.post(f"/can-bo/thu-tuc/{proc.id}/bieu-mau", content_type="multipart/form-data",
                       data={"file": (io.BytesIO(data), name), "document_id": "",
                             "replaces_id": ""})


def test_editor_uploads_a_form_moves_to_level_2_and_a_citizen_downloads_it(app, world):
    proc = world["ours"]
    proc.no_form_required = False
    proc.level = 1
    db.session.commit()
    editor = client_for(app, "editor@tp.gov.vn")
    refused = _upload(editor, proc, b"MZ\x90\x00" + b"\x00" * 200, "to-khai.pdf")
    assert refused.status_code == 422
    assert _upload(editor, proc, PDF, "Tờ khai khai sinh.pdf").status_code == 302
    page = editor.get(f"/can-bo/thu-tuc/{proc.id}/bieu-mau").get_data(as_text=True)
    assert "Tờ khai khai sinh.pdf" in page
    db.session.expire_all()
    proc = db.session.get(Procedure, proc.id)
    resp = editor.post(f"/can-bo/thu-tuc/{proc.id}/muc-do", data={
        "version": proc.version, "level": "2", "effective_date": "2025-01-02",
        "decision_ref": "7/QĐ-UBND", "reason": "", "online_url": ""})
    assert resp.status_code == 302
    citizen = app.test_client()
    html = citizen.get(f"/thu-tuc/{proc.code}").get_data(as_text=True)
    link = html.split('href="/bieu-mau/')[1].split('"')[0]
    with citizen.get("/bieu-mau/" + link) as download:
        assert download.status_code == 200 and download.data == PDF
        assert download.headers["Content-Disposition"].startswith("attachment")
    assert [e.action for e in history("procedure", proc.id)][:2] == ["level", "form_add"]


def test_other_agency_cannot_upload_or_verify(app, world):
    other = client_for(app, "editor@syt.gov.vn")
    proc = world["ours"]
    assert _upload(other, proc, PDF, "x.pdf").status_code == 403
    assert other.post(f"/can-bo/thu-tuc/{proc.id}/xac-nhan").status_code == 403
    db.session.expire_all()
    assert db.session.get(Procedure, proc.id).verified_at is None


def test_verify_in_one_action_and_report_resolved_in_the_agency_queue(app, world):
    proc = world["ours"]
    citizen = app.test_client()
    assert citizen.post(f"/thu-tuc/{proc.code}/phan-hoi",
                        data={"useful": "no", "text": "Thiếu mẫu tờ khai"}).status_code in (302, 303)
    editor = client_for(app, "editor@tp.gov.vn")
    assert editor.post(f"/can-bo/thu-tuc/{proc.id}/xac-nhan").status_code == 302
    queue = editor.get("/can-bo/phan-hoi").get_data(as_text=True)
    assert "Thiếu mẫu tờ khai" in queue
    other_queue = client_for(app, "editor@syt.gov.vn").get("/can-bo/phan-hoi").get_data(as_text=True)
    assert "Thiếu mẫu tờ khai" not in other_queue
    report = db.session.query(Feedback).one()
    assert client_for(app, "editor@syt.gov.vn").post(
        f"/can-bo/phan-hoi/{report.id}/da-xu-ly", data={"note": "x"}).status_code == 404
    assert editor.post(f"/can-bo/phan-hoi/{report.id}/da-xu-ly",
                       data={"note": "Đã bổ sung mẫu"}).status_code == 302
    db.session.expire_all()
    assert db.session.get(Feedback, report.id).resolved_at is not None
    assert db.session.get(Procedure, proc.id).verified_at is not None
