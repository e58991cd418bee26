"""Every page with a table, on a phone and on a desktop: no split word, no sideways scroll,
lists in Vietnamese order, numbers written the page language's way. Screenshots of each."""
from __future__ import annotations

import pytest

from .conftest import screenshot
from .data import AGENCIES_IN_ORDER, FIELDS_IN_ORDER, make_wide_catalogue, sign_in
from .layout import layout_problems, number_problems

pytestmark = [pytest.mark.browser, pytest.mark.slow]

WIDTHS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}


def _public_pages(data) -> dict[str, str]:
    return {"home": "/", "agencies": "/co-quan", "agency": f"/co-quan/{data.justice.id}",
            "fields": "/linh-vuc", "field": f"/linh-vuc/{data.civil.id}", "levels": "/muc-do",
            "progress": "/tien-do", "procedure": f"/thu-tuc/{data.rich.code}",
            "search": "/search?q=dang+ky", "open-data": "/du-lieu-mo", "api-docs": "/api/v1/docs"}


def _staff_pages(data) -> dict[str, str]:
    pid = data.birth.id
    return {"staff": "/can-bo/", "staff-edit": f"/can-bo/thu-tuc/{pid}/sua",
            "staff-history": f"/can-bo/thu-tuc/{pid}/lich-su",
            "staff-level": f"/can-bo/thu-tuc/{pid}/muc-do",
            "staff-forms": f"/can-bo/thu-tuc/{pid}/bieu-mau", "staff-tokens": "/can-bo/ma-api",
            "staff-feedback": "/can-bo/phan-hoi"}


ADMIN_PAGES = {"admin-users": "/quan-tri/nguoi-dung", "admin-synonyms": "/quan-tri/tu-dong-nghia/",
               "dashboard": "/quan-tri/thong-ke/", "dashboard-movement": "/quan-tri/thong-ke/bien-dong",
               "dashboard-searches": "/quan-tri/thong-ke/tim-kiem",
               "dashboard-targets": "/quan-tri/thong-ke/muc-tieu",
               "feedback-overview": "/quan-tri/phan-hoi", "stale": "/quan-tri/chua-xac-nhan",
               "broken-links": "/can-bo/lien-ket/hong"}


def _walk(context, pages: dict[str, str], size: str, lang: str) -> list[str]:
    """Visit each page; return every problem found, named by page."""
    page = context.new_page()
    problems = []
    for name, url in pages.items():
        sep = "&" if "?" in url else "?"
        response = page.goto(f"{url}{sep}lang={lang}")
        assert response.status == 200, f"{url}: {response.status}"
        problems += [f"{name} ({size}, {lang}): {p}" for p in layout_problems(page)]
        problems += [f"{name} ({size}, {lang}): {p}" for p in number_problems(page, lang)]
        screenshot(page, f"layout-{name}-{size}-{lang}")
    page.close()
    return problems


@pytest.mark.parametrize("size", sorted(WIDTHS))
def test_public_pages_read_well_at_phone_and_desktop_widths(new_context, app_ctx, size):
    data = make_wide_catalogue()
    context = new_context(viewport=WIDTHS[size])
    problems = []
    for lang in ("vi", "en"):
        problems += _walk(context, _public_pages(data), size, lang)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("size", sorted(WIDTHS))
def test_staff_and_admin_pages_read_well_at_phone_and_desktop_widths(new_context, app_ctx, size):
    data = make_wide_catalogue()
    editor, admin = new_context(viewport=WIDTHS[size]), new_context(viewport=WIDTHS[size])
    sign_in(editor.new_page(), data.editor.email)
    sign_in(admin.new_page(), data.admin.email)
    problems = _walk(editor, _staff_pages(data), size, "vi")
    problems += _walk(admin, ADMIN_PAGES, size, "vi")
    problems += _walk(admin, {"admin-users": "/quan-tri/nguoi-dung", "dashboard": "/quan-tri/thong-ke/"},
                      size, "en")
    assert not problems, "\n".join(problems)
def _first_column(page) -> list[str]:
    return page.locator("table tbody tr > :first-child a").all_inner_texts()


def test_agencies_and_fields_are_listed_in_vietnamese_order(page, app_ctx):
    make_wide_catalogue()
    page.goto("/co-quan")
    agencies = [n for n in _first_column(page) if n in AGENCIES_IN_ORDER]
    assert agencies == AGENCIES_IN_ORDER
    page.goto("/linh-vuc")
    fields = [n for n in _first_column(page) if n in FIELDS_IN_ORDER]
    assert fields == FIELDS_IN_ORDER
