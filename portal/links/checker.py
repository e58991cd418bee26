"""Checking URLs over HTTP: bounded concurrency, time-outs and a polite per-host rate.

Pure network code, no database: ``probe_urls`` takes URLs and returns results.
HEAD is tried first (cheap); servers that refuse or mishandle it get a GET whose
body is not read. Redirects are followed (by ``requests``) and the final address
recorded. Only public addresses are connected to: every connection, the first and
each redirect's, resolves its host through ``netguard`` and connects to the address
that was checked, never to a second resolution (DNS rebinding gains nothing).
"""
from __future__ import annotations

import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import ConnectTimeoutError, NewConnectionError
from urllib3.util.connection import create_connection

from .. import netguard

USER_AGENT = "PortalLinkChecker/1.0 (public-services portal link check)"
MAX_REDIRECTS = 10


@dataclass(frozen=True)
class CheckResult:
    url: str
    ok: bool
    status_code: int | None = None
    final_url: str = ""
    redirected: bool = False
    error: str = ""


class HostThrottle:
    """Spaces the start of requests to one host by at least ``delay`` seconds;
    requests to different hosts do not wait for each other."""

    def __init__(self, delay: float):
        self.delay = delay
        self._next: dict[str, float] = {}
        self._lock = threading.Lock()

    def wait(self, host: str) -> None:
        """Block until a request to ``host`` may start."""
        with self._lock:
            now = time.monotonic()
            slot = max(now, self._next.get(host, now))
            self._next[host] = slot + self.delay
        if slot > now:
            time.sleep(slot - now)


BLOCKED = "address not allowed (not a public internet address)"


def _guarded(connection_cls: type, allow_loopback: bool) -> type:
    """``connection_cls`` whose socket goes only to an address ``netguard`` allowed."""

    class Guarded(connection_cls):
        def _new_conn(self) -> socket.socket:
            # urllib3 would resolve ``host`` itself; here the name is resolved once, every
            # address checked, and the checked one connected to. The Host header, the TLS
            # name and the certificate check still use the name.
            ip = netguard.resolve(self.host, self.port, allow_loopback=allow_loopback)
            try:
                return create_connection((ip, self.port), self.timeout,
                                         source_address=self.source_address,
                                         socket_options=self.socket_options)
            except TimeoutError as exc:
                raise ConnectTimeoutError(self, f"connect to {self.host} timed out") from exc
            except OSError as exc:
                raise NewConnectionError(self, f"cannot connect: {exc}") from exc

    return Guarded


class GuardedAdapter(HTTPAdapter):
    """A transport whose every connection, redirects' included, passes ``netguard``."""

    def __init__(self, allow_loopback: bool = False):
        self.allow_loopback = allow_loopback
        super().__init__(max_retries=0)

    def init_poolmanager(self, *args, **kwargs):
        super().init_poolmanager(*args, **kwargs)
        http_cls = _guarded(HTTPConnection, self.allow_loopback)
        https_cls = _guarded(HTTPSConnection, self.allow_loopback)
        self.poolmanager.pool_classes_by_scheme = {
            "http": type("GuardedHTTPPool", (HTTPConnectionPool,), {"ConnectionCls": http_cls}),
            "https": type("GuardedHTTPSPool", (HTTPSConnectionPool,),
                          {"ConnectionCls": https_cls}),
        }


def guarded_session(allow_loopback: bool = False) -> requests.Session:
    """A requests session that reaches public addresses only and ignores the environment
    (a proxy from HTTP_PROXY would otherwise be the address connected to)."""
    session = requests.Session()
    session.trust_env = False
    session.max_redirects = MAX_REDIRECTS
    session.headers["User-Agent"] = USER_AGENT
    adapter = GuardedAdapter(allow_loopback)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


def _request(session: requests.Session, url: str, method: str, timeout: float) -> CheckResult:
    try:
        resp = session.request(method, url, timeout=timeout, allow_redirects=True,
                               stream=True)       # the body is never read
    except requests.TooManyRedirects as exc:
        last = exc.response
        return CheckResult(url, ok=False,
                           status_code=last.status_code if last is not None else None,
                           final_url=last.url if last is not None else url, redirected=True,
                           error="too many redirects")
    with resp:
        redirected = bool(resp.history)
        return CheckResult(url, ok=200 <= resp.status_code < 400, status_code=resp.status_code,
                           final_url=resp.url if redirected else url, redirected=redirected)


def _causes(exc: BaseException):
    """``exc`` and what it wraps (requests and urllib3 wrap the socket's error twice)."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        yield exc
        reason = getattr(exc, "reason", None)
        wrapped = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else None
        exc = (reason if isinstance(reason, BaseException) else wrapped) \
            or exc.__cause__ or exc.__context__


def probe_url(url: str, *, timeout: float = 10.0, throttle: HostThrottle | None = None,
              allow_loopback: bool = False) -> CheckResult:
    """Check one URL; never raises for network trouble, which is recorded instead.
    Only public addresses are requested (``allow_loopback`` is for tests)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return CheckResult(url, ok=False, error="unsupported address")
    try:
        with guarded_session(allow_loopback) as session:
            if throttle:
                throttle.wait(parts.hostname)
            result = _request(session, url, "HEAD", timeout)
            if not result.ok:
                if throttle:
                    throttle.wait(parts.hostname)
                result = _request(session, url, "GET", timeout)
        return result
    except netguard.BlockedAddress:
        return CheckResult(url, ok=False, error=BLOCKED)
    except (requests.RequestException, OSError, ValueError, UnicodeError) as exc:
        # ValueError/UnicodeError: malformed addresses typed by hand into the catalogue.
        causes = list(_causes(exc))
        if any(isinstance(c, ConnectionRefusedError) for c in causes):
            return CheckResult(url, ok=False, error="connection refused")
        # Not urllib3's ConnectTimeoutError: its NewConnectionError (refused, unreachable)
        # is a subclass of it.
        if any(isinstance(c, (requests.Timeout, TimeoutError)) for c in causes):
            return CheckResult(url, ok=False, error="timeout")
        return CheckResult(url, ok=False, error=f"{type(exc).__name__}: {exc}"[:500])


def probe_urls(urls: list[str], *, workers: int = 8, timeout: float = 10.0,
               host_delay: float = 1.0, allow_loopback: bool = False) -> list[CheckResult]:
    """Check ``urls`` with at most ``workers`` requests in flight; results in input order."""
    throttle = HostThrottle(host_delay)
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        return list(pool.map(lambda u: probe_url(u, timeout=timeout, throttle=throttle,
                                                  allow_loopback=allow_loopback), urls))
