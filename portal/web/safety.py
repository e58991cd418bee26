"""Small helpers the web blueprints share."""
from __future__ import annotations

from urllib.parse import urlsplit

from werkzeug.routing import IntegerConverter

# The largest value of a 32-bit signed INTEGER column (SQLite and PostgreSQL row ids).
MAX_ROW_ID = 2**31 - 1


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


def bounded_int(raw: str | None, low: int = 1, high: int = MAX_ROW_ID) -> int | None:
    """``raw`` as an integer within ``[low, high]``, else None. Query-string numbers
    reach SQL: 2147483648 is out of range for PostgreSQL's INTEGER (a 500, not a 400)."""
    raw = (raw or "").strip()
    # isdecimal, not int(): int() also takes "1_000", "+5" and Arabic-Indic digits.
    if not raw.isascii() or not raw.isdecimal() or len(raw) > 12:
        return None
    value = int(raw)
    return value if low <= value <= high else None


class RowIdConverter(IntegerConverter):
    """``<int:...>`` limited to the database's INTEGER range.

    Row ids are 32-bit; a larger number in a URL would reach the database and fail
    there (SQLite: OverflowError, PostgreSQL: out of range) instead of being a 404.
    """

    def __init__(self, map, *args, max: int | None = None, **kwargs) -> None:  # noqa: A002
        super().__init__(map, *args, max=MAX_ROW_ID if max is None else max, **kwargs)
