"""Checking URLs over HTTP: bounded concurrency, time-outs and a polite per-host rate.

Pure network code, no database: ``check_urls`` takes URLs and returns results.
HEAD is tried first (cheap); servers that refuse or mishandle it get a GET whose
body is not read. Redirects are followed and the final address recorded. Only
public addresses are connected to, checked at every hop (``netguard``).
"""
from __future__ import annotations

import http.client
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from urllib.parse import quote, urljoin, urlsplit

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


_REDIRECT_CODES = (301, 302, 303, 307, 308)
BLOCKED = "address not allowed (not a public internet address)"


def _target(url: str) -> str:
    # http.client sends the target as ASCII: Vietnamese letters in a path are escaped.
    parts = urlsplit(url)
    path = quote(parts.path or "/", safe="/%:@!$&'()*+,;=-._~")
    query = quote(parts.query, safe="/%:@!$&'()*+,;=-._~?")
    return path + ("?" + query if query else "")


def _hop(url: str, method: str, timeout: float, allow_loopback: bool) -> tuple[int, str]:
    """One request without following redirects: (status, Location header)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("unsupported address")
    host = parts.hostname.encode("idna").decode("ascii")
    port = parts.port or (443 if parts.scheme == "https" else 80)
    ip = netguard.resolve(host, port, allow_loopback=allow_loopback)
    conn = netguard.pinned_connection(parts.scheme, host, port, ip, timeout)
    try:
        conn.request(method, _target(url), headers={"User-Agent": USER_AGENT})
        resp = conn.getresponse()  # the body is never read
        return resp.status, resp.getheader("Location") or ""
    finally:
        conn.close()


def _request(url: str, method: str, timeout: float, allow_loopback: bool) -> CheckResult:
    # Redirects are followed here, not by a library, so that every hop's address is
    # checked before it is connected to.
    current = url
    for hops in range(MAX_REDIRECTS + 1):
        status, location = _hop(current, method, timeout, allow_loopback)
        if status not in _REDIRECT_CODES or not location:
            return CheckResult(url, ok=200 <= status < 400, status_code=status,
                               final_url=current, redirected=hops > 0)
        current = urljoin(current, location)
    return CheckResult(url, ok=False, status_code=status, final_url=current, redirected=True,
                       error="too many redirects")


def check_url(url: str, *, timeout: float = 10.0, throttle: HostThrottle | None = None,
              allow_loopback: bool = False) -> CheckResult:
    """Check one URL; never raises for network trouble, which is recorded instead.
    Only public addresses are requested (``allow_loopback`` is for tests)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return CheckResult(url, ok=False, error="unsupported address")
    try:
        if throttle:
            throttle.wait(parts.hostname)
        result = _request(url, "HEAD", timeout, allow_loopback)
        if not result.ok:
            if throttle:
                throttle.wait(parts.hostname)
            result = _request(url, "GET", timeout, allow_loopback)
        return result
    except netguard.BlockedAddress:
        return CheckResult(url, ok=False, error=BLOCKED)
    except (TimeoutError, socket.timeout):
        return CheckResult(url, ok=False, error="timeout")
    except ConnectionRefusedError:
        return CheckResult(url, ok=False, error="connection refused")
    except (OSError, ValueError, UnicodeError, http.client.HTTPException) as exc:
        # ValueError/UnicodeError: malformed addresses typed by hand into the catalogue.
        return CheckResult(url, ok=False, error=f"{type(exc).__name__}: {exc}"[:500])


def check_urls(urls: list[str], *, workers: int = 8, timeout: float = 10.0,
               host_delay: float = 1.0, allow_loopback: bool = False) -> list[CheckResult]:
    """Check ``urls`` with at most ``workers`` requests in flight; results in input order."""
    throttle = HostThrottle(host_delay)
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        return list(pool.map(lambda u: check_url(u, timeout=timeout, throttle=throttle,
                                                  allow_loopback=allow_loopback), urls))
