"""Checking URLs over HTTP: bounded concurrency, time-outs and a polite per-host rate.

Pure network code, no database: ``check_urls`` takes URLs and returns results.
HEAD is tried first (cheap); servers that refuse or mishandle it get a GET whose
body is not read. Redirects are followed and the final address recorded.
"""
from __future__ import annotations

import socket
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from urllib.parse import urlsplit

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


class _Redirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS

    def __init__(self):
        self.count = 0

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        self.count += 1
        new = super().redirect_request(req, fp, code, msg, headers, newurl)
        if new is not None and req.get_method() == "HEAD":
            new.method = "HEAD"  # urllib turns a redirected HEAD into GET
        return new


def _request(url: str, method: str, timeout: float) -> CheckResult:
    redirects = _Redirects()
    opener = urllib.request.build_opener(redirects)
    req = urllib.request.Request(url, method=method, headers={"User-Agent": USER_AGENT})
    try:
        with opener.open(req, timeout=timeout) as resp:
            final, status = resp.geturl(), resp.status
    except urllib.error.HTTPError as exc:
        final, status = exc.geturl() or url, exc.code
        exc.close()
    return CheckResult(url, ok=200 <= status < 400, status_code=status, final_url=final,
                       redirected=redirects.count > 0)


def check_url(url: str, *, timeout: float = 10.0, throttle: HostThrottle | None = None
              ) -> CheckResult:
    """Check one URL; never raises for network trouble, which is recorded instead."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return CheckResult(url, ok=False, error="unsupported address")
    try:
        if throttle:
            throttle.wait(parts.hostname)
        result = _request(url, "HEAD", timeout)
        if not result.ok:
            if throttle:
                throttle.wait(parts.hostname)
            result = _request(url, "GET", timeout)
        return result
    except TimeoutError:
        return CheckResult(url, ok=False, error="timeout")
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (TimeoutError, socket.timeout)):
            return CheckResult(url, ok=False, error="timeout")
        if isinstance(reason, ConnectionRefusedError):
            return CheckResult(url, ok=False, error="connection refused")
        return CheckResult(url, ok=False, error=str(reason)[:500])
    except (OSError, ValueError, UnicodeError) as exc:
        # ValueError/UnicodeError: malformed addresses typed by hand into the catalogue.
        return CheckResult(url, ok=False, error=f"{type(exc).__name__}: {exc}"[:500])


def check_urls(urls: list[str], *, workers: int = 8, timeout: float = 10.0,
               host_delay: float = 1.0) -> list[CheckResult]:
    """Check ``urls`` with at most ``workers`` requests in flight; results in input order."""
    throttle = HostThrottle(host_delay)
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        return list(pool.map(lambda u: check_url(u, timeout=timeout, throttle=throttle), urls))
