"""Real processes on a database of their own, killed with SIGKILL.

Each environment is a fresh database migrated with ``flask db upgrade``: a
SQLite file in tmp_path, or (when the suite runs on PostgreSQL) a temporary
PostgreSQL database created beside the suite's own and dropped afterwards.
"""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from portal.catalogue.models import Procedure
from tests.conftest import temporary_database

ROOT = Path(__file__).resolve().parents[2]
WAIT = 240          # seconds any single wait may last


@dataclass
class PortalEnv:
    env: dict
    url: str
    index_dir: Path

    def flask(self, *args: str, extra: dict | None = None, timeout: float = WAIT):
        """Run ``flask --app portal ARGS`` to completion."""
        return subprocess.run([sys.executable, "-m", "flask", "--app", "portal", *args],
                              env={**self.env, **(extra or {})}, cwd=ROOT, timeout=timeout,
                              capture_output=True, text=True)

    def start(self, *args: str) -> subprocess.Popen:
        """Start ``flask --app portal ARGS`` in the background."""
        return subprocess.Popen([sys.executable, "-m", "flask", "--app", "portal", *args],
                                env=self.env, cwd=ROOT, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)

    def python(self, code: str, extra: dict | None = None, timeout: float = WAIT):
        """Run a Python snippet with this environment."""
        return subprocess.run([sys.executable, "-c", code], env={**self.env, **(extra or {})},
                              cwd=ROOT, timeout=timeout, capture_output=True, text=True)

    def procedure_count(self) -> int:
        engine = create_engine(self.url)
        try:
            with engine.connect() as conn:
                return conn.scalar(select(func.count()).select_from(Procedure.__table__))
        finally:
            engine.dispose()

    def write_transaction_open(self) -> bool:
        """True while some process holds an open transaction that has written."""
        url = make_url(self.url)
        if url.get_backend_name() == "sqlite":
            journal = Path(url.database + "-journal")
            return journal.exists() and journal.stat().st_size > 0
        engine = create_engine(self.url)
        try:
            with engine.connect() as conn:
                return bool(conn.scalar(text(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                    "AND backend_xid IS NOT NULL AND pid <> pg_backend_pid()")))
        finally:
            engine.dispose()

    def status(self) -> dict:
        """``search status`` figures, as numbers where they are numbers."""
        result = self.flask("search", "status")
        assert result.returncode == 0, result.stderr
        figures = dict(re.findall(r"^([a-z ]+): (\d+)$", result.stdout, re.M))
        return {key: int(value) for key, value in figures.items()}

    def search_codes(self, query: str) -> list[str]:
        """Codes a search in a new process returns for ``query``."""
        result = self.python(
            "from portal import create_app\n"
            "from portal.search.base import SearchQuery\n"
            "app = create_app()\n"
            "with app.app_context():\n"
            "    r = app.extensions['portal.search'].search(SearchQuery(text=%r))\n"
            "    print('\\n'.join(h.code for h in r.hits))\n" % query)
        assert result.returncode == 0, result.stderr
        return result.stdout.split()


def wait_for(predicate, what: str, timeout: float = WAIT, proc=None) -> None:
    """Poll ``predicate`` until true; fail after ``timeout`` or if ``proc`` ended first."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        if proc is not None and proc.poll() is not None:
            pytest.fail(f"the process ended (code {proc.returncode}) before {what}")
        time.sleep(0.05)
    pytest.fail(f"timed out waiting for {what}")


def sigkill(proc: subprocess.Popen) -> None:
    """SIGKILL ``proc`` (if still running) and reap it."""
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=WAIT)


def make_env(tmp_path: Path, url: str) -> PortalEnv:
    """A PortalEnv on ``url`` (a new database), migrated with ``flask db upgrade``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PORTAL_")}
    env.update(DATABASE_URL=url, PORTAL_INDEX_DIR=str(tmp_path / "index"),
               PORTAL_UPLOAD_DIR=str(tmp_path / "uploads"), PORTAL_ENV="development",
               SECRET_KEY="crash-test-secret", PYTHONUNBUFFERED="1")
    portal = PortalEnv(env, url, tmp_path / "index")
    result = portal.flask("db", "upgrade")
    assert result.returncode == 0, f"flask db upgrade failed: {result.stderr[-2000:]}"
    return portal


@pytest.fixture()
def portal_env(tmp_path):
    with temporary_database(tmp_path) as url:
        yield make_env(tmp_path, url)
