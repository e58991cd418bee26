"""Staff pages that guide: every error at once, in the page's language, summarised at the top
with links to the fields; human labels instead of internal words."""
from __future__ import annotations

import re

import datetime as dt

from portal.workflows import services

from .conftest import client_for


def _summary_links(html: str) -> list[str]:
    summary = html.split('class="error-summary"', 1)[1].split("</div>", 1)[0]
    return re.findall(r'href="#([^"]+)"', summary)


def test_an_empty_level_form_lists_every_error_in_vietnamese_with_links(app, world):
    client = client_for(app, "editor@tp.gov.vn")
    proc = world["ours"]
    resp = client.post(f"/can-bo/thu-tuc/{proc.id}/muc-do",
                       data={"version": proc.version, "level": "9", "effective_date": "",
                             "decision_ref": "", "reason": "", "online_url": ""})
    html = resp.get_data(as_text=True)
    assert resp.status_code == 422
    assert "This field is required" not in html and "Not a valid choice" not in html
    assert "Hãy điền mục này." in html
    # All three at once, each linking to an element that exists on the page.
    links = _summary_links(html)
    assert set(links) >= {"level", "effective_date", "decision_ref"}
    for target in links:
        assert f'id="{target}"' in html
    assert re.search(r'aria-describedby="[^"]*effective_date-error"', html)


def test_the_same_form_in_english_speaks_english(app, world):
    client = client_for(app, "editor@tp.gov.vn")
    proc = world["ours"]
    html = client.post(f"/can-bo/thu-tuc/{proc.id}/muc-do?lang=en",
                       data={"version": proc.version, "level": "2", "effective_date": "",
                             "decision_ref": ""}).get_data(as_text=True)
    assert "Fill in this field." in html and "Hãy điền mục này." not in html
    assert "errors to fix" in html


def test_internal_words_have_human_labels_in_the_audit_trail_and_lists(app, world):
    proc, editor = world["ours"], world["editor"]
    proc.online_url = "https://dichvucong.gov.vn/p/1"
    services.change_level(proc, proc.version, editor, level=3, effective_date=dt.date(2024, 1, 1),
                          decision_ref="9/QĐ")
    from portal.extensions import db
    db.session.commit()
    client = client_for(app, "editor@tp.gov.vn")
    history = client.get(f"/can-bo/thu-tuc/{proc.id}/lich-su").get_data(as_text=True)
    for internal in (">level<", "level_recorded", "effective_date", "None", "(web)"):
        assert internal not in history, internal
    assert "Thay đổi mức độ" in history and "Ngày hiệu lực" in history
    listing = client.get("/can-bo/").get_data(as_text=True)
    assert ">published<" not in listing and "Đã công bố" in listing
    admin = client_for(app, "admin@tinh.gov.vn")
    users = admin.get("/quan-tri/nguoi-dung").get_data(as_text=True)
    assert ">admin<" not in users and ">editor<" not in users
    assert "Quản trị viên" in users and "Cán bộ biên tập" in users


def test_destructive_buttons_are_warnings_and_signing_out_is_secondary(app, world):
    from .test_upkeep import PDF, _upload
    client = client_for(app, "editor@tp.gov.vn")
    proc = world["ours"]
    assert _upload(client, proc, PDF, "Tờ khai.pdf").status_code == 302
    html = client.get(f"/can-bo/thu-tuc/{proc.id}/bieu-mau").get_data(as_text=True)
    assert 'class="button-secondary">Đăng xuất' in html
    assert 'class="button-warning">Gỡ</button>' in html


def test_an_edit_breaking_three_service_rules_lists_them_all_with_links(app, world):
    # Each rule here is checked by the service (they need the database), not the form:
    # a code another procedure uses, and agencies of another office in two roles.
    from .test_web_editing import edit_url, form_of
    client = client_for(app, "editor@tp.gov.vn")
    proc = world["ours"]
    data = form_of(client, edit_url(proc))
    data.update({"code": world["theirs"].code, "save": "1",
                 "agencies_competent": [str(world["health"].id)],
                 "agencies_coordinating": [str(world["health"].id)]})
    resp = client.post(edit_url(proc), data=data)
    html = resp.get_data(as_text=True)
    assert resp.status_code == 422
    links = _summary_links(html)
    assert {"code", "agencies_competent", "agencies_coordinating"} <= set(links)
    for target in links:
        assert f'id="{target}"' in html
    assert "Mã thủ tục này đã được dùng." in html
