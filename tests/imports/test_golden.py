"""The golden set: 60 hard real records whose values a person read off the raw
text (tests/imports/golden_records.json, written without seeing the parser),
compared field by field with what the importer makes of them (issue 12).

Where the parser and the reader still disagree, KNOWN lists each case and why;
the test fails on any other disagreement, and also when a listed one is gone
(so the list stays the truth)."""
import gzip
import json
import re
from pathlib import Path

import pytest

from portal.imports.records import normalise_record

from ..conftest import NATIONAL_JSONL, shared_data

pytestmark = [pytest.mark.needs_shared_data]

GOLDEN = json.loads((Path(__file__).parent / "golden_records.json").read_text("utf-8"))

_COUNTED = ("a row with a non-zero quantity cell that the reader judged by meaning to be a"
            " remark: {}. The importer keeps a row whose cell counts papers as a document:"
            " at full scale, 471 counted rows in 236 records read as remarks by the"
            " importer's own words (tables.counted_remark), and a hand sample of 30 of them"
            " held 18 real papers, so no wording rule can move them; each such record is"
            " marked remark_with_quantity and listed by `catalogue audit` for a human")

# Values of golden_records.json corrected after reading the raw text again
# (code, field: why); kept rare, each one justified by the source's own words.
CORRECTIONS = {
    ("1.008568", "dossier_quantities"): "the fifth row's cell reads '0 bản chính,1 bản sao'"
                                        " (a copy), not one original",
}

# code -> {field: why the importer and the hand reading still differ}. Headings
# ("Người có yêu cầu … các giấy tờ sau:") are their own kind now, counted neither
# as documents nor as notes, as the reader counts them.
KNOWN = {
    "1.000082": {
        "dossier_notes": _COUNTED.format(
            "'- Trường hợp văn bằng, chứng chỉ … thì không cần nộp …' (1 bản chính,1 bản sao)"),
        "dossier_quantities": _COUNTED.format("the same row"),
        "dossier_rows": _COUNTED.format("the same row"),
    },
    "1.003976": {
        "dossier_notes": _COUNTED.format(
            "'Hồ sơ của trẻ em …: 03 bộ hồ sơ nộp cho Sở Tư pháp …' (3 bản chính)"),
        "dossier_quantities": _COUNTED.format("the same row"),
        "dossier_rows": _COUNTED.format("the same row"),
    },
    "1.011441": {
        "dossier_notes": _COUNTED.format(
            "'Trường hợp bên bảo đảm … gồm nhiều người thì phải có đầy đủ chữ ký …'"
            " (1 bản chính,1 bản sao)"),
        "dossier_quantities": _COUNTED.format("the same row"),
        "dossier_rows": _COUNTED.format("the same row"),
    },
    "1.012344": {
        "dossier_notes": _COUNTED.format(
            "the data-sharing remark and 'Đối với hồ sơ …, mỗi bộ gồm 01 bản bằng tiếng Việt"
            " và 01 bản bằng tiếng Anh …' (1 bản chính,1 bản sao)"),
        "dossier_quantities": _COUNTED.format("the same rows"),
        "dossier_rows": _COUNTED.format("the same rows"),
    },
    "1.014466": {
        "dossier_notes": _COUNTED.format(
            "'* Trường hợp … nộp hồ sơ bằng bản giấy, các tài liệu gồm: Báo cáo …'"
            " (1 bản chính), which names the papers to bring on paper"),
        "dossier_quantities": _COUNTED.format("the same row"),
        "dossier_rows": _COUNTED.format("the same row"),
    },
    "2.000806": {
        "dossier_notes": _COUNTED.format(
            "'Giá trị sử dụng của giấy tờ chứng minh tình trạng hôn nhân …' (1 bản chính)"),
        "dossier_quantities": _COUNTED.format("the same row"),
        "dossier_rows": _COUNTED.format("the same row"),
    },
}


@pytest.fixture(scope="module")
def payloads():
    wanted = {g["code"] for g in GOLDEN}
    found = {}
    with gzip.open(shared_data(NATIONAL_JSONL.name), "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["ma_thu_tuc"] in wanted:
                found[record["ma_thu_tuc"]] = normalise_record(record, record["ma_thu_tuc"])
    return found


def _fee(channel: dict) -> str:
    if channel["fee_disputed"]:
        return "disputed"
    if channel["fee_amount"] == 0:
        return "free"
    if channel["fee_amount"] is not None:
        return "amount"
    text = channel["fee_text"]
    return "unknown" if not text or text.startswith("Không có thông tin") else "amount"


def _numbered_steps(steps: list[str]) -> int:
    """Steps as the source numbers them: the highest "Bước N" (cases restart at 1),
    else the number of lettered steps."""
    numbers = [int(m.group(1)) for s in steps
               if (m := re.match(r"\s*(?:[-+*•]\s*)?(?:[a-zđ]\)\s*)?Bước\s*(\d+)", s, re.I))]
    if numbers:
        return max(numbers)
    # Steps lettered a), b)… or numbered i), ii)… (no "Bước"): as many as the labels.
    return sum(1 for s in steps if re.match(r"\s*(?:[a-h]|i{1,3}|iv|vi{0,3}|ix|x)\)\s", s))


def actual(payload: dict) -> dict:
    """The importer's reading in the golden file's terms."""
    channels = [c for c in payload["channels"] if not c["unparsed"]]
    docs = [d for d in payload["documents"] if not d["is_note"]]
    notes = [d for d in payload["documents"] if d["is_note"] and not d["is_heading"]]
    return {
        "channels": [{"channel": c["kind"], "time_limit_value": c["time_limit_value"],
                      "time_limit_unit": c["time_limit_unit"], "fee": _fee(c)}
                     for c in channels],
        "legal_numbers": [b["number"] or None for b in payload["legal_bases"]],
        "legal_rows": len(payload["legal_bases"]),
        "dossier_rows": len(docs),
        "dossier_quantities": [[d["originals"], d["copies"]] for d in docs],
        "dossier_notes": len(notes),  # headings are neither documents nor notes
        "conditions": "unknown" if payload["conditions"] is None else "stated",
        "result_stated": payload["result"] is not None,
        "steps": _numbered_steps(payload["steps"]),
    }


def expected(gold: dict) -> dict:
    out = {key: gold[key] for key in ("legal_numbers", "legal_rows", "dossier_rows",
                                      "dossier_quantities", "dossier_notes", "result_stated",
                                      "steps")}
    out["channels"] = [{k: c[k] for k in ("channel", "time_limit_value", "time_limit_unit", "fee")}
                       for c in gold["channels"]]
    # "none" (the source says there are none) is stated text for the importer.
    out["conditions"] = "unknown" if gold["conditions"] == "unknown" else "stated"
    return out


def test_golden_set_matches_field_by_field(payloads):
    assert len(GOLDEN) >= 60 and set(payloads) == {g["code"] for g in GOLDEN}
    unexpected, resolved = [], []
    for gold in GOLDEN:
        got, want = actual(payloads[gold["code"]]), expected(gold)
        known = KNOWN.get(gold["code"], {})
        for field in want:
            if got[field] != want[field] and field not in known:
                unexpected.append(f"{gold['code']} {field}: got {got[field]!r}, "
                                  f"golden {want[field]!r}")
            if got[field] == want[field] and field in known:
                resolved.append(f"{gold['code']} {field}")
    assert unexpected == [], "\n".join(unexpected)
    assert resolved == [], "listed as known but now equal: " + ", ".join(resolved)


def test_every_golden_fee_amount_is_one_the_text_states(payloads):
    # The bold figure of a channel is an amount the golden reader found in its fee text.
    for gold in GOLDEN:
        channels = [c for c in payloads[gold["code"]]["channels"] if not c["unparsed"]]
        for mine, theirs in zip(channels, gold["channels"]):
            if mine["fee_amount"]:
                assert mine["fee_amount"] in theirs["fee_amounts_dong"], gold["code"]


def test_each_remark_with_a_quantity_left_is_listed_for_a_human(payloads):
    # The counted remarks the importer keeps as documents are not silent: the
    # audit lists every record of KNOWN with the reason.
    for code in KNOWN:
        kinds = {kind for kind, _ in payloads[code]["marks"]}
        assert "remark_with_quantity" in kinds, code
