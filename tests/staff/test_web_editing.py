"""Staff pages: editing with rows, field errors, workflow, levels, conflicts, CSRF."""
import datetime as dt
import re

from portal import create_app
from portal.catalogue.models import Procedure, Status
from portal.extensions import db

from .conftest import client_for


def form_of(client, url):
    """The current values of the edit form at ``url`` as a dict for re-posting."""
    html = client.get(url).get_data(as_text=True)
    data = {}
    for name, value in re.findall(r'<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"', html):
        data[name] = value.replace("&#34;", '"').replace("&amp;", "&")
    for name, value in re.findall(r'<textarea[^>]*name="([^"]+)"[^>]*>\n?(.*?)</textarea>',
                                  html, re.S):
        data[name] = value.replace("&#34;", '"').replace("&amp;", "&")
    for name, body in re.findall(r'<select[^>]*name="([^"]+)"[^>]*>(.*?)</select>', html, re.S):
        chosen = re.findall(r'<option selected value="([^"]*)"', body)
        data[name] = chosen if "agencies" in name else (chosen[0] if chosen else "")
    for key in [k for k in data if k.startswith("add_") or k in ("save", "csrf_token")]:
        data.pop(key)
    return data


def edit_url(proc):
    return f"/can-bo/thu-tuc/{proc.id}/sua"


def test_editor_fixes_a_procedure_with_rows_added_removed_and_reordered(app, world):
    client = client_for(app, "editor@tp.gov.vn")
    proc = world["ours"]
    # "Add a row" works without JavaScript: it re-renders the form with one more row.
    data = form_of(client, edit_url(proc))
    data["add_steps"] = "1"
    html = client.post(edit_url(proc), data=data).get_data(as_text=True)
    assert 'name="steps-0-text"' in html
    data = form_of(client, edit_url(proc))
    data.update({"name": "Đăng ký khai sinh (sửa)", "steps-0-text": "Bước B", "steps-0-position": "2",
                 "steps-1-text": "Bước A", "steps-1-position": "1",
                 "steps-2-text": "Bỏ đi", "steps-2-position": "3", "steps-2-remove": "y",
                 "save": "1"})
    resp = client.post(edit_url(proc), data=data)
    assert resp.status_code == 302
    db.session.expire_all()
    proc = db.session.get(Procedure, proc.id)
    assert proc.name == "Đăng ký khai sinh (sửa)"
    assert [s.text for s in proc.steps] == ["Bước A", "Bước B"]
    history = client.get(f"/can-bo/thu-tuc/{proc.id}/lich-su").get_data(as_text=True)
    assert "editor@tp.gov.vn" in history and "Đăng ký khai sinh (sửa)" in history


def test_errors_are_shown_next_to_fields_and_nothing_is_lost(app, world):
    client = client_for(app, "editor@tp.gov.vn")
    proc = world["ours"]
    code_before, conditions_before = proc.code, proc.conditions
    data = form_of(client, edit_url(proc))
    data.update({"code": "12345", "conditions": "Điều kiện rất dài đã gõ", "save": "1",
                 "channels-0-kind": "truc_tiep", "channels-0-time_limit_value": "-3",
                 "channels-0-fee_amount": "-5", "legal_bases-0-number": "1/2020",
                 "legal_bases-0-url": "javascript:alert(1)"})
    resp = client.post(edit_url(proc), data=data)
    html = resp.get_data(as_text=True)
    assert resp.status_code == 422
    assert 'id="code-error"' in html and 'id="channels-0-time_limit_value-error"' in html
    assert 'id="channels-0-fee_amount-error"' in html and 'id="legal_bases-0-url-error"' in html
    assert "Điều kiện rất dài đã gõ" in html and 'value="12345"' in html
    db.session.expire_all()
    stored = db.session.get(Procedure, proc.id)   # the refused edit changed nothing
    assert stored.code == code_before != "12345"
    assert stored.conditions == conditions_before != "Điều kiện rất dài đã gõ"


def test_create_publish_level_and_rescind_through_the_pages(app, world):
    client = client_for(app, "editor@tp.gov.vn")
    resp = client.post("/can-bo/thu-tuc/moi", data={
        "code": "1.009999", "name": "Thủ tục mới", "agencies_executing": [world["justice"].id],
        "save": "1"})
    assert resp.status_code == 302, resp.get_data(as_text=True)
    proc = db.session.query(Procedure).filter_by(code="1.009999").one()
    assert proc.status == Status.DRAFT
    url = f"/can-bo/thu-tuc/{proc.id}"
    assert client.post(f"{url}/cong-bo", data={"version": proc.version}).status_code == 302
    db.session.expire_all()
    proc = db.session.get(Procedure, proc.id)
    assert proc.status == Status.PUBLISHED
    level = {"version": proc.version, "level": "3", "effective_date": "2024-03-01",
             "decision_ref": "15/QĐ-UBND", "reason": "", "online_url": "https://x.vn/nop"}
    resp = client.post(f"{url}/muc-do", data=level)   # no form to download yet: refused
    assert resp.status_code == 422 and 'id="level-error"' in resp.get_data(as_text=True)
    assert client.post(f"{url}/khong-co-bieu-mau", data={"no_form_required": "y"}).status_code == 302
    db.session.refresh(proc)     # the request committed a new version in its own session
    level = {"version": proc.version, "level": "3", "effective_date": "2024-03-01",
             "decision_ref": "15/QĐ-UBND", "reason": "", "online_url": ""}
    resp = client.post(f"{url}/muc-do", data=level)
    assert resp.status_code == 422 and 'id="online_url-error"' in resp.get_data(as_text=True)
    level["online_url"] = "https://dichvucong.gov.vn/p/9"
    assert client.post(f"{url}/muc-do", data=level).status_code == 302
    db.session.expire_all()
    proc = db.session.get(Procedure, proc.id)
    assert proc.level == 3
    future = dict(level, version=proc.version,
                  effective_date=(dt.date.today() + dt.timedelta(days=3)).isoformat())
    assert client.post(f"{url}/muc-do", data=future).status_code == 422
    resp = client.post(f"{url}/bai-bo", data={"version": proc.version, "decision_ref": "20/QĐ",
                                               "reason": "Không còn áp dụng"})
    assert resp.status_code == 302
    db.session.expire_all()
    assert db.session.get(Procedure, proc.id).status == Status.RESCINDED


def test_two_editors_saving_the_same_version_get_a_conflict_page(app, world):
    admin_id = world["admin"].id
    assert admin_id
    first = client_for(app, "editor@tp.gov.vn")
    second = client_for(app, "admin@tinh.gov.vn")
    proc = world["ours"]
    mine, theirs = form_of(first, edit_url(proc)), form_of(second, edit_url(proc))
    theirs.update({"name": "Tên của quản trị viên", "save": "1"})
    assert second.post(edit_url(proc), data=theirs).status_code == 302
    mine.update({"fee_text": "Miễn phí", "name": "Tên của biên tập viên", "save": "1"})
    resp = first.post(edit_url(proc), data=mine)
    html = resp.get_data(as_text=True)
    assert resp.status_code == 409
    assert "Tên của quản trị viên" in html and "Tên của biên tập viên" in html
    db.session.expire_all()
    saved = db.session.get(Procedure, proc.id)
    assert saved.name == "Tên của quản trị viên" and saved.fee_text == ""
    # The conflict page's form carries the new version: saving it re-applies the editor's values.
    reapply = dict(mine, version=re.search(r'name="version" type="hidden" value="(\d+)"',
                                           html).group(1))
    assert first.post(edit_url(proc), data=reapply).status_code == 302
    db.session.expire_all()
    saved = db.session.get(Procedure, proc.id)
    assert (saved.name, saved.fee_text) == ("Tên của biên tập viên", "Miễn phí")


def test_forms_reject_a_missing_or_wrong_csrf_token(app, world, tmp_path):
    strict = create_app({"PORTAL_ENV": "testing", "SECRET_KEY": "x", "WTF_CSRF_ENABLED": True,
                         "SQLALCHEMY_DATABASE_URI": app.config["SQLALCHEMY_DATABASE_URI"]})
    client = strict.test_client()
    login = {"email": "editor@tp.gov.vn", "password": "correct horse battery staple"}
    assert client.post("/auth/login", data=login).status_code == 400
    assert client.post("/auth/login", data=dict(login, csrf_token="forged")).status_code == 400
    html = client.get("/auth/login").get_data(as_text=True)
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', html).group(1)
    assert client.post("/auth/login", data=dict(login, csrf_token=token)).status_code == 302
    proc = world["ours"]
    # Signed in, a post without the token is still refused and changes nothing.
    resp = client.post(f"/can-bo/thu-tuc/{proc.id}/cong-bo", data={"version": proc.version})
    assert resp.status_code == 400
    assert client.post("/auth/logout").status_code == 400
    with strict.app_context():
        db.session.remove()
        db.engine.dispose()


def _mark(proc, kind="unparsed_table"):
    from portal.catalogue.models import ReviewMark
    db.session.add(ReviewMark(procedure_id=proc.id, kind=kind,
                              detail="cach_thuc_thuc_hien: 6 Tháng"))
    db.session.commit()


def test_editor_sets_a_channels_time_limit_with_its_unit_and_the_mark_goes(app, world):
    from portal.catalogue.models import ReviewMark
    client = client_for(app, "editor@tp.gov.vn")
    proc = world["ours"]
    _mark(proc)
    data = form_of(client, edit_url(proc))
    data["add_channels"] = "1"
    html = client.post(edit_url(proc), data=data).get_data(as_text=True)
    # The unit is a choice, "none stated" first; never a count of working days alone.
    assert 'name="channels-0-time_limit_unit"' in html and 'value="month"' in html
    assert 'name="channels-0-working_days"' not in html
    data = form_of(client, edit_url(proc))
    data.update({"channels-0-kind": "truc_tiep", "channels-0-time_limit_text": "6 Tháng",
                 "channels-0-time_limit_value": "6", "channels-0-time_limit_unit": "month",
                 "save": "1"})
    assert client.post(edit_url(proc), data=data).status_code == 302
    db.session.expire_all()
    stored = db.session.get(Procedure, proc.id)
    channel = stored.channels[0]
    assert (channel.time_limit_value, channel.time_limit_unit, channel.working_days) == (
        6, "month", None)
    assert db.session.query(ReviewMark).filter_by(procedure_id=proc.id).count() == 0
    # Working days: the figure the search facets read follows the unit.
    data = form_of(client, edit_url(proc))
    assert data["channels-0-time_limit_unit"] == "month"
    data.pop("channels-0-remove")   # an unticked box is not sent
    data.update({"channels-0-time_limit_value": "20", "channels-0-time_limit_unit": "working_day",
                 "save": "1"})
    assert client.post(edit_url(proc), data=data).status_code == 302
    db.session.expire_all()
    channel = db.session.get(Procedure, proc.id).channels[0]
    assert (channel.time_limit_value, channel.time_limit_unit, channel.working_days) == (
        20, "working_day", 20)


def test_a_unit_needs_its_number_and_must_be_a_known_unit(app, world):
    client = client_for(app, "editor@tp.gov.vn")
    proc = world["ours"]
    _mark(proc)
    data = form_of(client, edit_url(proc))
    data.update({"channels-0-kind": "truc_tiep", "channels-0-time_limit_value": "",
                 "channels-0-time_limit_unit": "month", "save": "1"})
    resp = client.post(edit_url(proc), data=data)
    assert resp.status_code == 422
    assert 'id="channels-0-time_limit_value-error"' in resp.get_data(as_text=True)
    data.update({"channels-0-time_limit_value": "5", "channels-0-time_limit_unit": "fortnight"})
    assert client.post(edit_url(proc), data=data).status_code == 422
    db.session.expire_all()
    stored = db.session.get(Procedure, proc.id)
    assert stored.channels == [] and stored.review_marks   # nothing saved, the mark stays
    # A bare number, as some sources print it ("20"), is kept with no unit stated.
    data["channels-0-time_limit_unit"] = ""
    assert client.post(edit_url(proc), data=data).status_code == 302
    db.session.expire_all()
    channel = db.session.get(Procedure, proc.id).channels[0]
    assert (channel.time_limit_value, channel.time_limit_unit, channel.working_days) == (
        5, None, None)
