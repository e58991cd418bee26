"""The legal-basis table (``can_cu_phap_ly``): run-together rows of
``<title><number>``, split without ever inventing a number.

The national form prints each row as the document's title then its number,
cells run together: ``Luật 51/2019/QH1451/2019/QH14`` is the title
``Luật 51/2019/QH14`` (a title very often ends with its own number) and the
number ``51/2019/QH14``. A row ends at a number that is followed by the next
title (a capital letter, a tab, or the end of the cell); a number followed by
a space or punctuation is inside a title. Where the text allows no consistent
reading (digits glued to a number that no year explains, an issuer run into an
all-capitals title that no known issuer code resolves, a number no law or
decree could have), the row's text is kept whole with no number and
``unparsed`` set, so that a human looks at it.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from .parsers import is_empty, tidy_line


@dataclass(frozen=True)
class LegalRow:
    number: str
    title: str
    issued_on: dt.date | None
    unparsed: bool = False
    issuer: str | None = None  # "Chính phủ", "Bộ trưởng Bộ Công an": only as the title says


LEGAL_HEADER = "Tên văn bản pháp lýMã văn bản"

# N[a][.M]/[YYYY/]ISSUER[-ISSUER…], with the term digits only after QH
# (51/2019/QH14, 04/2012/UBTVQH13): elsewhere digits after an issuer start the
# next number (``NĐ-CP05/2012/NĐ-CP``).
_NUMBER_BODY = (
    r"(?:(?:\d{1,3}\.\d{1,3}|\d{1,6}[a-z]?)/(?:\d{4}/)?(?:TTLT/)?[A-ZĐ]+g?(?:-[A-ZĐ]+g?)*"
    r"(?:(?<=QH)\d{1,2})?{spaced}"
    # A Party document: number, kind, then the issuing body (13-TB/TW, 36-NQ/TW).
    r"|\d{1,4}-[A-ZĐ]{1,4}/TW)")
# Issuer codes that an all-capitals title may follow (``TT-BCASỬA ĐỔI``): the
# longest known code that the capitals start with is the issuer.
KNOWN_ISSUERS = frozenset("""
    TW BCA BCT BGDĐT BGTVT BHXH BKHCN BKHĐT BLĐTBXH BNG BNN BNNMT BNNPTNT BNV BQP BTC BTNMT
    BTP BTTTT BVHTTDL BXD BYT CP HĐND HĐTP KTNN NHNN QH TANDTC TCHQ TCT TTCP TTg UBND
    UBTVQH VKSNDTC VPCP
""".split())
# The last issuer code printed with spaces round its hyphen (``250/QĐ - TTg``):
# read as part of the number only when it is a known code, so that a title
# after a dash (``28/2015/NĐ-CP - Quy định …``) is never taken for an issuer.
_SPACED = r"(?:\s-\s(?:" + "|".join(sorted(KNOWN_ISSUERS, key=len, reverse=True)) + r")(?![a-zà-ỹđ]))?"
_NUMBER = re.compile(_NUMBER_BODY.replace("{spaced}", _SPACED))
_YEAR_CONTEXT = re.compile(r"(?:năm\s*|\d{1,2}/\d{1,2}/|\d{1,2}-\d{1,2}-)$", re.I)
_DATE = r"ngày\s+(\d{1,2})\s*(?:/|-|tháng)\s*(\d{1,2})\s*(?:/|-|năm)\s*(\d{4})"
# The bodies that issue legal documents, as the national file names them after
# "của" (longest first, so "Thủ tướng Chính phủ" wins over "Chính phủ").
_MINISTRIES = (
    "Công an", "Công Thương", "Dân tộc và Tôn giáo", "Giáo dục và Đào tạo", "Giao thông vận tải",
    "GTVT", "Kế hoạch và Đầu tư", "Khoa học và Công nghệ", "Lao động - Thương binh và Xã hội",
    "Lao động – Thương binh và Xã hội", "Ngoại giao", "Nội vụ", "Nông nghiệp và Môi trường",
    "Nông nghiệp và Phát triển nông thôn", "Quốc phòng", "Tài chính", "Tài nguyên và Môi trường",
    "Thông tin và Truyền thông", "Tư pháp", "Văn hóa, Thể thao và Du lịch",
    "Văn hoá, Thể thao và Du lịch", "Xây dựng", "Y tế")
_BODIES = ("Quốc hội", "Ủy ban Thường vụ Quốc hội", "Uỷ ban Thường vụ Quốc hội", "Chính phủ",
           "Thủ tướng Chính phủ", "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ",
           "Thống đốc Ngân hàng Nhà nước Việt Nam", "Thống đốc Ngân hàng Nhà nước",
           "Ngân hàng Nhà nước Việt Nam", "Ngân hàng Nhà nước",
           "Tổng Giám đốc Bảo hiểm xã hội Việt Nam", "Tổng Giám đốc BHXH Việt Nam",
           "Bảo hiểm xã hội Việt Nam", "Chánh án Tòa án nhân dân tối cao",
           "Hội đồng Thẩm phán Tòa án nhân dân tối cao", "Tòa án nhân dân tối cao",
           "Viện trưởng Viện kiểm sát nhân dân tối cao", "Tổng Kiểm toán Nhà nước",
           *(f"{head}Bộ {name}" for name in _MINISTRIES for head in ("Bộ trưởng ", "")))
_ISSUER = "|".join(re.escape(b) for b in sorted(_BODIES, key=len, reverse=True))
# What follows a document's own number (or its kind, for a title with no
# number): its date, then its issuer ("… 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ").
_AFTER_NUMBER = re.compile(
    r"\s*,?\s*(?:" + _DATE + r")?\s*,?\s*(?:(?:của|do)\s+(" + _ISSUER + r"))?"
    r"(?:\s*,?\s*" + _DATE.replace("(", "(?P<late>", 1) + r")?")
_KIND = re.compile(r"\s*(?:-\s*)?(?:Bộ luật|Luật|Pháp lệnh|Nghị quyết|Nghị định|Thông tư liên tịch|"
                   r"Thông tư|Quyết định|Chỉ thị|Công văn|Văn bản hợp nhất)\b", re.I)


def _date(day: str, month: str, year: str) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def issued_by(title: str, number: str) -> tuple[dt.date | None, str | None]:
    """The date and the issuer the title states for its own document, or None.

    Only what follows the row's own number in its title counts (``Nghị định
    số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ``), or, in a title without
    it, what follows the document's kind and name before any other number
    (``Luật Hộ tịch ngày 20/11/2014 của Quốc hội``): a date after another
    document's number (``… sửa đổi Nghị định số 13/2020/NĐ-CP ngày 21/01/2020
    của Chính phủ``) is that document's, not the row's. Never guessed.
    """
    title = " ".join(title.split())
    at = title.find(number) if number else -1
    if at >= 0:
        match = _AFTER_NUMBER.match(title, at + len(number))
    else:
        kind = _KIND.match(title)
        found = re.search(_DATE, title) if kind else None
        if not found or re.search(r"\d/|\b(?:số|Số)\b", title[:found.start()]) or _KIND.search(
                title[kind.end():found.start()]):
            return None, None
        match = _AFTER_NUMBER.match(title, found.start())
    if not match:
        return None, None
    if match[1]:
        issued = _date(match[1], match[2], match[3])
    else:  # "… của Chính phủ ngày 07/04/2026"
        issued = _date(match["late"], match[6], match[7]) if match["late"] and match[4] else None
    return issued, match[4] or None


@dataclass
class _Candidate:
    begin: int
    end: int
    sure: bool  # False: no consistent reading of where it starts or ends


def _begin(body: str, match: re.Match, prev_end: int) -> tuple[int, bool]:
    """Start of the number. Digits glued before its own are a year run into
    it (``năm 201102/2011/QH13``, ``25/01/202640/2026/NĐ-CP``, ``sửa đổi
    202323/2023/QH15``) or the end of the number before it
    (``QH1451/2019/QH14``); a dot before it ends a sentence unless digits of
    a decimal number (``66.7``) precede it. Anything else is ambiguous."""
    start = match.start()
    run = start
    while run > prev_end and body[run - 1].isdigit():
        run -= 1
    digits = body[run:start] + re.match(r"\d+", body[start:]).group()
    own_year = re.search(r"/((?:19|20)\d\d)/", match.group())
    if len(digits) > 4 and re.match(r"(?:19|20)\d\d", digits) and (
            _YEAR_CONTEXT.search(body[max(0, run - 12):run])
            or (own_year and digits[:4] <= own_year.group(1))):
        return run + 4, len(digits) - 4 <= 4
    if run < start or len(digits) > 4:
        return start, False
    if start > prev_end and body[start - 1] == ".":
        before = re.search(r"\d*$", body[prev_end:start - 1]).group()
        return start, not 0 < len(before) <= 3  # "năm 2026." ends a sentence; "66." is a number
    return start, True


def _end(body: str, match: re.Match) -> tuple[int, bool]:
    """End of the number: a title run straight into it lends the issuer its
    first capitals (``NĐ-CPNghị``, ``TT-BCASỬA ĐỔI``, ``NĐ-CPQUY ĐỊNH``),
    given back here: the issuer is the longest known code its letters start
    with, else one capital goes back before a lower-case letter."""
    end = match.end()
    if body[end - 1].isdigit():
        return end, True  # QH14: letters after the term digits are the next title's
    issuer = re.split(r"[/-]", body[match.start():end])[-1].strip()
    if issuer.endswith("g") and issuer not in KNOWN_ISSUERS:
        issuer, end = issuer[:-1], end - 1  # "NĐ-CNghị": the g is the next title's
    for cut in range(len(issuer), 0, -1):
        if issuer[:cut] in KNOWN_ISSUERS:
            return end - (len(issuer) - cut), True
    nxt = body[end] if end < len(body) else ""
    if nxt.islower():  # one capital back; a one-letter issuer is printed so (NĐ-C)
        return (end - 1, True) if len(issuer) >= 2 else (end, False)
    return end, not nxt.isupper()


def _plausible(number: str) -> bool:
    head, _, rest = number.partition("/")
    # Laws, decrees and circulars of a year never reach number 1000.
    return not (re.match(r"(?:19|20)\d\d/", rest) and int(head.split(".")[0].rstrip("abcdefghijklmnopqrstuvwxyz")) > 999)


def _candidates(body: str) -> list[_Candidate]:
    found, prev_end = [], 0
    for match in _NUMBER.finditer(body):
        begin, sure_begin = _begin(body, match, prev_end)
        end, sure_end = _end(body, match)
        prev_end = end
        number = body[begin:end]
        found.append(_Candidate(begin, end, sure_begin and sure_end and _plausible(number)))
    return found


# Words after which a number is a document being cited, not a number cell.
_INTRODUCES = re.compile(
    r"(?:\b(?:số|Số|SỐ|luật|Luật|LUẬT|định|Định|ĐỊNH|tư|Tư|TƯ|quyết|Quyết|QUYẾT|lệnh|Lệnh|"
    r"thị|Thị|văn|bản|tịch|TTLT|hiệu|và|hoặc|tại|theo|của|với) |[,;(\-–] )$")


def _ends_row(body: str, cand: "_Candidate") -> bool:
    """A number ends a row when the next title starts right after it, or when
    it is a cell of its own: run into the title before it (``…Bộ Tư
    pháp18/2026/NĐ-CP Nghị định…``) and followed by a new capitalised title."""
    end = cand.end
    if re.match(r"(?:ngày|của)\s", body[end:]):
        return False  # "53/2025/TT-BCAngày 01/7/2025 …": a missing space inside the title
    if end >= len(body) or not re.match(r"[ ,;.:)\]\-–/]", body[end]):
        return True
    if re.fullmatch(r"[.,;\s]*", body[end:]):
        return True
    before = body[max(0, cand.begin - 2):cand.begin]
    if re.fullmatch(r"[^\W\d_]\.", before):
        return True  # "… Bộ Tư pháp.18/2026/NĐ-CP quy định …": the title's sentence ended
    glued = cand.begin > 0 and body[cand.begin - 1].isalpha()
    capital_follows = re.match(r"\s*-?\s*[A-ZĐÀ-ỸĂÂÊÔƠƯ]", body[end:]) is not None
    if glued:
        return capital_follows
    # Spaced on both sides, after a word that does not introduce a document
    # (``… Nông nghiệp và Môi trường 146/2025/QH15 Sửa đổi …``), and followed by
    # a new capitalised title: the number cell, not a title quoting it.
    return (re.match(r" [A-ZĐÀ-ỸĂÂÊÔƠƯ][^\W\d_]", body[end:]) is not None
            and re.search(r"[^\W\d_]{2,} $", body[max(0, cand.begin - 40):cand.begin]) is not None
            and _INTRODUCES.search(body[max(0, cand.begin - 40):cand.begin]) is None)


# A number cell printed with its kind but no issuer (``Về bảo hiểm hưu trí bổ
# sungNghị định số 85/2026``): the number as written, never completed with a
# guessed issuer; the row stays unparsed (its text whole, marked for a human).
_BARE_NUMBER = re.compile(
    r"(?:Luật|Bộ luật|Nghị định|Nghị quyết|Thông tư(?: liên tịch)?|Quyết định|Pháp lệnh|Chỉ thị)"
    r"\s+(?:số\s*)?(\d{1,4}/(?:19|20)\d\d)\s*\.?$")


def _row(number: str, title: str, unparsed: bool = False) -> LegalRow:
    issued, issuer = issued_by(title, number)
    return LegalRow(number, title, issued, unparsed, issuer)


def parse_legal_basis(text: str | None) -> list[LegalRow]:
    """``can_cu_phap_ly`` -> (number, title, issue date when the title says)."""
    if is_empty(text):
        return []
    body = unicodedata.normalize("NFC", text or "").replace(LEGAL_HEADER, "", 1)
    body = body.replace("\t", "\n")
    rows, start, quoted = [], 0, False
    candidates = _candidates(body)
    for i, cand in enumerate(candidates):
        if cand.begin < start or not _ends_row(body, cand):
            continue
        # A number straight before another (``Luật 51/2019/QH1451/2019/QH14``)
        # is the title quoting it; the row's number is the second.
        nxt = candidates[i + 1] if i + 1 < len(candidates) else None
        if nxt and nxt.begin == cand.end and body[nxt.begin:nxt.end] == body[cand.begin:cand.end]:
            continue
        if cand.sure and is_empty(tidy_line(body[start:cand.begin])):
            # The number cell printed before its title (``47/2019/TT-BTCThông tư
            # 47/2019/TT-BTC``, ``4533/BHXH-CSXH Hướng dẫn … Chính phủ4533/BHXH-CSXH``):
            # when the next number that ends a row is the same, it is one row,
            # whose title keeps the number it states.
            row_end = next((c for c in candidates[i + 1:]
                            if c.begin >= cand.end and _ends_row(body, c)), None)
            if row_end and row_end.sure and (
                    body[row_end.begin:row_end.end] == body[cand.begin:cand.end]):
                start, quoted = cand.end, True
                continue
        if not cand.sure:
            title = tidy_line(body[start:cand.end])
            rows.append(_row("", title, unparsed=True))
        else:
            title = tidy_line(body[start:cand.end if quoted else cand.begin])
            rows.append(_row(body[cand.begin:cand.end], title))
        start, quoted = cand.end, False
    tail = tidy_line(body[start:])
    if tail and not is_empty(tail):  # a row with no number; one with a number-like text is looked at
        bare = _BARE_NUMBER.search(tail)
        rows.append(_row(bare.group(1) if bare else "", tail,
                         unparsed=bool(re.search(r"\d/", tail))))
    return rows
