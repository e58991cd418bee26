"""Browser fixtures: Debian's Chromium driven by Playwright against a real server.

The app is the test session's (same database as the test process): a test
creates its data with the factories, commits, then navigates. Chromium is never
downloaded; without it (or without axe-core for the accessibility scan) the
tests are skipped with the reason shown by ``pytest -ra``.
"""
from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from portal.extensions import limiter

HERE = Path(__file__).resolve().parent
AXE_JS = HERE / ".axe" / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = HERE.parent / "artifacts" / "screenshots"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
PHONE = {"width": 375, "height": 667}


def _chromium() -> tuple[str | None, str]:
    """The Chromium executable, or None and why it cannot be used."""
    path = shutil.which("chromium") or (
        "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
    if path is None:
        return None, "Debian's chromium is not installed (apt-get install -y chromium)"
    try:
        import playwright  # noqa: F401
    except ImportError:
        return None, "playwright is not installed (pip install -e '.[dev]')"
    return path, ""


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the whole session, or a visible skip."""
    path, reason = _chromium()
    if path is None:
        pytest.skip(f"browser tests skipped: {reason}")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as pw:
        try:
            chromium = pw.chromium.launch(executable_path=path, headless=True,
                                          args=CHROMIUM_ARGS)
        except Exception as exc:  # a broken install must show why, not error every test
            pytest.skip(f"browser tests skipped: chromium at {path} does not start: {exc}")
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def live_server(app):
    """The session app served by werkzeug on 127.0.0.1 and a free port, in a thread."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=10)


@pytest.fixture()
def base_url(live_server, app_ctx):  # noqa: ARG001 - app_ctx empties the tables afterwards
    """The server's address, for a test whose data is emptied afterwards."""
    limiter.reset()   # sign-in limits live as long as the app: each test starts clean
    return live_server


@pytest.fixture()
def console_errors() -> list[str]:
    """Errors the pages reported (CSP refusals, script exceptions), for tests to assert on."""
    return []


@pytest.fixture()
def new_context(browser, base_url, console_errors):
    """A factory of fresh browser contexts (own cookies), closed after the test."""
    contexts = []

    def make(**kw):
        context = browser.new_context(base_url=base_url, locale="vi-VN", **kw)
        context.set_default_timeout(10_000)
        context.on("console", lambda msg: msg.type == "error" and console_errors.append(
            f"{msg.location.get('url')}: {msg.text}"))
        context.on("weberror", lambda err: console_errors.append(str(err.error)))
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()


@pytest.fixture()
def page(new_context):
    """A desktop-sized page in a fresh context."""
    return new_context(viewport={"width": 1280, "height": 900}).new_page()


@pytest.fixture()
def axe_source() -> str:
    """axe-core's script, or a visible skip when npm could not install it."""
    if not AXE_JS.exists():
        pytest.skip(f"accessibility scan skipped: axe-core is not installed at {AXE_JS} "
                    "(npm install --no-save --prefix tests/browser/.axe axe-core@4)")
    return AXE_JS.read_text(encoding="utf-8")


def screenshot(page, name: str) -> Path:
    """Save the page as it is now under tests/artifacts/screenshots/."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
