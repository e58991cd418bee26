"""Pure parsers for the scalar cells of a national catalogue record.

Every function takes text as the national portal exports it (any Unicode
form, stray spaces, ``Không có thông tin`` for "nothing") and never raises:
text that does not fit yields ``None`` or an empty list, and the caller keeps
the original text beside the parsed value.
"""
from __future__ import annotations

import re

from ..catalogue.models import Applicant, Tier
from ..vntext import clean_line, clean_source, clean_source_line, fold, nfc_only

NO_INFO = "Không có thông tin"

_SPACE_RUN = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def tidy(text: str) -> str:
    """``vntext.clean`` for text that is already NFC: the table parsers
    normalise a whole cell once, then tidy each of its many pieces (running
    the NFC pass per piece cost seconds on the national file)."""
    text = _CONTROL_CHARS.sub("", text).replace("\r\n", "\n").replace("\r", "\n")
    out = "\n".join(_SPACE_RUN.sub(" ", line).strip() for line in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", out).strip()


def tidy_line(text: str) -> str:
    """``vntext.clean_line`` for text that is already NFC."""
    return _SPACE_RUN.sub(" ", tidy(text).replace("\n", " ")).strip()

# The national form D.DDDDDD, optionally followed by a local variant suffix
# (1.001612.000.00.00.H01).
CODE_RE = re.compile(r"\d\.\d{6}(?:\.[0-9A-Za-z]{1,6})*")


def is_empty(text: str | None) -> bool:
    """True for "", whitespace, and the phrase ``Không có thông tin``."""
    stripped = (text or "").strip()
    if not stripped or stripped == NO_INFO:  # the common cases, without normalising
        return True
    if len(stripped) > 2 * len(NO_INFO):  # cheap: long text is never "empty"
        return False
    line = clean_line(stripped)
    return not line or line.casefold() == NO_INFO.casefold()


def text_or_empty(text: str | None) -> str:
    """``clean(text)``, or "" when the cell means "no information"."""
    return "" if is_empty(text) else clean_source(text)


def valid_code(code: str) -> bool:
    """True when ``code`` has the national form (with an optional suffix)."""
    return bool(CODE_RE.fullmatch(code))


# --- amounts ---------------------------------------------------------------

_FREE = re.compile(r"miễn (?:phí|lệ phí)|không (?:thu )?(?:phí|lệ phí)", re.I)
_FOREIGN = re.compile(r"\b(?:USD|EUR|đô la|đô-la)\b|\$", re.I)
# A number in either Vietnamese (5.700.000) or export (2,000,000) grouping, or plain.
_NUMBER = re.compile(r"(?<![\d.,])(\d{1,3}(?:([.,])\d{3})(?:\2\d{3})*|\d+)(?![\d])")
_DONG = re.compile(r"(?:việt nam )?(?:đồng|vnđ|vnd|đ)\b", re.I)


def parse_amount(text: str | None) -> int | None:
    """The first amount in đồng named by ``text``: ``Miễn phí`` is 0, a foreign
    currency or no number is None (the caller keeps the text)."""
    line = clean_line(text)
    if is_empty(line):
        return None
    head = line.split("(", 1)[0] or line
    if _FOREIGN.search(head):
        return None
    match = _NUMBER.search(head)
    if match is None:
        return 0 if _FREE.search(head) else None
    if _FREE.match(head.strip()):
        return 0
    digits = re.sub(r"[.,]", "", match.group(1))
    if not _DONG.search(head[match.end():match.end() + 20]) and not _DONG.search(head):
        return None
    return int(digits)


# --- time limits -------------------------------------------------------------

_TIME = re.compile(r"(\d+(?:[.,]\d+)?)\s*(ngày làm việc|ngày|giờ|tháng|tuần|năm)?", re.I)
_DAYS_PER = {"ngày làm việc": 1.0, "ngày": 1.0, "giờ": 1 / 8, "tuần": 5.0, "tháng": 22.0,
             "năm": 260.0, None: 1.0}


def parse_working_days(text: str | None) -> float | None:
    """Working days named by a time-limit cell: ``20 Ngày làm việc`` -> 20,
    ``60 Ngày`` -> 60, a bare ``1`` -> 1 (the national form counts days),
    ``8 Giờ`` -> 1; None when there is no number."""
    line = clean_line(text)
    if is_empty(line):
        return None
    match = _TIME.match(line) or _TIME.search(line)
    if match is None:
        return None
    try:
        value = float(match.group(1).replace(",", "."))
    except ValueError:  # pragma: no cover - the pattern only admits numbers
        return None
    unit = match.group(2).lower() if match.group(2) else None
    days = round(value * _DAYS_PER.get(unit, 1.0), 2)
    return days if days < 1_000_000 else None


_CAPITAL_NEXT = re.compile(r"\s*[A-ZĐÀ-ÝĂÂÊÔƠƯẠ-Ỹ]")

# --- lists -----------------------------------------------------------------

def split_outside_parens(text: str, separators: str = ",;\n", *,
                         comma_before_capital: bool = False) -> list[str]:
    """Split on any of ``separators`` that is not inside parentheses; with
    ``comma_before_capital`` a comma splits only before a capital letter."""
    text = nfc_only(text)
    parts, depth, current = [], 0, []
    for i, ch in enumerate(text):
        if ch in "([":
            depth += 1
        elif ch in ")]" and depth:
            depth -= 1
        if ch in separators and depth == 0 and not (
                ch == "," and comma_before_capital and not _CAPITAL_NEXT.match(text, i + 1)):
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return [p for p in (tidy_line(p) for p in parts) if p]


_TIERS = {"cap bo": Tier.CENTRAL, "cap tinh": Tier.PROVINCE, "cap huyen": Tier.DISTRICT,
          "cap xa": Tier.COMMUNE, "co quan khac": Tier.OTHER}


def parse_tiers(text: str | None) -> list[Tier]:
    """``Cấp bộ, Cấp tỉnh, Cấp xã, Cơ quan khác`` -> tiers, in order, no repeats."""
    out: list[Tier] = []
    for part in split_outside_parens(text or ""):
        tier = _TIERS.get(fold(part).strip(" ."))
        if tier is not None and tier not in out:
            out.append(tier)
    return out


# Checked in order against the folded phrase; the first prefix that fits wins.
_APPLICANTS = (
    ("nguoi nuoc ngoai", Applicant.FOREIGNER),
    ("to chuc nuoc ngoai", Applicant.ORGANISATION),
    ("doanh nghiep", Applicant.BUSINESS),
    ("hop tac xa", Applicant.BUSINESS),
    ("to chuc", Applicant.ORGANISATION),
    ("cong dan", Applicant.CITIZEN),
    ("nguoi viet nam", Applicant.CITIZEN),
    ("ca nhan", Applicant.CITIZEN),
)


def parse_applicants(text: str | None) -> list[Applicant]:
    """``doi_tuong_thuc_hien`` -> applicant kinds; unknown phrases (cán bộ,
    công chức, Đảng viên …) become OTHER."""
    out: list[Applicant] = []
    for part in split_outside_parens(text or ""):
        folded = fold(part)
        kind = next((k for prefix, k in _APPLICANTS if folded.startswith(prefix)),
                    Applicant.OTHER)
        if kind not in out:
            out.append(kind)
    return out


# A scraped cell sometimes swallows the next part of the page; such a piece is
# not an agency name.
_PAGE_LABELS = ("Tên thủ tục", "Mã thủ tục", "Trình tự thực hiện")
MAX_AGENCY_NAME = 300


def parse_agencies(text: str | None, separators: str = ",;\n") -> list[str]:
    """Agency names in a cell, separated by line breaks, semicolons, or commas
    outside parentheses and before a capital: ``Cơ sở đăng kiểm (xe cơ giới, xe
    máy chuyên dùng)`` and ``Tòa án nhân dân tỉnh, thành phố trực thuộc trung
    ương`` are one agency each; leading list dashes dropped."""
    if is_empty(text):
        return []
    out: list[str] = []
    for part in split_outside_parens(text or "", separators, comma_before_capital=True):
        # A trailing full stop or semicolon is list punctuation, not part of the name.
        name = clean_source_line(part.lstrip("-+*• ").rstrip(" .;:"))
        if (not name or is_empty(name) or len(name) > MAX_AGENCY_NAME
                or any(label in name for label in _PAGE_LABELS)):
            continue
        if name not in out:
            out.append(name)
    return out


# --- steps and result --------------------------------------------------------

_STEP_START = re.compile(r"^\s*(?:[-+*•]\s*)?(?:[a-zđ]\)\s*)?Bước\s*\d+", re.I)
_BULLET = re.compile(r"^\s*[-+•]\s*\S")


def parse_steps(text: str | None) -> list[str]:
    """Split ``trinh_tu_thuc_hien`` into ordered steps: at ``Bước N`` lines
    when there are any, else at top-level ``-``/``+`` bullets, else one step."""
    body = text_or_empty(text)
    if not body:
        return []
    lines = body.split("\n")
    starts = [i for i, line in enumerate(lines) if _STEP_START.match(line)]
    if not starts:
        starts = [i for i, line in enumerate(lines) if _BULLET.match(line)]
    if not starts:
        return [body]
    if starts[0] != 0:
        starts.insert(0, 0)
    bounds = starts + [len(lines)]
    steps = ["\n".join(lines[a:b]).strip() for a, b in zip(bounds, bounds[1:])]
    return [s for s in steps if s]


# Result codes: KQ.G01.000020, KQ-G01.000123, TP-G01.0000001, 123.45.67.G01-KQ0001.
_RESULT_CODE = re.compile(r"Mã\s*:\s*[0-9A-Z][0-9A-Z.\-]*\d")
_RESULT_TAIL = re.compile(r"Từ khóa|Chọn cơ quan thực hiện")


def parse_result(text: str | None) -> str:
    """The result name(s) of ``ket_qua_xu_ly``, without the ``Mã: KQ…`` codes
    and the page boilerplate the crawler appended; one result per line."""
    body = text_or_empty(text)
    if not body:
        return ""
    tail = _RESULT_TAIL.search(body)
    if tail:
        body = body[:tail.start()]
    names = [clean_source(part) for part in _RESULT_CODE.split(body)]
    return "\n".join(n for n in names if n and not is_empty(n))
