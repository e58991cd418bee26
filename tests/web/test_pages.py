"""Every public page type, in Vietnamese and English."""
import re

import pytest

from .conftest import XSS


def page(client, url, lang="vi", status=200):
    sep = "&" if "?" in url else "?"
    resp = client.get(f"{url}{sep}lang={lang}")
    assert resp.status_code == status, url
    return resp.get_data(as_text=True)


def one_h1(html):
    assert len(re.findall(r"<h1[ >]", html)) == 1
    return html


PAGES = {
    "home": ("/", "Tìm và thực hiện thủ tục hành chính",
             "Find and carry out administrative procedures"),
    "search": ("/search?q=khai+sinh", "Kết quả tìm kiếm cho", "Search results for"),
    "procedure": ("/thu-tuc/1.001193", "Thành phần hồ sơ", "Documents to submit"),
    "agencies": ("/co-quan", "Cơ quan thực hiện", "Executing agency"),
    "fields": ("/linh-vuc", "Số thủ tục đang công bố theo mức độ", "Published procedures by level"),
    "levels": ("/muc-do", "Mức độ dịch vụ công trực tuyến", "Online-service level"),
    "open data": ("/du-lieu-mo", "Tải về", "Downloads"),
    "api docs": ("/api/v1/docs", "Tài liệu API", "API documentation"),
}


@pytest.mark.parametrize("name", PAGES)
def test_page_in_both_languages(client, catalogue, name):
    url, vi, en = PAGES[name]
    html_vi = one_h1(page(client, url, "vi"))
    html_en = one_h1(page(client, url, "en"))
    assert '<html lang="vi">' in html_vi and vi in html_vi
    assert '<html lang="en">' in html_en and en in html_en
    assert 'href="#main"' in html_vi and 'id="main"' in html_vi
    assert "official Vietnamese text" in html_en and "official Vietnamese text" not in html_vi


@pytest.mark.parametrize("kind", ["agency", "field"])
def test_agency_and_field_pages_list_procedures_with_level_counts(client, catalogue, kind):
    obj = catalogue.justice if kind == "agency" else catalogue.civil
    url = f"/co-quan/{obj.id}" if kind == "agency" else f"/linh-vuc/{obj.id}"
    for lang, heading in (("vi", "Danh sách thủ tục"), ("en", "Procedures")):
        html = one_h1(page(client, url, lang))
        assert heading in html
        assert "/thu-tuc/1.001193" in html and "/thu-tuc/1.000894" in html
        assert "/thu-tuc/1.002804" not in html and "9.999999" not in html
    html = page(client, url, "en")
    assert "3 published procedures" in html


def test_procedure_page_sections_in_order(client, catalogue):
    html = page(client, "/thu-tuc/1.001193")
    ids = ["what", "who", "how", "dossier", "steps", "result", "conditions", "legal", "history"]
    positions = [html.index(f'<section id="{i}"') for i in ids]
    assert positions == sorted(positions)
    assert "Mẫu 01/TK" in html and "Bước 2: Nhận kết quả" in html and "Luật Hộ tịch" in html


def test_procedure_page_money_dates_level_and_online_link(client, catalogue):
    vi = page(client, "/thu-tuc/1.001193", "vi")
    en = page(client, "/thu-tuc/1.001193", "en")
    assert "1.234.000\xa0₫" in vi and "₫1,234,000" in en
    assert "20 tháng 11, 2015" in vi and "20 November 2015" in en
    assert "Dịch vụ công trực tuyến toàn trình" in vi and "Fully online public service" in en
    assert 'href="https://dichvucong.gov.vn/nop/1.001193"' in vi and "Apply online" in en
    # The level history as a timeline, oldest first.
    assert vi.index("10 tháng 1, 2024") < vi.index("1 tháng 6, 2025")
    assert "from level 3 up to level 4" in en
    assert 'href="https://dichvucong.gov.vn/tthc/1.001193"' in vi


def test_level_3_is_partly_online_and_levels_1_2_information_only(client, catalogue):
    assert "Partly online public service" in page(client, "/thu-tuc/1.000894", "en")
    html = page(client, "/thu-tuc/1.002804", "en")
    assert "Information only" in html and "Apply online" not in html


def test_rescinded_page_stays_and_is_marked(client, catalogue):
    vi = page(client, "/thu-tuc/1.004884", "vi")
    en = page(client, "/thu-tuc/1.004884", "en")
    assert "Thủ tục này đã bị bãi bỏ" in vi and "This procedure has been rescinded" in en


def test_drafts_and_unknown_codes_are_404_in_both_languages(client, catalogue):
    assert "Không tìm thấy trang" in page(client, "/thu-tuc/9.999999", "vi", 404)
    assert "Page not found" in page(client, "/thu-tuc/9.999999", "en", 404)
    assert "Page not found" in page(client, "/no/such/page", "en", 404)


def test_405_page_in_both_languages(client, catalogue):
    for lang, text in (("vi", "Phương thức không được hỗ trợ"), ("en", "Method not allowed")):
        resp = client.post(f"/search?lang={lang}")
        assert resp.status_code == 405
        assert text in resp.get_data(as_text=True)


def test_search_page_results_facets_and_pagination(client, catalogue):
    html = page(client, "/search?q=dang+ky")
    assert 'value="dang ky"' in html
    assert "<mark>Đăng</mark> <mark>ký</mark> khai sinh" in html
    assert 'name="level" value="4"' in html and "badge-level-4" in html
    html = page(client, f"/search?field={catalogue.civil.id}&level=3&level=4&per_page=1")
    assert "Tìm thấy 3 thủ tục" in html
    assert "Trang 1 / 3" in html and "page=2" in html
    assert 'name="level" value="3" checked' in html


def test_search_for_a_code_goes_to_the_procedure(client, catalogue):
    resp = client.get("/search?q=1.002804")
    assert resp.status_code == 302 and resp.headers["Location"].endswith("/thu-tuc/1.002804")


def test_zero_results_page_helps(client, catalogue):
    html = page(client, "/search?q=qzxwvk", "en")
    assert "No matching procedure was found" in html
    assert "one-stop desk" in html and 'href="/co-quan"' in html
    # a slip is answered for what was meant, and the page says what that was
    html = page(client, "/search?q=khai+sinhh", "en")
    assert "Did you mean:" in html and "khai sinh" in html
    assert "No matching procedure was found" not in html


def test_search_page_rejects_bad_parameters_with_400(client, catalogue):
    for url in ("/search?page=abc", "/search?level=9", "/search?agency=x", "/search?tier=mars"):
        assert client.get(url).status_code == 400, url


@pytest.mark.parametrize("url", [
    "/", "/search?q=thu+tuc", "/search?q=%3Cscript%3E", "/thu-tuc/1.009999", "/co-quan",
    "/linh-vuc", "/co-quan/{agency}", "/linh-vuc/{field}", "/muc-do",
])
def test_stored_markup_is_escaped_on_every_page(client, catalogue, url):
    url = url.format(agency=catalogue.justice.id, field=catalogue.civil.id)
    for lang in ("vi", "en"):
        html = page(client, url, lang)
        assert XSS not in html
        assert "<script>" not in html
        assert "javascript:" not in html


def test_hostile_procedure_shows_its_text_escaped(client, catalogue):
    html = page(client, "/thu-tuc/1.009999")
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    assert "Nộp hồ sơ trực tuyến" not in html  # a javascript: link is not a link


def test_language_switch_remembers_choice(client, catalogue):
    resp = client.get("/ngon-ngu/en?next=/muc-do")
    assert resp.status_code == 302 and resp.headers["Location"] == "/muc-do"
    assert "lang=en" in resp.headers["Set-Cookie"]
    assert '<html lang="en">' in client.get("/muc-do").get_data(as_text=True)
    client.get("/ngon-ngu/vi?next=/")
    assert '<html lang="vi">' in client.get("/muc-do").get_data(as_text=True)


def test_language_switch_never_redirects_off_site(client, catalogue):
    for target in ("https://evil.example/", "//evil.example/", "/\\evil.example"):
        resp = client.get("/ngon-ngu/en", query_string={"next": target})
        assert resp.headers["Location"] == "/"
    assert client.get("/ngon-ngu/fr").status_code == 404


def test_language_from_accept_language_else_vietnamese(client, catalogue):
    html = client.get("/", headers={"Accept-Language": "en-GB,en;q=0.8"}).get_data(as_text=True)
    assert '<html lang="en">' in html
    html = client.get("/", headers={"Accept-Language": "vi-VN,en;q=0.5"}).get_data(as_text=True)
    assert '<html lang="vi">' in html
    html = client.get("/", headers={"Accept-Language": "fr-FR,en-US;q=0.5"}).get_data(as_text=True)
    assert '<html lang="en">' in html
    html = client.get("/", headers={"Accept-Language": "fr"}).get_data(as_text=True)
    assert '<html lang="vi">' in html
    assert '<html lang="vi">' in client.get("/").get_data(as_text=True)


def test_home_shows_size_and_shares(client, catalogue):
    html = page(client, "/", "en")
    assert "The catalogue holds 4 published administrative procedures." in html
    assert "25%" in html
    assert "/search?applicant=cong_dan" in html
    assert "js/suggest.js?v=" in html


def test_pages_vary_by_language(client, catalogue):
    vary = client.get("/").headers["Vary"]
    assert "Accept-Language" in vary and "Cookie" in vary


def test_switcher_drops_a_one_page_lang_choice(client, catalogue):
    html = client.get("/search?q=khai&lang=en").get_data(as_text=True)
    assert "/ngon-ngu/vi?next=/search?q%3Dkhai" in html


def test_a_search_is_logged_and_the_opened_result_counted(client):
    from portal.analytics.models import SearchLog
    from portal.extensions import db as _db
    from tests.factories import make_procedure
    make_procedure("Đăng ký khai sinh", code="1.001193")
    _db.session.commit()
    html = client.get("/search?q=khai+sinh").get_data(as_text=True)
    entry = _db.session.query(SearchLog).one()
    assert entry.query == "khai sinh" and entry.result_count == 1
    link = f"/s/{entry.id}/1.001193"
    assert link in html
    resp = client.get(link)
    assert resp.status_code == 302 and resp.headers["Location"].endswith("/thu-tuc/1.001193")
    _db.session.expire_all()
    assert _db.session.get(SearchLog, entry.id).opened_code == "1.001193"
    client.get("/search?q=khai+sinh&page=2")   # reading on is not a new search
    assert _db.session.query(SearchLog).count() == 1


def _dossier_with_a_heading(proc):
    from portal.catalogue.models import DossierDocument
    from portal.extensions import db

    # As the civil-status layout prints them: the intro row last, with its own cell.
    proc.documents.extend([
        DossierDocument(position=3, case="", name="Người có yêu cầu nộp các giấy tờ sau:",
                        originals=7, copies=0, is_note=True, is_heading=True),
        DossierDocument(position=4, case="", name="Trường hợp ủy quyền thì kèm văn bản ủy quyền.",
                        originals=0, copies=0, is_note=True),
    ])
    db.session.commit()


def test_procedure_page_shows_a_dossier_heading_inside_the_list_without_a_quantity(
        client, catalogue):
    _dossier_with_a_heading(catalogue.birth)
    html = page(client, "/thu-tuc/1.001193")
    start = html.index('<section id="dossier"')
    table = html[start:html.index("</table>", start)]
    heading = re.search(r'<tr class="dossier-heading"><th scope="rowgroup" colspan="4"[^>]*>'
                        r"Người có yêu cầu nộp các giấy tờ sau:</th></tr>", table)
    assert heading, table
    # In the source's order (here after the papers), and its cell is no paper count.
    assert table.index("Giấy tờ tùy thân") < heading.start()
    assert ">7<" not in table
    # A note stays a paragraph under the list; the heading is not repeated there.
    after = html[html.index("</table>", html.index('<section id="dossier"')):]
    assert "<p class=\"text\">Trường hợp ủy quyền thì kèm văn bản ủy quyền.</p>" in after
    assert "Người có yêu cầu nộp" not in after[:after.index("</section>")]


def test_a_legal_number_printed_without_its_issuer_is_shown_as_incomplete(client, catalogue):
    from portal.catalogue.models import LegalBasis
    from portal.extensions import db

    catalogue.birth.legal_bases.append(LegalBasis(
        position=2, number="85/2026", title="Về bảo hiểm hưu trí bổ sungNghị định số 85/2026",
        unparsed=True))
    db.session.commit()
    html = page(client, "/thu-tuc/1.001193")
    legal = html[html.index('<section id="legal"'):]
    assert re.search(r"<strong>85/(?:<wbr>)?2026</strong>", legal)
    assert "số hiệu văn bản chưa đầy đủ; đang chờ kiểm tra" in legal
    assert "chưa tách được số hiệu văn bản" not in legal
