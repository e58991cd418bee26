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

_TIME = re.compile(r"(\d+(?:[.,]\d+)?)\s*(ngày làm việc|ngày|giờ|tháng|năm)?", re.I)
# The unit as the cell states it; nothing is converted (issue 12: 30 calendar
# days are not 30 working days, 6 months are not 132 of them).
TIME_UNITS = {"ngày làm việc": "working_day", "ngày": "day", "giờ": "hour", "tháng": "month",
              "năm": "year"}


def parse_time_limit(text: str | None) -> tuple[float | None, str | None]:
    """A time-limit cell -> (value, unit): ``20 Ngày làm việc`` -> (20,
    "working_day"), ``30 Ngày`` -> (30, "day"), ``1 Giờ`` -> (1, "hour"), a bare
    ``15`` -> (15, None: no unit stated); (None, None) when no number leads."""
    line = clean_line(text)
    if is_empty(line):
        return None, None
    match = _TIME.match(line)
    if match is None:
        return None, None
    value = float(match.group(1).replace(",", "."))
    if value >= 1_000_000:
        return None, None
    unit = match.group(2)
    return value, TIME_UNITS[unit.lower()] if unit else None


def parse_working_days(text: str | None) -> float | None:
    """Working days named by a time-limit cell, only when it says working days."""
    value, unit = parse_time_limit(text)
    return value if unit == "working_day" else None


# --- fees ---------------------------------------------------------------------

_AMOUNT_DONG = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:([.,])\d{3})(?:\2\d{3})*|\d+)\s*(?:việt nam\s*)?(?:đồng|vnđ|vnd|đ\b)",
    re.I)


_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:[.,]\d{3})+(?![\d])")


def amounts_in_dong(text: str | None) -> list[int]:
    """Every amount in đồng that ``text`` names, in order (5.700.000 and
    2,000,000 groupings both)."""
    return [int(re.sub(r"[.,]", "", m.group(1))) for m in _AMOUNT_DONG.finditer(text or "")]


def parse_fee(text: str | None) -> tuple[int | None, bool]:
    """A fee cell -> (amount in đồng, disputed).

    The structured part is what precedes the first parenthesis (``20 VNĐ``,
    ``Miễn phí``, ``Phí : 5.700.000 Đồng``); the parenthesis is the
    description. When the description names amounts and the structured amount
    is not one of them, or "free" sits beside a named amount, the two
    disagree: no amount, ``disputed`` (a human decides which is right).
    """
    line = clean_line(text)
    if is_empty(line):
        return None, False
    head, _, rest = line.partition("(")
    said = amounts_in_dong(rest)
    if _FOREIGN.search(head):
        return None, False
    stated = amounts_in_dong(head)
    if not stated:
        if _FREE.search(head):
            return (None, True) if any(said) else (0, False)
        return None, False
    # A grouped number of the description (``160.000/hộ chiếu``) may repeat the amount.
    grouped = [int(re.sub(r"[.,]", "", g)) for g in _GROUPED.findall(rest)]
    if said and stated[0] not in said and stated[0] not in grouped:
        return None, True
    return stated[0], False


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
# "Bước N:" run into the text before it (``…tài sản Bước 1: Trong …``) starts a step too.
_STEP_INLINE = re.compile(r"(?<=[^\n])(?<=\s)(?=Bước\s*\d+\s*:|[a-zđ]\)\s*Bước\s*\d+\s*[.:])")
_BULLET = re.compile(r"^\s*[-+•]\s*\S")
# Steps lettered in order at the start of their lines (``a) Nộp hồ sơ …``,
# ``b) Giải quyết …``) are the steps; the bullets inside them are not.
_LETTER = re.compile(r"^\s*([a-h])\)\s*\S")


_ROMAN = re.compile(r"^\s*(i{1,3}|iv|vi{0,3}|ix|x)\)\s*\S")
_ROMANS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")


def _lettered_starts(lines: list[str]) -> list[int]:
    """Lines that open steps a), b), c)… in order, else i), ii), iii)… in order
    from the very first line (further down they number a list inside a step);
    [] unless there are two or more."""
    first = next((i for i, line in enumerate(lines) if line.strip()), 0)
    for pattern, sequence in ((_LETTER, "abcdefgh"), (_ROMAN, _ROMANS)):
        starts, want = [], 0
        for i, line in enumerate(lines):
            match = pattern.match(line)
            if match and want < len(sequence) and match[1] == sequence[want]:
                starts.append(i)
                want += 1
        if len(starts) >= 2 and (sequence == "abcdefgh" or starts[0] == first):
            return starts
    return []


def _split_inline_steps(body: str) -> str:
    """A line break before each ``Bước N:`` that follows other words on its line."""
    out, last = [], 0
    for match in _STEP_INLINE.finditer(body):
        line_start = body.rfind("\n", 0, match.start()) + 1
        own = _STEP_START.match(body[line_start:match.start() + 12])
        if own and line_start + own.end() > match.start():
            continue  # the line's own "- Bước 2:"
        out += [body[last:match.start()].rstrip(), "\n"]
        last = match.start()
    return "".join(out) + body[last:]


def parse_steps(text: str | None) -> tuple[str, list[str]]:
    """Split ``trinh_tu_thuc_hien`` into (preamble, ordered steps).

    At ``Bước N`` (a line that starts with it, or ``Bước N:`` inside a line)
    when there are any, else at lines lettered a), b)…, else at top-level
    ``-``/``+`` bullets, else one step.
    Text before the first step is the preamble, not a step.
    """
    body = text_or_empty(text)
    if not body:
        return "", []
    lines = _split_inline_steps(body).split("\n")
    starts = [i for i, line in enumerate(lines) if _STEP_START.match(line)]
    if not starts:
        lines = body.split("\n")
        if not _lettered_starts(lines) and any(_LETTER.match(line) for line in lines):
            # "…địa phương).b) Giải quyết …": the next letter run into a sentence's end
            lines = re.sub(r"(?<=[.;])(?=[b-h]\)\s)", "\n", body).split("\n")
        starts = _lettered_starts(lines) or [
            i for i, line in enumerate(lines) if _BULLET.match(line)]
        if not starts:
            return "", [body]
    preamble = "\n".join(lines[:starts[0]]).strip()
    bounds = starts + [len(lines)]
    steps = ["\n".join(lines[a:b]).strip() for a, b in zip(bounds, bounds[1:])]
    return preamble, [s for s in steps if s]


def steps_labelled(steps: list[str]) -> bool:
    """True when the steps carry their own ``Bước N``: the page must not number them again."""
    return bool(steps) and (all(_STEP_START.match(s) for s in steps)
                            or _lettered_starts(steps) == list(range(len(steps))))


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
