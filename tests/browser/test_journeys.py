"""What citizens, editors and administrators do, in a real browser."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from .conftest import PHONE, screenshot
from .data import make_catalogue, sign_in

pytestmark = pytest.mark.browser


def test_citizen_on_a_phone_finds_a_procedure_typed_without_diacritics(new_context, app_ctx, console_errors):
    make_catalogue()
    page = new_context(viewport=PHONE, is_mobile=True, has_touch=True).new_page()
    page.goto("/")
    page.get_by_role("searchbox").first.fill("dang ky khai sinh")
    page.get_by_role("button", name="Tìm kiếm").first.click()
    expect(page.locator("h1")).to_contain_text("dang ky khai sinh")
    first = page.locator("ol.results li.result").first
    expect(first.locator("h2")).to_have_text("Đăng ký khai sinh")
    first.get_by_role("link").click()
    expect(page).to_have_url(re.compile(r"/thu-tuc/1\.001193$"))
    expect(page.locator("h1")).to_have_text("Đăng ký khai sinh")
    # Nothing wider than the phone's screen: no sideways scrolling.
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    screenshot(page, "citizen-phone-search")
    assert not console_errors, "\n".join(console_errors)


def test_citizen_switches_to_english_and_back_on_the_same_page(page, app_ctx, console_errors):
    make_catalogue()
    page.goto("/thu-tuc/1.001193")
    expect(page.locator("html")).to_have_attribute("lang", "vi")
    page.get_by_role("navigation", name="Ngôn ngữ").get_by_role("link", name="English").click()
    expect(page).to_have_url(re.compile(r"/thu-tuc/1\.001193$"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    main_nav = page.get_by_role("navigation", name="Main navigation")
    expect(main_nav.get_by_role("link", name="Home")).to_be_visible()
    # Procedure content is data: its official Vietnamese name stays.
    expect(page.locator("h1")).to_have_text("Đăng ký khai sinh")
    page.goto("/search?q=khai+sinh")   # the choice is remembered on the next page
    expect(page.locator("h1")).to_contain_text("Search results for")
    page.get_by_role("link", name="Tiếng Việt").click()
    expect(page).to_have_url(re.compile(r"/search\?q=khai\+sinh$"))
    expect(page.locator("html")).to_have_attribute("lang", "vi")
    expect(page.locator("h1")).to_contain_text("Kết quả tìm kiếm cho")
    screenshot(page, "citizen-language-switch")
    assert not console_errors, "\n".join(console_errors)


def test_citizen_narrows_results_with_a_facet_and_reads_the_next_page(page, app_ctx, console_errors):
    make_catalogue()
    page.goto("/search?q=dang+ky")
    expect(page.locator(".result-count")).to_have_text("Tìm thấy 14 thủ tục")
    filters = page.get_by_role("form", name="Bộ lọc")
    filters.get_by_role("group", name="Lĩnh vực").get_by_label(re.compile("^Hộ tịch")).check()
    filters.get_by_role("button", name="Áp dụng bộ lọc").click()
    expect(page.locator(".result-count")).to_have_text("Tìm thấy 12 thủ tục")
    expect(page.locator(".active-filters")).to_contain_text("Lĩnh vực – Hộ tịch")
    expect(page.locator("li.result")).to_have_count(10)
    first_page = page.locator("li.result h2").all_inner_texts()
    page.get_by_role("navigation", name="Phân trang").get_by_role("link", name="Trang sau").click()
    expect(page.locator(".pagination [aria-current=page]")).to_have_text("Trang 2 / 2")
    expect(page.locator("li.result")).to_have_count(2)
    second_page = page.locator("li.result h2").all_inner_texts()
    assert not set(first_page) & set(second_page)
    assert not {"Đăng ký xe máy chuyên dùng"} & set(first_page + second_page)
    expect(page.locator(".active-filters")).to_contain_text("Hộ tịch")   # filter kept
    screenshot(page, "citizen-facet-pagination")
    assert not console_errors, "\n".join(console_errors)


def test_editor_renames_and_raises_a_level_and_the_public_sees_it(page, app_ctx, console_errors):
    data = make_catalogue()
    sign_in(page, data.editor.email)
    page.goto(f"/can-bo/thu-tuc/{data.birth.id}/sua")
    page.get_by_label("Tên thủ tục").fill("Đăng ký khai sinh cho trẻ em")
    page.get_by_role("button", name="Lưu", exact=True).click()
    expect(page.get_by_role("status")).to_contain_text("Đã lưu thay đổi.")
    page.get_by_role("link", name="Thay đổi mức độ").click()
    page.get_by_label("Mức độ mới").select_option("2")
    page.get_by_label("Ngày hiệu lực").fill("2026-01-15")
    page.get_by_label("Số quyết định").fill("QĐ 15/2026/QĐ-UBND")
    page.get_by_role("button", name="Ghi nhận thay đổi mức độ").click()
    expect(page.get_by_role("status")).to_contain_text("Đã ghi nhận mức độ mới.")

    page.goto("/thu-tuc/1.001193")
    expect(page.locator("h1")).to_have_text("Đăng ký khai sinh cho trẻ em")
    expect(page.locator("#level-heading")).to_contain_text("Mức độ 2")
    page.goto("/search?q=khai+sinh+tre+em")
    hit = page.locator("li.result").filter(has_text="Đăng ký khai sinh cho trẻ em")
    expect(hit.locator(".badge")).to_have_text("Mức độ 2")
    screenshot(page, "editor-level-change")
    assert not console_errors, "\n".join(console_errors)


def test_two_editors_conflict_and_the_second_resolves_it(new_context, app_ctx, console_errors):
    data = make_catalogue()
    first, second = (new_context().new_page() for _ in range(2))
    sign_in(first, data.editor.email)
    sign_in(second, data.second.email)
    edit = f"/can-bo/thu-tuc/{data.birth.id}/sua"
    first.goto(edit)
    second.goto(edit)
    first.get_by_label("Kết quả thực hiện").fill("Giấy khai sinh bản chính")
    first.get_by_role("button", name="Lưu", exact=True).click()
    expect(first.get_by_role("status")).to_contain_text("Đã lưu thay đổi.")

    second.get_by_label("Tên thủ tục").fill("Đăng ký khai sinh (trực tiếp)")
    second.get_by_role("button", name="Lưu", exact=True).click()
    expect(second.locator("h1")).to_have_text("Xung đột khi lưu")
    expect(second.get_by_role("alert")).to_contain_text("Người khác đã lưu thủ tục này")
    second.get_by_role("button", name="Lưu", exact=True).click()
    expect(second.get_by_role("status")).to_contain_text("Đã lưu thay đổi.")

    second.goto("/thu-tuc/1.001193")
    expect(second.locator("h1")).to_have_text("Đăng ký khai sinh (trực tiếp)")
    screenshot(second, "editors-conflict-resolved")
    # Chromium logs the conflict page's own 409 status as an error: that one is expected.
    unexpected = [e for e in console_errors if "status of 409" not in e]
    assert not unexpected, "\n".join(unexpected)


def test_administrator_reads_the_dashboard_and_downloads_a_csv(page, app_ctx, console_errors):
    data = make_catalogue()
    sign_in(page, data.admin.email)
    page.goto("/quan-tri/thong-ke/")
    expect(page.locator("h1")).to_be_visible()
    link = page.locator("p.exports").first.get_by_role("link", name="CSV")
    with page.expect_download() as info:
        link.click()
    download = info.value
    assert download.suggested_filename.endswith(".csv")
    body = download.path().read_text(encoding="utf-8-sig")
    assert body.count("\n") >= 2, body    # a header and at least one row
    screenshot(page, "admin-dashboard-export")
    assert not console_errors, "\n".join(console_errors)
