"""Citizens' feedback: public form, agency queues, resolution, statistics."""
from __future__ import annotations

import pytest

from portal.catalogue.models import AgencyRole, ProcedureAgency, Status
from portal.errors import Conflict, NotFound, ValidationError
from portal.extensions import db
from portal.feedback.models import Feedback
from portal.feedback.queries import (
    counts_by_agency,
    feedback_in_scope,
    open_queue,
    useful_share_by_procedure,
)
from portal.feedback.services import resolve_feedback, submit_feedback

from ..factories import make_agency, make_procedure
from .conftest import make_user


def _executed_by(agency, **kw):
    proc = make_procedure(**kw)
    db.session.add(ProcedureAgency(procedure_id=proc.id, agency_id=agency.id,
                                   role=AgencyRole.EXECUTING))
    db.session.flush()
    return proc


def test_report_reaches_the_right_agency_queue_and_is_resolved_there(app_ctx):
    tu_phap, xay_dung = make_agency("Sở Tư pháp"), make_agency("Sở Xây dựng")
    khai_sinh = _executed_by(tu_phap, name="Đăng ký khai sinh")
    giay_phep = _executed_by(xay_dung, name="Cấp giấy phép xây dựng")
    report = submit_feedback(khai_sinh, useful=False, text="Liên kết mẫu tờ khai bị hỏng")
    submit_feedback(khai_sinh, useful=True)            # nothing to act on
    submit_feedback(giay_phep, useful=False)
    assert [f.id for f, _ in open_queue(tu_phap.id)] == [report.id]
    assert [p.id for _, p in open_queue(xay_dung.id)] == [giay_phep.id]
    assert feedback_in_scope(report.id, xay_dung.id) is None
    assert feedback_in_scope(report.id, tu_phap.id) is report

    user = make_user()
    resolve_feedback(report, user_id=user.id, note="Đã tải lại tờ khai")
    assert open_queue(tu_phap.id) == []
    assert report.resolved_by_id == user.id and report.resolution_note == "Đã tải lại tờ khai"
    with pytest.raises(Conflict):
        resolve_feedback(report, user_id=user.id)


def test_text_is_normalised_plain_text_with_a_length_limit(app_ctx):
    proc = make_procedure()
    fb = submit_feedback(proc, useful=False, text="  <script>x</script>\x00 hoa\u0300  ")
    assert fb.text == "<script>x</script> hòa"     # stored as typed (escaped on output)
    submit_feedback(proc, useful=False, text="ư" * 1000)
    with pytest.raises(ValidationError):
        submit_feedback(proc, useful=False, text="ư" * 1001)


def test_no_feedback_on_rescinded_procedures(app_ctx):
    with pytest.raises(NotFound):
        submit_feedback(make_procedure(status=Status.RESCINDED), useful=True)


def test_counts_per_agency_and_useful_share_per_procedure(app_ctx):
    tu_phap = make_agency("Sở Tư pháp")
    a = _executed_by(tu_phap, name="A")
    b = _executed_by(tu_phap, name="B")
    for useful in (True, True, True, False):
        submit_feedback(a, useful=useful)
    submit_feedback(b, useful=False, text="Sai lệ phí")
    submit_feedback(b, useful=True)
    (counts,) = counts_by_agency()
    assert (counts.agency_name, counts.total, counts.open, counts.useful) == (
        "Sở Tư pháp", 6, 2, 4)
    shares = useful_share_by_procedure()
    assert [(s.code, s.answers, s.useful) for s in shares] == [(b.code, 2, 1), (a.code, 4, 3)]
    assert shares[1].share == 0.75
    assert useful_share_by_procedure(min_answers=3) == [shares[1]]


# --- the public form -------------------------------------------------------------

def test_citizen_submits_and_is_thanked_on_the_procedure_page(client):
    proc = make_procedure(code="1.001193")
    db.session.commit()
    resp = client.post("/thu-tuc/1.001193/phan-hoi", data={"useful": "no", "text": "Sai địa chỉ"})
    assert resp.status_code == 303
    assert resp.location.endswith("/thu-tuc/1.001193")
    with client.session_transaction() as sess:
        assert any("Cảm ơn" in message for _, message in sess["_flashes"])
    (fb,) = db.session.query(Feedback).all()
    assert (fb.procedure_id, fb.useful, fb.text) == (proc.id, False, "Sai địa chỉ")


@pytest.mark.parametrize("data", [{}, {"useful": "maybe"}, {"useful": "yes", "text": "x" * 1001}])
def test_invalid_answers_are_a_clear_400(client, data):
    make_procedure(code="1.000001")
    db.session.commit()
    resp = client.post("/thu-tuc/1.000001/phan-hoi", data=data)
    assert resp.status_code == 400
    assert "Phản hồi chưa được gửi" in resp.get_data(as_text=True)
    assert db.session.query(Feedback).count() == 0


def test_unknown_or_unpublished_procedure_is_404(client):
    make_procedure(code="1.000002", status=Status.DRAFT)
    db.session.commit()
    assert client.post("/thu-tuc/1.000002/phan-hoi", data={"useful": "yes"}).status_code == 404
    assert client.post("/thu-tuc/nope/phan-hoi", data={"useful": "yes"}).status_code == 404


def test_csrf_token_is_required_when_csrf_is_on(client, monkeypatch):
    make_procedure(code="1.000003")
    db.session.commit()
    monkeypatch.setitem(client.application.config, "WTF_CSRF_ENABLED", True)
    resp = client.post("/thu-tuc/1.000003/phan-hoi", data={"useful": "yes"})
    assert resp.status_code == 400
    assert db.session.query(Feedback).count() == 0


def test_form_partial_carries_a_csrf_token_and_escapes_input(app_ctx):
    from flask import render_template

    from portal.web.public.feedback import FeedbackForm
    proc = make_procedure(code="1.000004")
    with app_ctx.test_request_context("/thu-tuc/1.000004/phan-hoi", method="POST",
                                      data={"useful": "no", "text": "<b>x</b>"}):
        html = render_template("feedback/_form.html", procedure=proc,
                               feedback_form=FeedbackForm())
    assert 'name="csrf_token"' in html
    assert 'action="/thu-tuc/1.000004/phan-hoi"' in html
    assert "&lt;b&gt;x&lt;/b&gt;" in html and "<b>x</b>" not in html
    assert 'value="no" checked' in html


def test_rate_limit_per_address_with_a_friendly_page(client, monkeypatch):
    monkeypatch.setitem(client.application.config, "PORTAL_FEEDBACK_RATE", "3 per hour")
    make_procedure(code="1.000005")
    db.session.commit()
    url = "/thu-tuc/1.000005/phan-hoi"
    for _ in range(3):
        assert client.post(url, data={"useful": "yes"}).status_code == 303
    resp = client.post(url, data={"useful": "yes"})
    assert resp.status_code == 429
    assert "quá nhiều phản hồi" in resp.get_data(as_text=True)
    # Another address is not affected.
    other = client.post(url, data={"useful": "yes"}, environ_base={"REMOTE_ADDR": "10.0.0.9"})
    assert other.status_code == 303
    assert db.session.query(Feedback).count() == 4
