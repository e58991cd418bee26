"""The distribution installs whole: a wheel built from the project, installed in a new
virtual environment with nothing of the source tree in sight, migrates a database of the
suite's kind and serves the portal in both languages, writing nothing into the package."""
from __future__ import annotations

import hashlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
import zipfile
from pathlib import Path

import pytest

from tests.conftest import temporary_database

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / ".pytest_cache" / "wheel-venv"
pytestmark = pytest.mark.slow


def _run(*args, **kwargs):
    result = subprocess.run(args, capture_output=True, text=True, timeout=600, **kwargs)
    assert result.returncode == 0, (args, result.stdout[-2000:], result.stderr[-2000:])
    return result.stdout


def _files(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")
            if "__pycache__" not in p.parts}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str, deadline: float) -> str:
    while True:
        try:
            with urllib.request.urlopen(url, timeout=10) as resp:
                return resp.read().decode("utf-8")
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


def _wheel_digest(wheel: Path) -> str:
    """The wheel's contents (names and bytes, not the zip's timestamps)."""
    digest = hashlib.sha256()
    with zipfile.ZipFile(wheel) as archive:
        for name in sorted(archive.namelist()):
            digest.update(name.encode() + b"\0" + archive.read(name))
    return digest.hexdigest()[:20]


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """A new virtual environment with the project's wheel (and its dependencies) only.

    Installing the dependencies takes minutes, so the environment is kept under
    .pytest_cache, keyed by the wheel's contents: the suite's run on the second
    database (CI runs it once per database) reuses it, and any change to the
    project makes a new one. The test checks the package is never written to."""
    work = tmp_path_factory.mktemp("wheel")
    # setuptools builds in build/ and keeps what an earlier build left there:
    # a migration renamed since was still packed, and the wheel had two heads
    shutil.rmtree(ROOT / "build", ignore_errors=True)
    _run(sys.executable, "-m", "pip", "wheel", "-q", "--disable-pip-version-check",
         "--no-deps", "-w", str(work / "dist"), str(ROOT))
    wheel = next((work / "dist").glob("portal-*.whl"))
    home = CACHE / _wheel_digest(wheel)
    if not (home / "ready").is_file():
        if CACHE.is_dir():
            shutil.rmtree(CACHE)   # environments of earlier versions
        home.mkdir(parents=True)
        _run(sys.executable, "-m", "venv", str(home / "venv"))
        _run(str(home / "venv" / "bin" / "pip"), "install", "-q", "--disable-pip-version-check",
             str(wheel))
        (home / "ready").write_text(wheel.name)
    site = Path(_run(str(home / "venv" / "bin" / "python"), "-c",
                     "import portal, os; print(os.path.dirname(portal.__file__))",
                     cwd=work).strip())
    return home, site


def test_the_wheel_migrates_and_serves_the_portal(installed, tmp_path):
    work, package = installed
    assert package.is_relative_to(work / "venv"), package   # not the source tree
    assert (package / "migrations" / "versions").is_dir()
    assert (package / "translations" / "en" / "LC_MESSAGES" / "messages.po").is_file()
    before = _files(package)
    flask = str(work / "venv" / "bin" / "flask")
    with temporary_database(tmp_path) as url:
        env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path), "DATABASE_URL": url,
               "PORTAL_INDEX_DIR": str(tmp_path / "index"), "PORTAL_ENV": "development"}
        _run(flask, "--app", "portal", "db", "upgrade", env=env, cwd=tmp_path)
        port = _free_port()
        log = tmp_path / "server.log"
        with log.open("w") as out:
            server = subprocess.Popen([flask, "--app", "portal", "run", "--port", str(port)],
                                      env=env, cwd=tmp_path, stdout=out, stderr=out)
            try:
                deadline = time.monotonic() + 60
                home = _get(f"http://127.0.0.1:{port}/", deadline)
                english = _get(f"http://127.0.0.1:{port}/?lang=en", deadline)
            finally:
                server.terminate()
                server.wait(timeout=30)
        assert "Traceback" not in log.read_text(), log.read_text()[-2000:]
    assert 'lang="vi"' in home and "Tìm kiếm" in home
    assert 'lang="en"' in english and "Search" in english   # compiled from the package's .po
    assert _files(package) == before, "starting the portal wrote into the installed package"
