"""Small helpers the web blueprints share."""
from __future__ import annotations

from urllib.parse import urlsplit


def safe_next(target: str | None, default: str) -> str:
    """``target`` when it is a path on this site, else ``default`` (no open redirect)."""
    if not target or len(target) > 2000:
        return default
    # Browsers treat backslashes as slashes and ignore tabs and newlines: "/\\evil"
    # and "/\t/evil" would leave the site.
    if any(ch in target for ch in "\\\t\r\n") or any(ord(ch) < 32 for ch in target):
        return default
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return default
    return target
