"""Public download of form files."""
from __future__ import annotations

from urllib.parse import quote

from portal.catalogue.models import Status
from portal.extensions import db
from portal.forms.services import attach_form, remove_form

from ..factories import make_procedure
from . import samples
from .conftest import fetch, make_user, sign_in, upload


def _url(form) -> str:
    return f"/bieu-mau/{form.id}/{quote(form.display_name)}"


def test_citizen_downloads_form_with_safe_headers(client):
    proc = make_procedure()
    form = attach_form(proc, upload(samples.docx(), "Tờ khai đăng ký.docx"), user_id=None)
    db.session.commit()
    resp = fetch(client, _url(form))
    assert resp.status_code == 200
    assert resp.data == samples.docx()
    assert resp.mimetype == form.content_type
    disposition = resp.headers["Content-Disposition"]
    assert disposition.startswith("attachment;")
    # RFC 5987: the Vietnamese name survives, percent-encoded in UTF-8.
    assert "filename*=UTF-8''" + quote("Tờ khai đăng ký.docx") in disposition
    assert resp.headers["X-Content-Type-Options"] == "nosniff"
    cache = resp.cache_control
    assert cache.public and cache.immutable and cache.max_age == 365 * 24 * 3600
    assert resp.headers["ETag"].strip('"') == form.sha256


def test_wrong_name_in_url_redirects_to_the_canonical_one(client):
    form = attach_form(make_procedure(), upload(samples.pdf(), "don.pdf"), user_id=None)
    db.session.commit()
    resp = fetch(client, f"/bieu-mau/{form.id}/..%2F..%2Fetc%2Fpasswd")
    assert resp.status_code == 404   # a slash never reaches the view
    resp = fetch(client, f"/bieu-mau/{form.id}/khac.pdf")
    assert resp.status_code == 301 and resp.location.endswith(_url(form))


def test_unknown_form_is_404(client):
    assert fetch(client, "/bieu-mau/999/x.pdf").status_code == 404
    assert fetch(client, "/bieu-mau/abc/x.pdf").status_code == 404


def test_replaced_form_sends_the_public_to_its_successor(client):
    proc = make_procedure()
    old = attach_form(proc, upload(samples.pdf(), "cu.pdf"), user_id=None)
    new = attach_form(proc, upload(samples.odf("odt"), "moi.odt"), user_id=None, replaces=old)
    db.session.commit()
    resp = fetch(client, _url(old))
    assert resp.status_code == 302 and resp.location.endswith(_url(new))


def test_removed_form_is_gone_for_the_public_but_kept_for_staff(client):
    proc = make_procedure()
    form = attach_form(proc, upload(samples.pdf(), "don.pdf"), user_id=None)
    remove_form(proc, form, user_id=None)
    user = make_user()
    db.session.commit()
    assert fetch(client, _url(form)).status_code == 410
    sign_in(client, user)
    resp = fetch(client, _url(form))
    assert resp.status_code == 200 and resp.data == samples.pdf()
    assert resp.cache_control.private and resp.cache_control.no_store


def test_forms_of_draft_procedures_are_not_public(client):
    proc = make_procedure(status=Status.DRAFT)
    form = attach_form(proc, upload(samples.pdf(), "don.pdf"), user_id=None)
    user = make_user()
    db.session.commit()
    assert fetch(client, _url(form)).status_code == 404
    sign_in(client, user)
    assert fetch(client, _url(form)).status_code == 200


def test_missing_stored_file_is_404_not_500(client):
    from portal.forms.storage import stored_path
    form = attach_form(make_procedure(), upload(samples.pdf(), "don.pdf"), user_id=None)
    db.session.commit()
    stored_path(form.stored_name).unlink()
    assert fetch(client, _url(form)).status_code == 404


def test_done_when_editor_uploads_moves_to_level_two_and_citizen_downloads(client):
    import datetime as dt

    import pytest

    from portal.errors import ValidationError
    from portal.forms.queries import list_forms
    from portal.forms.services import check_level_allowed
    from portal.levels.models import LevelSource
    from portal.levels.services import record_level_change

    editor = make_user()
    proc = make_procedure(level=1)
    with pytest.raises(ValidationError):      # no form yet: level 2 is refused, with a reason
        check_level_allowed(proc, 2)
    with pytest.raises(ValidationError):      # an executable renamed .pdf is refused
        attach_form(proc, upload(samples.executable(), "to-khai.pdf"), user_id=editor.id)
    attach_form(proc, upload(samples.pdf(), "Tờ khai.pdf"), user_id=editor.id)
    check_level_allowed(proc, 2)
    record_level_change(proc, 2, dt.date.today(), source=LevelSource.STAFF, user_id=editor.id)
    db.session.commit()
    assert proc.level == 2
    (form,) = list_forms(proc)
    resp = fetch(client, _url(form))
    assert resp.status_code == 200 and resp.data == samples.pdf()


def test_description_for_page_and_api_links_to_the_download(client):
    from portal.web.public.files import describe_form
    form = attach_form(make_procedure(), upload(samples.xlsx(), "Bảng kê.xlsx"), user_id=None)
    db.session.commit()
    with client.application.test_request_context():
        info = describe_form(form)
    assert (info["name"], info["type"], info["size"]) == ("Bảng kê.xlsx", "xlsx", form.size)
    assert fetch(client, info["url"]).status_code == 200
