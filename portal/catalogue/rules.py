"""Field rules for a procedure record, shared by the services, the forms and the API.

Each ``check_*`` returns the cleaned value or raises ValidationError naming the field;
``clean_record`` runs them all and reports every violation of the record together.
"""
from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

from flask import current_app, has_app_context
from flask_babel import lazy_gettext as _l

from ..errors import ValidationError, Violations
from ..netguard import host_allowed
from ..vntext import clean, clean_line
from .models import TIME_LIMIT_UNITS, AgencyRole, Applicant, ChannelKind, Tier

# The procedure code, defined once for staff entry, the importers, the public page and the
# API: the national form 1.001193, and a local variant adds dot-separated parts of letters
# and digits (1.001612.000.00.00.H01); at most CODE_MAX_LENGTH characters (the column).
CODE_MAX_LENGTH = 64
CODE_SUFFIX_PART = r"[0-9A-Za-z]{1,12}"
CODE_PATTERN = rf"\d\.\d{{6}}(?:\.{CODE_SUFFIX_PART})*"
# The same code, matched as short as possible: for text where a code runs into the next
# word without a space ("…H01Số quyết định"), the caller's lookahead decides where it ends.
CODE_PATTERN_SHORTEST = rf"\d\.\d{{6}}(?:\.{CODE_SUFFIX_PART}?)*?"
# Anchored at both ends, also for ``re.match`` (WTForms' Regexp).
CODE_RE = re.compile(rf"(?:{CODE_PATTERN})\Z")


def is_code(text: str | None) -> bool:
    """True when ``text`` is, exactly, a procedure code."""
    return bool(text) and len(text) <= CODE_MAX_LENGTH and CODE_RE.match(text) is not None

# The agency roles that give an agency's editors the right to edit a procedure:
# the agency that executes it or is competent for it, not one that only coordinates.
SCOPE_ROLES = (AgencyRole.EXECUTING, AgencyRole.COMPETENT)

# One-line fields and multi-line fields of the procedure itself.
LINE_FIELDS = ("code", "name", "decision_number")
TEXT_FIELDS = ("procedure_type", "receiving_address", "result", "conditions",
               "time_limit_text", "fee_text")
URL_FIELDS = ("source_url", "online_url")
# Text fields whose absence means "the record does not say" (None), not "none".
UNKNOWN_WHEN_EMPTY = ("result", "conditions")
SCALARS = (*LINE_FIELDS, *TEXT_FIELDS, *URL_FIELDS, "field_id", "time_limit_days",
           "decision_date")

# The structured rows: name -> their fields, in form order.
ROW_FIELDS = {
    "steps": ("text",),
    # working_days is derived (the value when the unit is working days); a client
    # that sends only working_days (before issue 12) means that value in working days.
    "channels": ("kind", "kind_text", "time_limit_text", "time_limit_value", "time_limit_unit",
                 "working_days", "fee_text", "fee_amount", "description"),
    # kind: "document" (a paper to hand in), "note" or "heading" (DOCUMENT_KINDS).
    "documents": ("kind", "case", "name", "form", "originals", "copies"),
    "legal_bases": ("number", "title", "issued_on", "issuer", "url"),
}
DOCUMENT_KINDS = ("document", "note", "heading")
# Fields with a value of their own in a new row: they alone do not make a row filled in.
ROW_DEFAULTED = {"documents": ("kind",)}
# What the importer notes about a row that no editor edits (a table it could not
# read, a fee whose cell and text disagree). The flags belong to the row's
# content: they follow it when rows move or go, and end when an editor rewrites it.
ROW_FLAGS = {"steps": (), "channels": ("unparsed", "fee_disputed"),
             "documents": ("unparsed",), "legal_bases": ("unparsed",)}
# A row needs at least one of these. A legal basis is known by its number or by
# its title: the national catalogue holds many cited by title alone ("Luật Cư
# trú"), and an editor must be able to save such a record as it was imported.
ROW_REQUIRED = {"steps": ("text",), "channels": ("kind",), "documents": ("name",),
                "legal_bases": ("number", "title")}


def check_code(value: str | None) -> str:
    """A procedure code in the national form, optionally with a local suffix."""
    code = clean_line(value)
    if not is_code(code):
        raise ValidationError(
            str(_l("Mã thủ tục phải có dạng 1.001193 (có thể thêm hậu tố .H01).")), "code")
    return code


def check_link(value: str | None, field: str) -> str:
    """An absolute http(s) link, or the empty string."""
    url = clean_line(value)
    if not url:
        return ""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or " " in url:
        raise ValidationError(str(_l("Chỉ chấp nhận liên kết http:// hoặc https://.")), field)
    # The link checker would request it: an address inside (this server, the office
    # network, the cloud's metadata service) is refused here already.
    allow_loopback = has_app_context() and current_app.config.get("PORTAL_LINKCHECK_ALLOW_LOOPBACK")
    if not host_allowed(parts.hostname or "", allow_loopback=bool(allow_loopback)):
        raise ValidationError(str(_l(
            "Liên kết phải trỏ tới một địa chỉ công khai trên Internet, không phải máy chủ "
            "này, mạng nội bộ hay địa chỉ dành riêng.")), field)
    return url


def _positive_number(value, field: str, message) -> float | None:
    """A number above 0 (at most 99,999), or None; ``message`` says what it counts."""
    if value in (None, ""):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValidationError(str(_l("Hãy nhập một số.")), field) from None
    if not 0 < number <= 99999:
        raise ValidationError(str(message), field)
    return number


def check_positive(value, field: str) -> float | None:
    """A positive number of working days, or None."""
    return _positive_number(value, field, _l("Số ngày làm việc phải lớn hơn 0."))


def check_non_negative_int(value, field: str, limit: int = 10**15) -> int | None:
    """A whole number ≥ 0 (fees in đồng, numbers of copies), or None."""
    if value in (None, ""):
        return None
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ValidationError(str(_l("Hãy nhập một số nguyên.")), field) from None
    if number < 0 or number > limit:
        raise ValidationError(str(_l("Giá trị không được âm.")), field)
    return number


def check_date(value, field: str) -> dt.date | None:
    """A date (or an ISO date string), or None."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ValidationError(str(_l("Ngày không hợp lệ.")), field) from None


def check_choice(value, enum_cls, field: str):
    """A value of ``enum_cls`` (given as the value string)."""
    try:
        return enum_cls(value)
    except ValueError:
        raise ValidationError(str(_l("Lựa chọn không hợp lệ.")), field) from None


def check_time_unit(value, field: str) -> str | None:
    """A time-limit unit (working_day, day, hour, month, year), or None: none stated."""
    if value in (None, ""):
        return None
    if value not in TIME_LIMIT_UNITS:
        raise ValidationError(str(_l("Lựa chọn không hợp lệ.")), field)
    return value


def check_time_value(value, field: str) -> float | None:
    """A time-limit value: a positive number of its unit, or None."""
    return _positive_number(value, field, _l("Thời hạn phải lớn hơn 0."))


def _time_limit(out: dict, row: dict, where: str, found: Violations) -> None:
    """A unit needs its number; a number may stand without a unit (the source
    printed a bare "20": no unit stated). working_days follows them (never the
    reverse, except for a client that sends working_days alone)."""
    value, unit = out["time_limit_value"], out["time_limit_unit"]
    if value is None and unit is None and out["working_days"] is not None \
            and "time_limit_unit" not in row and "time_limit_value" not in row:
        value, unit = out["working_days"], "working_day"
    if unit is not None and value is None:
        found.add(str(_l("Hãy nhập số của thời hạn, hoặc chọn “không nêu”.")),
                  where + "time_limit_value")
    out["time_limit_value"], out["time_limit_unit"] = value, unit
    out["working_days"] = value if unit == "working_day" else None


def _row_value(kind: str, name: str, value, field: str):
    if name in ("working_days",):
        return check_positive(value, field)
    if name == "time_limit_value":
        return check_time_value(value, field)
    if name == "time_limit_unit":
        return check_time_unit(value, field)
    if name == "fee_amount":
        return check_non_negative_int(value, field)
    if name in ("originals", "copies"):
        return check_non_negative_int(value, field, limit=999)
    if name == "issued_on":
        return check_date(value, field)
    if name == "url":
        return check_link(value, field)
    if name == "kind" and kind == "documents":  # not sent (an older client): see _sync_rows
        if value in (None, "") or value in DOCUMENT_KINDS:
            return value or None
        raise ValidationError(str(_l("Lựa chọn không hợp lệ.")), field)
    if name == "kind":
        return check_choice(value, ChannelKind, field).value if value else None
    if name in ("kind_text", "number"):
        return clean_line(value)
    if name == "issuer":  # not stated is None, never ""
        return clean_line(value)[:300] or None
    return clean(value)


def _clean_row(kind: str, i: int, row: dict, found: Violations) -> dict | None:
    where = f"{kind}-{i}-"
    noted = len(found.errors)
    out = {name: found.check(_row_value, kind, name, row.get(name), where + name)
           for name in ROW_FIELDS[kind]}
    defaulted = ROW_DEFAULTED.get(kind, ())
    if len(found.errors) == noted and not any(
            v not in (None, "") for name, v in out.items() if name not in defaulted):
        return None  # a blank row (e.g. added and left empty) is dropped
    if kind == "channels" and len(found.errors) == noted:
        _time_limit(out, row, where, found)
    required = ROW_REQUIRED[kind]
    if all(out[name] in (None, "") and row.get(name) in (None, "") for name in required):
        found.add(str(_l("Trường này là bắt buộc.")), where + required[0])
    return out


def clean_record(data: dict, found: Violations | None = None) -> dict:
    """The record ``data`` normalised (NFC, trimmed) and checked field by field.

    Every violation is noted in ``found``; without one, they are raised together
    here (a field that broke a rule is None in what is returned)."""
    own = found is None
    found = found if found is not None else Violations()
    out: dict = {"code": found.check(check_code, data.get("code")),
                 "name": clean_line(data.get("name"))}
    if not out["name"]:
        found.add(str(_l("Tên thủ tục là bắt buộc.")), "name")
    out["decision_number"] = clean_line(data.get("decision_number"))
    for name in TEXT_FIELDS:
        out[name] = clean(data.get(name))
    for name in UNKNOWN_WHEN_EMPTY:  # empty is "not stated", never "none" (issue 12)
        out[name] = out[name] or None
    for name in URL_FIELDS:
        out[name] = found.check(check_link, data.get(name), name)
    out["field_id"] = found.check(check_non_negative_int, data.get("field_id"),
                                  "field_id") or None
    out["time_limit_days"] = found.check(check_positive, data.get("time_limit_days"),
                                         "time_limit_days")
    out["decision_date"] = found.check(check_date, data.get("decision_date"), "decision_date")
    agencies = data.get("agencies") or {}
    out["agencies"] = {role.value: found.check(_ids, agencies.get(role.value),
                                               "agencies_" + role.value) or []
                       for role in AgencyRole}
    out["tiers"] = found.check(_choices, data.get("tiers"), Tier, "tiers") or []
    out["applicants"] = found.check(_choices, data.get("applicants"), Applicant,
                                    "applicants") or []
    for kind in ROW_FIELDS:
        rows = [_clean_row(kind, i, row or {}, found)
                for i, row in enumerate(data.get(kind) or [])]
        out[kind] = [row for row in rows if row is not None]
    if own:
        found.raise_any()
    return out


def _ids(values, field: str) -> list[int]:
    out: list[int] = []
    for value in values or []:
        number = check_non_negative_int(value, field)
        if number is not None and number not in out:
            out.append(number)
    return out


def _choices(values, enum_cls, field: str) -> list[str]:
    chosen = {check_choice(v, enum_cls, field) for v in values or []}
    return [m.value for m in enum_cls if m in chosen]
