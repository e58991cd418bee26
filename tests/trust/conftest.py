"""Fixtures for the trust features: upload folder, staff sign-in, a local web server."""
from __future__ import annotations

import io
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from flask import g
from werkzeug.datastructures import FileStorage

from portal.accounts.sessions import start_session
from portal.accounts.models import Role, User
from portal.extensions import db, limiter

SLOW_SECONDS = 3.0


@pytest.fixture(autouse=True)
def upload_dir(app, tmp_path, monkeypatch):
    """Each test stores its files in its own folder."""
    folder = tmp_path / "uploads"
    monkeypatch.setitem(app.config, "PORTAL_UPLOAD_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def _fresh_rate_limits(app):
    limiter.reset()
    yield
    limiter.reset()


def upload(data: bytes, filename: str) -> FileStorage:
    return FileStorage(stream=io.BytesIO(data), filename=filename)


def make_user(email: str = "can.bo@tinh.gov.vn", role: Role = Role.EDITOR) -> User:
    user = User(email=email, password_hash="!", role=role)
    db.session.add(user)
    db.session.flush()
    return user


def sign_in(client, user: User) -> None:
    """Sign ``user`` in through Flask-Login's session key (sign-in views live elsewhere)."""
    # A server-side session row, as the sign-in form makes (accounts/sessions.py).
    cookie_id = start_session(user).cookie_id
    db.session.commit()
    with client.session_transaction() as sess:
        sess["_user_id"] = cookie_id
        sess["_fresh"] = True
    # The test's app context outlives requests, so Flask-Login's per-context cache of
    # the (anonymous) user from an earlier request must go.
    g.pop("_login_user", None)


def fetch(client, url: str):
    """GET ``url`` and read the body, closing the streamed file behind it."""
    resp = client.get(url)
    resp.get_data()
    resp.close()
    return resp


class _Handler(BaseHTTPRequestHandler):
    """ok 200, /moved 301 -> /ok, /missing 404, /slow answers too late,
    /no-head refuses HEAD (405) but serves GET, /loop redirects to itself, /thủ-tục
    (percent-encoded UTF-8 on the wire) 200."""

    def log_message(self, *args):  # keep the test output quiet
        pass

    def _answer(self, body: bool) -> None:
        path = self.path
        if path == "/slow":
            time.sleep(SLOW_SECONDS)
        if path in ("/moved", "/loop"):
            self.send_response(301)
            self.send_header("Location", "/ok" if path == "/moved" else "/loop")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if path == "/no-head" and not body:
            status = 405
        else:
            status = {"/ok": 200, "/slow": 200, "/no-head": 200,
                      "/th%E1%BB%A7-t%E1%BB%A5c": 200}.get(path, 404)
        payload = b"<html>trang</html>"
        try:
            self.send_response(status)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            if body:
                self.wfile.write(payload)
        except OSError:  # the checker gave up on /slow and closed the socket
            pass

    def do_HEAD(self):
        self._answer(body=False)

    def do_GET(self):
        self._answer(body=True)


@pytest.fixture(scope="session")
def web_server():
    """A local server on 127.0.0.1 (never the internet); yields its base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture()
def refused_url():
    """An address on 127.0.0.1 where nothing listens."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/"
