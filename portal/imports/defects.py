"""Defect signatures of issue 12: the ways a parsed record can say something
its source does not. One definition per signature, shared by the benchmark
(bench/faithful_defects.py) and the real-data test.

Each check takes the raw record and the payload ``normalise_record`` made of
it, and yields a detail string per defective row. ``count_defects`` also says
which cases carry a review mark (the importer's "a human must look" flag):
a case that is marked is known, not silently wrong.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter

from .parsers import NO_INFO, is_empty
from .tables import DOCUMENT_HEADER, stated_in_words

# A document number as the national form prints it: 51/2019/QH14, 66.7/2025/NQ-CP,
# 123/QĐ-TTg, 01/2016/TTLT-BTC-BTP, 18/2009/TTLT/BGDĐT-BTC, 250/QĐ - TTg (the
# issuer spaced round its hyphen) and Party documents (13-TB/TW).
NUMBER_SHAPE = re.compile(
    r"(?:\d{1,3}\.\d{1,3}|\d{1,4}[a-z]?)/(?:(?:19|20)\d\d/)?(?:TTLT/)?[A-ZĐ]+g?"
    r"(?:(?:-| - )[A-ZĐ]+g?)*\d{0,2}|\d{1,4}-[A-ZĐ]{1,4}/TW")
_TRAILING_NUMBER = re.compile(r"\d[\d.]*[a-z]?/(?:\d{4}/)?[A-ZĐ][\w\-]*$")
_QUANTITY = re.compile(r"\d{1,3} bản (?:chính|sao)")
_AMOUNT_DONG = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:[.,]\d{3})+|\d+)\s*(?:việt nam\s*)?(?:đồng|vnđ|vnd|đ\b)", re.I)
_UNIT_WORDS = (("ngày làm việc", "working_day"), ("ngày", "day"), ("giờ", "hour"),
               ("tháng", "month"), ("năm", "year"), ("tuần", "week"))


def text_amounts(text: str) -> list[int]:
    """Every amount in đồng that ``text`` names, in order."""
    return [int(re.sub(r"[.,]", "", m.group(1))) for m in _AMOUNT_DONG.finditer(text or "")]


def text_unit(text: str) -> str | None:
    """The unit a time-limit text states after its first number, if any."""
    match = re.search(r"\d+(?:[.,]\d+)?\s*([^\d]{0,14})", (text or "").lower())
    if not match:
        return None
    tail = match.group(1)
    return next((unit for word, unit in _UNIT_WORDS if tail.startswith(word)), None)


def plausible_number(number: str, cell: str) -> bool:
    """True when ``number`` is a document number the cell really prints."""
    if not NUMBER_SHAPE.fullmatch(number):
        return False
    head, _, rest = number.partition("/")
    if re.match(r"(?:19|20)\d\d/", rest) and int(re.sub(r"\D", "", head.split(".")[0]) or 0) > 999:
        return False  # laws, decrees and circulars of a year never reach 1000
    spots = [m.start() for m in re.finditer(re.escape(number), cell)]
    return any(_clean_start(cell, i) for i in spots)


def _clean_start(cell: str, i: int) -> bool:
    """Nothing glued before position ``i`` but a year (``năm 2011`` + number)
    or a sentence's full stop: the number there starts where it says."""
    before = cell[max(0, i - 6):i]
    return (not re.search(r"[\d.]$", before)
            or re.search(r"(?<!\d)(?:19|20)\d\d\.?$", before) is not None
            or re.search(r"[^\d]\.$", before) is not None)


def _legal(record: dict, payload: dict):
    cell = unicodedata.normalize("NFC", record.get("can_cu_phap_ly") or "")
    for row in payload["legal_bases"]:
        title, number = row["title"], row["number"]
        tail = _TRAILING_NUMBER.search(title)
        if number and tail and tail.group() != number and not row.get("unparsed"):
            yield "legal_cut_title", f"{title[-40:]!r} / {number!r}"
        # A row left for a human (unparsed) may keep an incomplete number only as
        # the cell prints it (``Nghị định số 85/2026``: "85/2026", no issuer added).
        if number and not (plausible_number(number, cell) or (
                row.get("unparsed") and re.search(r"số\s*" + re.escape(number) + r"\s*\.?$",
                                                  cell))):
            yield "legal_implausible_number", number


def _conditions(record: dict, payload: dict):
    # The page reads "no conditions" for "" and "not stated" only for None.
    if is_empty(record.get("yeu_cau_dieu_kien")) and payload["conditions"] == "":
        yield "unknown_shown_as_none", "conditions"
    if is_empty(record.get("ket_qua_xu_ly")) and payload["result"] == "":
        yield "unknown_shown_as_none", "result"


def _channels(record: dict, payload: dict):
    body = (record.get("cach_thuc_thuc_hien") or "").split("Mô tả", 1)[-1].strip()
    if body and not is_empty(body) and not payload["channels"]:
        yield "channel_table_dropped", body[:60]
    for row in payload["channels"]:
        unit = text_unit(row["time_limit_text"])
        stored = row.get("time_limit_unit", "working_day" if row.get("working_days") else None)
        if unit not in (None, "working_day") and stored == "working_day":
            yield "calendar_as_working_days", row["time_limit_text"]
        amounts = text_amounts(row["fee_text"] + " " + row.get("description", ""))
        amount = row["fee_amount"]
        if amount is not None and amount not in amounts and not (amount == 0 and not amounts):
            yield "fee_bold_differs_from_text", f"{amount} vs {row['fee_text'][:60]!r}"
        elif amount is None and text_amounts(row["fee_text"]) and not row.get("fee_disputed"):
            yield "fee_amount_lost", row["fee_text"][:60]


def _dossier(record: dict, payload: dict):
    cell = unicodedata.normalize("NFC", record.get("thanh_phan_ho_so") or "")
    docs = payload["documents"]
    counted = [d for d in docs if d["originals"] is not None or d["copies"] is not None]
    # One quantity cell per row, counted in each group of the table as the parser
    # reads it (a group starts after its header); a quantity the next one repeats
    # at once (``: 01 bản chính;1 bản chính``) is the row's own words.
    cells = []
    for segment in cell.split(DOCUMENT_HEADER):
        found, row_start = [], 0
        for m in re.finditer(
                r"\d{1,3} bản (?:chính|sao)(?:\s*,\s*\d{1,3} bản (?:chính|sao))?", segment):
            if stated_in_words(segment, m.start(), m.end()):
                continue  # "01 bản sao có …", "(01 bản chính)", ": 01 bản sao Báo cáo …"
            if m[0].startswith("0") and m[0][1].isdigit() and re.fullmatch(
                    r"[-+*\s]*", segment[row_start:m.start()]) and found:
                continue  # "…1 bản sao- 01 bản chính Văn bản …": the next row's own words
            found.append(m)
            row_start = m.end()
        cells += [m for m, nxt in zip(found, found[1:] + [None])
                  if not (nxt and re.fullmatch(r"[\s;,.:]{0,3}", segment[m.end():nxt.start()]))]
    if len(counted) != len(cells):
        yield "dossier_quantities_vs_rows", f"{len(counted)} rows, {len(cells)} cells"
    for doc in docs:
        if (re.match(r"\s*(?:\*|\(?\s*lưu ý)", doc["name"], re.I) and not doc.get("is_note")
                and not doc["originals"] and not doc["copies"]):
            yield "dossier_note_as_document", doc["name"][:40]
    if not is_empty(cell) and "Tên giấy tờ" in cell and not docs:
        yield "dossier_documents_lost", ""


def _text(record: dict, payload: dict):
    source = unicodedata.normalize("NFC", " ".join((record.get("ten_thu_tuc") or "").split()))
    if payload["name"] != source:
        yield "spelling_rewritten", payload["name"][:60]
    steps = payload["steps"]
    texts = [s if isinstance(s, str) else s["text"] for s in steps]
    labels = [re.match(r"\s*(?:[-+*•]\s*)?(?:[a-zđ]\)\s*)?Bước\s*(\d+)", t, re.I) for t in texts]
    # The page numbers its steps: "Bước 1" shown as step 2 (after a preamble) is wrong.
    for position, label in enumerate(labels, 1):
        if label and int(label.group(1)) != position and payload.get("steps_preamble") is None:
            yield "step_numbered_twice", f"step {position} says Bước {label.group(1)}"
            break
    if len(texts) > 1 and not labels[0] and any(labels[1:]):
        yield "preamble_as_step", texts[0][:40]
    times = {(r["time_limit_text"]) for r in payload["channels"] if r["time_limit_text"]}
    if len(times) > 1 and payload["time_limit_text"] in times:
        yield "summary_time_is_first_channel", " | ".join(sorted(times))[:80]


CHECKS = (_legal, _conditions, _channels, _dossier, _text)
SIGNATURES = ("legal_cut_title", "legal_implausible_number", "unknown_shown_as_none",
              "calendar_as_working_days", "fee_bold_differs_from_text", "fee_amount_lost",
              "channel_table_dropped", "dossier_quantities_vs_rows", "dossier_note_as_document",
              "dossier_documents_lost", "spelling_rewritten", "step_numbered_twice",
              "preamble_as_step", "summary_time_is_first_channel")


def record_defects(record: dict, payload: dict) -> list[tuple[str, str]]:
    """Every (signature, detail) of one parsed record."""
    return [found for check in CHECKS for found in check(record, payload)]


def count_defects(records) -> tuple[Counter, list[tuple[str, str, str]]]:
    """Parse ``records`` as the importer does; count each signature.

    Returns the counts (every signature present, zeros included) and the
    cases as (code, signature, detail).
    """
    from .records import RecordError, normalise_record, repair_cut, resolve_code

    counts: Counter = Counter({name: 0 for name in SIGNATURES})
    cases = []
    for number, record in enumerate(records, 1):
        code, _ = resolve_code(record, number)
        try:
            payload = normalise_record(record, code)
        except RecordError:
            continue
        for name, detail in record_defects(repair_cut(record), payload):
            counts[name] += 1
            cases.append((code, name, detail))
    return counts, cases


__all__ = ["count_defects", "record_defects", "plausible_number", "text_amounts", "text_unit",
           "NO_INFO"]
