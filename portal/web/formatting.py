"""Template helpers: Babel formatting for the locale, URLs that keep the query string."""
from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlencode

from flask import Flask, request, url_for
from babel.units import format_unit
from flask_babel import format_currency, format_date, format_decimal, format_percent, get_locale
from markupsafe import Markup, escape
from werkzeug.datastructures import MultiDict

from .formkit import error_list
from . import labels


def money(amount: int | None) -> str:
    """Đồng formatted for the locale: ``1.234.000 ₫`` / ``₫1,234,000``."""
    if amount is None:
        return ""
    return format_currency(amount, "VND")


def long_date(value: dt.date | dt.datetime | None) -> str:
    """``25 tháng 11, 2026`` / ``25 November 2026``."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    if str(get_locale()) == "en":
        return format_date(value, "d MMMM y")
    return format_date(value, "long")


def number(value: float | int | None) -> str:
    """A number formatted for the locale (``1.234`` / ``1,234``)."""
    return "" if value is None else format_decimal(value)


# Vietnamese writes a space before the percent sign (``84,8 %``, as in TCVN usage and the
# national reports), English none (``84.8%``). A no-break space keeps the sign on the number's line.
_PERCENT_PATTERNS = {"vi": "#,##0.#\u00a0%", "en": "#,##0.#%"}


def percent(share: float | None) -> str:
    """A share (0..1) as a percentage for the locale, one decimal at most: ``84,8 %`` / ``84.8%``."""
    if share is None:
        return ""
    pattern = _PERCENT_PATTERNS.get(str(get_locale()), _PERCENT_PATTERNS["en"])
    return format_percent(share, pattern)


def percent_of(part: int, whole: int) -> str:
    """``part`` as a share of ``whole``, e.g. ``12,5 %`` / ``12.5%``."""
    return percent(0 if not whole else part / whole)


def filesize(size: int | None) -> str:
    """Bytes in decimal units for the locale: ``489 byte``, ``4,9 kB`` / ``4.9 kB``, ``1,2 MB``."""
    if size is None:
        return ""
    for unit, scale in (("digital-megabyte", 1_000_000), ("digital-kilobyte", 1000)):
        if size >= scale:
            return format_unit(size / scale, unit, length="short", format="#,##0.#",
                               locale=get_locale())
    return format_unit(size, "digital-byte", length="short", locale=get_locale())


def url_with(**changes) -> str:
    """The current URL with some query arguments replaced (None removes one)."""
    args = MultiDict(request.args)
    for key, value in changes.items():
        args.poplist(key)
        if value is None:
            continue
        for item in value if isinstance(value, (list, tuple)) else [value]:
            args.add(key, item)
    return url_for(request.endpoint, **(request.view_args or {}), **args.to_dict(flat=False))


def here_without_lang() -> str:
    """This page's path and query, without ``lang`` (the switcher's return address)."""
    args = MultiDict(request.args)
    args.poplist("lang")
    query = urlencode(list(args.items(multi=True)))
    return request.path + (f"?{query}" if query else "")


def without_filter(facet: str, value: str) -> str:
    """The current URL without one filter value (and back to page 1)."""
    kept = [v for v in request.args.getlist(facet) if v != value]
    return url_with(**{facet: kept, "page": None})


def init_formatting(app: Flask) -> None:
    """Make the helpers available in every template."""
    from . import staff_labels
    app.add_template_filter(money)
    app.add_template_filter(long_date)
    app.add_template_filter(number)
    app.add_template_global(percent_of)
    app.add_template_filter(percent)
    app.add_template_global(error_list)
    app.add_template_global(staff_labels, "staff_labels")
    app.add_template_filter(staff_labels.audit_value)
    app.add_template_test(lambda v: isinstance(v, dt.date), "date")
    app.add_template_filter(filesize)
    app.add_template_global(url_with)
    app.add_template_global(without_filter)
    app.add_template_global(here_without_lang)
    app.add_template_global(labels, "labels")
    app.add_template_filter(marked)
    app.add_template_filter(breakable)
    app.add_template_filter(inline_code)
    app.add_template_filter(safe_href)
    app.add_template_global(by_case)
    app.add_template_global(
        {k: v for k, v in LANGUAGE_NAMES.items() if k in app.config["PORTAL_LOCALES"]},
        "language_names")


_BREAK_AFTER = re.compile(r"(?<=[./?&=_-])(?=[^\s./?&=_-])")


def breakable(text: str | None) -> Markup:
    """``text`` escaped, with a line-break opportunity (<wbr>) after its dots and slashes.

    Codes (``1.001612.000.00.00.H01``) and URLs then wrap on a phone only where a reader
    expects, never in the middle of a run of digits or letters.
    """
    return Markup("<wbr>").join(escape(part) for part in _BREAK_AFTER.split(text or ""))


_BACKTICKS = re.compile(r"``?([^`\n]+)``?")   # `x` (Markdown) and ``x`` (reST)


def inline_code(text: str | None) -> Markup:
    """API descriptions are written in Markdown's inline style: `name` becomes <code>name</code>
    (everything escaped first; no other markup is honoured)."""
    escaped = str(escape(text or ""))
    return Markup(_BACKTICKS.sub(r"<code>\1</code>", escaped))


_MARK_TAG = re.compile(r"</?mark>")


def marked(html: str) -> Markup:
    """Search highlights from the backend: trusted only if <mark> is the only tag."""
    if "<" in _MARK_TAG.sub("", html or "") or ">" in _MARK_TAG.sub("", html or ""):
        return Markup(escape(html))
    return Markup(html or "")


def safe_href(url: str | None) -> str:
    """``url`` if it is an absolute http(s) URL, else "" (never a javascript: link)."""
    url = (url or "").strip()
    return url if re.match(r"^https?://[^\s<>\"']+$", url, re.IGNORECASE) else ""


def by_case(documents) -> list[tuple[str, list]]:
    """Dossier documents grouped by case, in their listed order."""
    groups: dict[str, list] = {}
    for doc in documents:
        groups.setdefault(doc.case or "", []).append(doc)
    return list(groups.items())


# Language names are shown in their own language (endonyms), never translated.
LANGUAGE_NAMES = {"vi": "Tiếng Việt", "en": "English"}
