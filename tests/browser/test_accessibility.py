"""axe-core on the pages people use most: no serious or critical violations."""
from __future__ import annotations

import json

import pytest

from .conftest import screenshot
from .data import make_catalogue, sign_in

pytestmark = pytest.mark.browser

PUBLIC = {"home": "/", "results": "/search?q=dang+ky", "procedure": "/thu-tuc/1.001193",
          "sign-in": "/auth/login"}
BLOCKING = {"serious", "critical"}


def _scan(page, axe_source: str) -> list[dict]:
    """Run axe on the loaded page; the serious and critical violations, trimmed."""
    # The CSP forbids inline script, so axe is evaluated through the devtools
    # protocol (page.evaluate is not subject to the page's CSP).
    page.evaluate(axe_source)
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [{"id": v["id"], "impact": v["impact"], "help": v["help"],
             "nodes": [n["target"] for n in v["nodes"]][:5]}
            for v in result["violations"] if v["impact"] in BLOCKING]


def _assert_clean(page, axe_source: str, name: str) -> None:
    violations = _scan(page, axe_source)
    if violations:
        screenshot(page, f"axe-{name}")
    assert not violations, f"{name} ({page.url}):\n" + json.dumps(
        violations, ensure_ascii=False, indent=1)


@pytest.mark.parametrize("name", list(PUBLIC))
def test_public_page_has_no_serious_accessibility_violations(page, axe_source, name, app_ctx):
    make_catalogue()
    page.goto(PUBLIC[name])
    _assert_clean(page, axe_source, name)


def test_staff_edit_page_has_no_serious_accessibility_violations(page, axe_source, app_ctx):
    data = make_catalogue()
    sign_in(page, data.editor.email)
    for url in (f"/can-bo/thu-tuc/{data.birth.id}/sua",
                f"/can-bo/thu-tuc/{data.birth.id}/muc-do"):
        page.goto(url)
        _assert_clean(page, axe_source, url.rsplit("/", 1)[-1])


def test_dashboard_has_no_serious_accessibility_violations(page, axe_source, app_ctx):
    data = make_catalogue()
    sign_in(page, data.admin.email)
    page.goto("/quan-tri/thong-ke/")
    _assert_clean(page, axe_source, "dashboard")
