"""Open data says what the page says (issue 12): CSV, XLSX and JSONL carry the
stated units, nulls for "not stated" and the review flags."""
import csv
import io
import json

from openpyxl import load_workbook

from portal.extensions import db
from portal.imports.files import import_file

from .records import write_jsonl
from .test_faithful_record import TRICKY

URL = "/api/v1/exports/procedures.{}"


def _rows(client, tmp_path, fmt):
    import_file(write_jsonl(tmp_path / "a.jsonl", [TRICKY]))
    db.session.commit()
    return client.get(URL.format(fmt)).get_data()


def _check_flat(row: dict) -> None:
    assert row["channel_time_limits"] == "30 day\n20 day\n6 month"
    assert row["channel_fees"] == "disputed\n200000\n200000"
    assert {"disputed_fee", "missing_conditions", "missing_result"} <= set(
        row["review_flags"].split("; "))
    assert row["conditions"] in ("", None) and row["time_limit_days"] in ("", None)


def test_csv_carries_units_and_flags(client, tmp_path):
    data = _rows(client, tmp_path, "csv")
    (row,) = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    _check_flat(row)


def test_xlsx_carries_units_and_flags(client, tmp_path):
    book = load_workbook(io.BytesIO(_rows(client, tmp_path, "xlsx")), read_only=True)
    header, *body = list(book.active.iter_rows(values_only=True))
    _check_flat(dict(zip(header, body[0])))


def test_jsonl_carries_units_nulls_and_flags(client, tmp_path):
    (rec,) = [json.loads(line) for line in _rows(client, tmp_path, "jsonl").splitlines()]
    assert [(c["time_limit_value"], c["time_limit_unit"]) for c in rec["channels"]] == [
        (30, "day"), (20, "day"), (6, "month")]
    assert rec["conditions"] is None and rec["result"] is None
    assert rec["channels"][0]["fee_disputed"] and rec["channels"][0]["fee_amount"] is None
    assert "disputed_fee" in rec["review_flags"]
