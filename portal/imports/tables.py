"""Parsers for the run-together tables of a national catalogue record.

The crawler flattened three HTML tables into text with the cells run
together: ``cach_thuc_thuc_hien`` (channels), ``thanh_phan_ho_so`` (dossier
documents, grouped by case) and ``can_cu_phap_ly`` (legal basis). Each parser
finds the row boundaries from what every row must contain (a channel kind with
a time limit and a fee; a document quantity; a document number) and never
raises on arbitrary text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..catalogue.models import ChannelKind
from ..vntext import nfc_only as nfc
from .legal import LEGAL_HEADER, LegalRow, parse_legal_basis  # noqa: F401 (re-exported)
from .parsers import is_empty, parse_fee, parse_time_limit, tidy, tidy_line


@dataclass(frozen=True)
class ChannelRow:
    kind: ChannelKind
    kind_text: str
    time_limit_text: str
    time_limit_value: float | None
    time_limit_unit: str | None  # working_day, day, hour, month, year; None: not stated
    working_days: float | None   # the value, only when the unit is working days
    fee_text: str
    fee_amount: int | None
    fee_disputed: bool           # the fee cell and its description disagree
    description: str
    unparsed: bool = False       # text in a form the parser does not know, kept whole


@dataclass(frozen=True)
class DocumentRow:
    case: str
    name: str
    form: str
    originals: int | None
    copies: int | None
    is_note: bool = False    # "* Lưu ý: …": a note of the table, not a document
    unparsed: bool = False   # free text where a table was expected, kept whole
    # "Người có yêu cầu … các giấy tờ sau:": a row that introduces the rows after
    # it, neither a document nor a remark. Also a note (is_note), so that a reader
    # that knows only documents and notes still counts it as no paper.
    is_heading: bool = False


# --- channels ---------------------------------------------------------------

CHANNEL_HEADER = "Hình thức nộpThời gianPhí, lệ phíMô tả"
_KINDS = {"Trực tiếp": ChannelKind.IN_PERSON, "Trực tuyến": ChannelKind.ONLINE,
          "Dịch vụ bưu chính": ChannelKind.POST}
_UNIT = r"\s?(?:Ngày làm việc|Ngày|Giờ|Tháng|Tuần|Năm)"
_AMOUNT = (r"(?:[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d{0,2}(?:\.\d{3})+|[1-9]\d*|0)\s?"
           r"(?:Việt Nam Đồng|VNĐ|VND|Đồng|đồng|USD|EUR)")
# Provincial lists label the fee: ``Phí : 5.700.000 Đồng (Phí thẩm định)``.
_FEE_LABEL = r"(?:(?:Phí, lệ phí|Lệ phí|Phí)\s*:\s*)?"
# A few time cells are words (``Không quy định``, ``Không phải trả kết quả …``,
# a sentence): they start with a capital right after the kind, which prose
# mentioning a channel ("nộp Trực tuyến qua Cổng …") does not.
_TIME_WORDS = r"[A-ZĐ][^\n]{0,160}?"
# A row starts with a kind, then the time cell, then the fee cell. A bare day
# count (``Trực tuyến1Miễn phí``) may run into an amount (``Trực tuyến120 VNĐ``):
# the national form writes fees with thousand separators and day counts small,
# so the time takes the shortest digit run that leaves a well-formed amount
# (``1`` and ``20 VNĐ``; the rows' own notes, "20.000 vnđ/tờ khai", agree).
_ROW = re.compile(
    r"(?P<kind>Trực tiếp|Trực tuyến|Dịch vụ bưu chính)"
    r"(?P<time>Không có thông tin|\d+(?:[.,]\d+)?" + _UNIT + r"|\d+?|" + _TIME_WORDS + r")"
    r"(?P<fee>Miễn phí|Không thu phí|Không có thông tin|" + _FEE_LABEL + _AMOUNT + r")")


def _balanced_prefix(text: str) -> int:
    """Length of the parenthesised group that opens ``text`` (all of it when
    the group never closes), or 0 when ``text`` does not start with one."""
    if not text.startswith("("):
        return 0
    depth = 0
    for i, ch in enumerate(text):
        if ch == ")" and i >= 2 and text[i - 1] in "abcdđe" and text[i - 2] in "( \n":
            continue  # a list label, "(a) … b) …": not the group's end
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0:
            return i + 1
    return len(text)


def _unparsed_row(text: str) -> ChannelRow:
    return ChannelRow(ChannelKind.OTHER, "", "", None, None, None, "", None, False,
                      tidy(text), unparsed=True)


def parse_channels(text: str | None) -> list[ChannelRow]:
    """``cach_thuc_thuc_hien`` -> one row per channel, in page order.

    Text the row pattern does not explain (a table in another form, words
    before the first row) is kept whole as an ``unparsed`` row of kind OTHER:
    the page shows it and the importer marks the record; nothing is dropped.
    """
    body = nfc(text or "").replace(CHANNEL_HEADER, "", 1)
    matches = list(_ROW.finditer(body))
    head = body[:matches[0].start()] if matches else body
    rows = [] if is_empty(tidy(head)) else [_unparsed_row(head)]
    for i, match in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(body)
        rest = body[match.end():end]
        gap = ""
        if rest.lstrip().startswith("("):  # ``5.700.000 Đồng (Phí thẩm định)``
            gap, rest = rest[:len(rest) - len(rest.lstrip())], rest.lstrip()
        cut = _balanced_prefix(rest)
        fee_text = tidy_line(match["fee"] + gap + rest[:cut])
        time_text = tidy_line(match["time"])
        value, unit = parse_time_limit(time_text)
        amount, disputed = parse_fee(fee_text)
        rows.append(ChannelRow(
            kind=_KINDS[match["kind"]], kind_text=match["kind"],
            time_limit_text="" if is_empty(time_text) else time_text,
            time_limit_value=value, time_limit_unit=unit,
            working_days=value if unit == "working_day" else None,
            fee_text="" if is_empty(fee_text) else fee_text,
            fee_amount=amount, fee_disputed=disputed,
            description="" if is_empty(rest[cut:]) else tidy(rest[cut:])))
    return rows


# --- dossier documents --------------------------------------------------------

DOCUMENT_HEADER = "Tên giấy tờMẫu đơn, tờ khaiSố lượng"
_QUANTITY = re.compile(r"(\d{1,3}) bản (chính|sao)(?:\s*,\s*(\d{1,3}) bản (chính|sao))?")
# The quantity cell never has a leading zero; digits glued before it end the
# name (``Mẫu số 05`` + ``1 bản chính`` reads ``051 bản chính``).
_NAME_NUMBER_END = re.compile(r"(?:số|Mẫu|mẫu|TP|[-/.])\s*$")
_NOTE = re.compile(r"^\s*\*?\s*\(?\s*(?:lưu ý|ghi chú|chú ý)", re.I)
# A row with "0 bản chính" that opens like a remark (how, when, who) rather
# than naming a paper is a note of the table (the civil-status layout puts
# every remark in a row with a quantity cell).
_REMARK = re.compile(r"^\s*[-+*(]*\s*(?:Trường hợp|Đối với|Người|Nếu|Khi|Cá nhân có quyền|Bản chụp|"
                     r"Cơ quan|Lưu ý|Ghi chú|Chú ý)")
# A 0-count row whose first sentence says what papers must be or do
# (``Giấy tờ do … nước ngoài cấp … phải được hợp pháp hóa``) states a rule of
# the table; a paper to bring is named, not obliged.
# "Đối với hàng hóa phải có giấy phép" before it says what the paper is for
# (``Giấy phép nhập khẩu đối với hàng hóa phải có giấy phép nhập khẩu``): a paper.
_RULE = re.compile(r"^(?:(?!đối với)[^.;:(])*\bphải (?:được|thể hiện|có|nộp|xuất trình)\b")
# A row that only says how many sets of the dossier to hand in (``Số lượng hồ
# sơ: 01 (một) bộ.``) is a note whatever its quantity cell says: it names no paper.
_SET_COUNT = re.compile(r"[-+*\s]*Số (?:lượng|bộ) hồ sơ\s*:?\s*\d{1,2}\s*(?:\(\s*\w+\s*\)\s*)?"
                        r"(?:bộ(?: hồ sơ)?)?\s*(?:\(\s*bộ\s*\))?[.;]?\s*")
# A row that only introduces the rows after it (``Người có yêu cầu … nộp/xuất
# trình … các giấy tờ sau:``, ``* Ngoài giấy tờ nêu trên, … phải nộp giấy tờ
# tương ứng sau đây:``) names no paper, whatever its quantity cell says: a heading.
# Only a row whose subject is the applicant or "the papers above", not a paper.
# Likewise a row that names a set of papers listed after it (``a.1.2) Hồ sơ của
# nhà thầu nước ngoài … bao gồm :``).
_LEAD_IN = re.compile(r"^[-+*\s]*(?:(?:Người (?:có )?yêu cầu|Ngoài (?:các )?giấy tờ)\b[^:]*"
                      r"\bsau(?: đây)?|(?:[a-zđ](?:\.\d{1,2}){0,3}\)\s*)?Hồ sơ\b[^:]*\bbao gồm)"
                      r"\s*:\s*$")
# A row that opens a case and ends with a colon (``Đối với trường hợp Giấy chứng
# nhận … bị mất hoặc bị hư hỏng:``, ``(ii) Đối với trường hợp …:``) introduces
# that case's papers: it names none itself. One clause, no sentence inside it.
_CASE_INTRO = re.compile(r"^[-+*\s]*(?:\(?(?:[a-zđ]|[ivx]{1,4})\)\s*)?Đối với trường hợp\b"
                         r"(?:(?!\. )[^:;])*:\s*$")
_FORM_EXT = re.compile(r"\.(?:docx?|pdf|xlsx?|odt|rtf|zip|rar)$", re.I)
# Where a run-together form file name may begin: after punctuation with no
# space, or at a word that starts most form names.
_FORM_EXT_ANY = re.compile(r"\.(?:docx|doc|pdf|xlsx|xls|odt|rtf|zip|rar)(?!x)(?=\S)", re.I)
# Where a run-together form file name may begin: at a word that starts most
# form names (``…NĐ-CPMẫu số 01.docx``), or after punctuation with no space
# (``…27/12/2021;Mus08.docx``).
_FORM_WORD = re.compile(
    r"(?<=[^\s(])(?=(?:Mẫu|Mau|mẫu|mau|MẪU|Phụ lục|PHỤ LỤC|Phu luc|Phu lục|PL|Tờ khai|To khai|"
    r"Biểu mẫu|Bieu mau|BM|Mus)[\s\d._\-A-ZĐ])")
_FORM_PUNCT = re.compile(r"(?<=[;:.)\]])(?=\w)")
_BARE_EXT = re.compile(r"\.?(?:docx|doc|pdf|xlsx|xls|odt|rtf|zip|rar)", re.I)
MAX_FORM_NAME = 300


def _form_start(text: str) -> int:
    """Where the form file name that ends ``text`` begins (see _FORM_WORD)."""
    for pattern in (_FORM_WORD, _FORM_PUNCT):
        for match in pattern.finditer(text):
            form = text[match.start():]
            # A file name has no sentence punctuation followed by a space.
            if (0 < match.start() and len(form) <= MAX_FORM_NAME
                    and not re.search(r"[;.)] ", form) and not _BARE_EXT.fullmatch(form)):
                return match.start()
    return text.rfind(" ") + 1


def _split_form(text: str) -> tuple[str, str]:
    """Split ``<name><form file name(s)>`` into (name, forms one per line)."""
    text = text.strip()
    if not _FORM_EXT.search(text):
        return text, ""
    cut = _form_start(text)
    name, form = text[:cut].strip(), text[cut:].strip()
    form = _FORM_EXT_ANY.sub(lambda m: m.group() + "\n", form)
    if not name:  # the whole cell is a file name: it is the document, and its form
        name = form.replace("\n", " ")
    return name, form


def _case_label(text: str) -> str:
    label = tidy(text)
    return "" if re.fullmatch(r"[-\s]*", label) or is_empty(label) else label


def _counts(match: re.Match) -> tuple[int, int]:
    counts = {"chính": 0, "sao": 0}
    counts[match[2]] += int(match[1])
    if match[3]:
        counts[match[4]] += int(match[3])
    return counts["chính"], counts["sao"]


def words_follow(text: str, end: int) -> bool:
    """A quantity followed by lower-case words (``01 bản sao có chứng thực …``)
    is a document's own words, not a cell; a list label (``1 bản chínhc) Bản
    sao …``, ``1 bản saoa.1.2) Hồ sơ …``) is the next row's start, so the
    quantity before it is a cell."""
    after = text[end:end + 12].lstrip()
    return after[:1].islower() and not re.match(r"[a-zđ](?:\.\d{1,2}){0,3}\)", after)


def in_brackets(text: str, start: int, end: int) -> bool:
    """A quantity in brackets (``Phiếu yêu cầu theo Mẫu số 01a (01 bản chính) (khoản
    1 …)``) is the document's own words: a cell is never bracketed."""
    return text[:start].rstrip().endswith("(") and text[end:].lstrip().startswith(")")


def after_colon(text: str, start: int) -> bool:
    """A quantity with a leading zero straight after a colon (``…không thuộc đối
    tượng …: 01 bản sao Báo cáo nghiên cứu khả thi …``, ``Hóa đơn thương mại: 01
    bản chính;``) or opening the text (``- 01 bản chính Báo cáo đề xuất …`` before
    the table's header) is the document's own words: a cell never has a leading
    zero, and a colon is where a name, not a cell, ends."""
    return (text[start:start + 1] == "0" and text[start + 1:start + 2].isdigit()
            and re.search(r"(?:^|:)[-+*\s]*$", text[:start]) is not None)


def stated_in_words(text: str, start: int, end: int) -> bool:
    """The quantity at ``text[start:end]`` is part of a document's words, not its cell."""
    return (words_follow(text, end) or in_brackets(text, start, end)
            or after_colon(text, start))


def _quantity_cells(segment: str) -> list[tuple[int, int, tuple[int, int]]]:
    """(start, end, counts) of each quantity cell of a group.

    A quantity in the document's own words (``…(nếu có): 01 bản chính``),
    with the cell straight after it, stays in the name.
    """
    cells = []
    for match in _QUANTITY.finditer(segment):
        start, counts = match.start(), _counts(match)
        digits = match[1]
        if stated_in_words(segment, start, match.end()):
            continue  # "01 bản sao có chứng thực …": the next document's own words
        glued = start > 0 and segment[start - 1].isdigit()  # "Nghị định 116" + "1 bản chính"
        if glued or len(digits) > 1 and (
                digits[0] == "0" or _NAME_NUMBER_END.search(segment[:start])):
            if cells and re.fullmatch(r"[-+*\s]*", segment[cells[-1][1]:match.start()]):
                # "…1 bản sao- 01 bản chính Biên bản …": no name between, so the next row's words
                continue
            start += len(digits) - 1  # the last digit is the cell's, the rest the name's
            counts = _counts(_QUANTITY.match(segment, start))
        cells.append((start, match.end(), counts))
    # A quantity the cell repeats right after it (``: 01 bản chính;1 bản chính``)
    # is the document's own words.
    return [cell for cell, nxt in zip(cells, cells[1:] + [None])
            if not (nxt and re.fullmatch(r"[\s;,.:]{0,3}", segment[cell[1]:nxt[0]]))]


def reads_as_remark(name: str) -> bool:
    """The row's words open like a remark (how, when, who: _REMARK), state a rule
    of the table (_RULE) or are starred: a note when its quantity cell is 0."""
    return name.startswith("*") or bool(_REMARK.match(name)) or bool(_RULE.match(name))


# What else reads as a remark when a quantity cell follows: words that count the
# sets of the dossier (``Hồ sơ của trẻ em …: 03 bộ hồ sơ nộp cho Sở Tư pháp``) or
# state how long papers are valid (``Giá trị sử dụng của giấy tờ … được xác định …``).
_REMARK_WORDS = re.compile(r"\b\d{1,2} (?:\(\w+\) )?bộ hồ sơ\b|^[-+*\s]*Giá trị sử dụng\b")
# A row that obliges the applicant to hand a paper in (``… thì phải nộp bản sao …``,
# ``nộp thêm …``) names that paper: a document, whatever its opening words.
_OBLIGES = re.compile(r"\b(?:phải|thì) (?:nộp|xuất trình|bổ sung|gửi kèm|có)\b|\bnộp thêm\b")


def counted_remark(row: dict) -> bool:
    """A document row that reads as a remark but carries a quantity: the importer
    keeps it as a document (its cell counts papers), and a human should look.
    No wording tells these from the papers of the national file (issue 12: every
    rule that made them notes misread real papers), so they are marked, not moved."""
    name = row["name"]
    return (not row["is_note"] and bool(row["originals"] or row["copies"])
            and (reads_as_remark(name) or bool(_REMARK_WORDS.search(name)))
            and not _OBLIGES.search(name))


def _document(case: str, text: str, counts) -> DocumentRow | None:
    name, form = _split_form(tidy(text))
    if not name:
        return None
    heading = bool(_LEAD_IN.search(name) or _CASE_INTRO.search(name))
    note = heading or bool(_NOTE.match(name) or _SET_COUNT.fullmatch(name)) or (
        counts == (0, 0) and reads_as_remark(name))
    return DocumentRow(case, name, form, *counts, is_note=note, is_heading=heading)


def parse_documents(text: str | None) -> list[DocumentRow]:
    """``thanh_phan_ho_so`` -> documents with their case, form and counts.

    The text is a sequence of ``<case>Tên giấy tờMẫu đơn, tờ khaiSố lượng<rows>``
    groups; a row ends with its quantity (``1 bản chính``, ``0 bản chính,1 bản
    sao``), and what follows the last row of a group is the next group's case
    (after the last group: a last document whose quantity the source omits).
    Free text with no table becomes one ``unparsed`` document with unknown counts.
    """
    body = nfc(text or "")
    if DOCUMENT_HEADER not in body:
        rest = tidy(body)
        return ([] if _case_label(rest) == "" else
                [DocumentRow("", rest, "", None, None, unparsed=True)])
    segments = body.split(DOCUMENT_HEADER)
    case, rows = _case_label(segments[0]), []
    for number, segment in enumerate(segments[1:], 2):
        start = 0
        for begin, end, counts in _quantity_cells(segment):
            row = _document(case, segment[start:begin], counts)
            if row:
                rows.append(row)
            start = end
        if number == len(segments) and re.search(r"\w\w", segment[start:]):
            rows.append(_document(case, segment[start:], (None, None)))
        case = _case_label(segment[start:])
    return [row for row in rows if row]


# --- legal basis: see legal.py -----------------------------------------------
