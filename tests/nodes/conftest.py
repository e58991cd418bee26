"""Real portal nodes: gunicorn with deploy/gunicorn.conf.py as written, on 127.0.0.1.

Each node has its own index folder; all share one database (a temporary one,
created beside the suite's own and dropped afterwards).
"""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.conftest import temporary_database
from tests.crash.conftest import PortalEnv, make_env

ROOT = Path(__file__).resolve().parents[2]
CONFIG = ROOT / "deploy" / "gunicorn.conf.py"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Node:
    """One gunicorn node of the portal."""
    name: str
    portal: PortalEnv
    workers: int = 2
    port: int = 0
    proc: subprocess.Popen | None = None
    log: Path | None = None
    extra: dict = field(default_factory=dict)

    @property
    def index_dir(self) -> Path:
        return Path(self.portal.env["PORTAL_INDEX_DIR"])

    def start(self) -> None:
        self.port = free_port()
        env = {**self.portal.env, "PORTAL_ENV": "production", "PORTAL_BIND":
               f"127.0.0.1:{self.port}", "PORTAL_WORKERS": str(self.workers), **self.extra}
        self.log = self.index_dir.parent / f"{self.name}-{self.port}.log"
        with open(self.log, "ab") as out:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "gunicorn", "-c", str(CONFIG), "--log-level", "info"],
                env=env, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=40)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None

    def get(self, path: str, timeout: float = 30) -> tuple[int, dict | str]:
        """(status, JSON body or text); connection errors are status 0."""
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}{path}",
                                        timeout=timeout) as resp:
                return resp.status, _body(resp)
        except urllib.error.HTTPError as err:
            return err.code, _body(err)
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            return 0, ""

    def search(self, text: str) -> tuple[int, list[str]]:
        status, body = self.get("/api/v1/procedures?" + urllib.parse.urlencode({"q": text}))
        codes = [item["code"] for item in body["items"]] if status == 200 else []
        return status, codes

    def health(self) -> tuple[int, dict]:
        status, body = self.get("/healthz")
        return status, body if isinstance(body, dict) else {}

    def tail(self) -> str:
        return self.log.read_text(errors="replace")[-3000:] if self.log else ""


def _body(resp):
    raw = resp.read()
    try:
        return json.loads(raw)
    except ValueError:
        return raw.decode("utf-8", "replace")


def wait_for(predicate, what: str, timeout: float = 120, node: Node | None = None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        if node is not None and node.proc is not None and node.proc.poll() is not None:
            pytest.fail(f"node {node.name} exited before {what}:\n{node.tail()}")
        time.sleep(0.05)
    pytest.fail(f"timed out waiting for {what}" + (f":\n{node.tail()}" if node else ""))


def ready(node: Node):
    return lambda: node.health()[0] == 200


def run_python(portal: PortalEnv, code: str, **popen) -> subprocess.Popen:
    """A Python snippet in a process of ``portal``'s node (its own index folder)."""
    return subprocess.Popen([sys.executable, "-c", code], env=portal.env, cwd=ROOT, **popen)


@pytest.fixture(scope="module")
def pg_url(tmp_path_factory):
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        pytest.skip("several nodes share one PostgreSQL database; on SQLite (one file, one "
                    "machine) the multi-node cases do not apply")
    with temporary_database(tmp_path_factory.mktemp("db")) as url:
        yield url


def make_node(tmp_path: Path, url: str, name: str, migrate: bool, **extra) -> Node:
    folder = tmp_path / name
    folder.mkdir()
    if migrate:
        portal = make_env(folder, url)
    else:
        env = {k: v for k, v in os.environ.items() if not k.startswith("PORTAL_")}
        env.update(DATABASE_URL=url, PORTAL_INDEX_DIR=str(folder / "index"),
                   PORTAL_UPLOAD_DIR=str(tmp_path / "uploads"), PORTAL_ENV="development",
                   SECRET_KEY="nodes-test-secret", PYTHONUNBUFFERED="1")
        portal = PortalEnv(env, url, folder / "index")
    portal.env["SECRET_KEY"] = "nodes-test-secret"
    return Node(name, portal, extra=extra)
