"""Open-data exports: streamed, readable back, equal to the database."""
import csv
import io
import json

from openpyxl import load_workbook
from sqlalchemy import select

from portal.catalogue.models import Procedure, Status
from portal.extensions import db

from .conftest import XSS

URL = "/api/v1/exports/procedures.{}"


def download(client, fmt):
    resp = client.get(URL.format(fmt))
    assert resp.status_code == 200
    assert resp.is_streamed
    assert "attachment" in resp.headers["Content-Disposition"]
    return resp.get_data()


def public_procedures():
    return {p.code: p for p in db.session.scalars(select(Procedure).where(
        Procedure.status.in_((Status.PUBLISHED, Status.RESCINDED))))}


def test_csv_has_bom_and_round_trips(client, catalogue):
    data = download(client, "csv")
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    procs = public_procedures()
    assert {r["code"] for r in rows} == set(procs)
    draft = db.session.scalar(select(Procedure).filter_by(code="9.999999"))
    assert draft.status == Status.DRAFT                 # a draft exists ...
    assert draft.code not in {r["code"] for r in rows}  # ... and is not exported
    for row in rows:
        proc = procs[row["code"]]
        assert row["name"] == proc.name
        assert int(row["level"]) == proc.level
        assert row["status"] == proc.status.value
        assert row["field"] == (proc.field.name if proc.field else "")
        assert row["agencies_executing"] == "; ".join(a.name for a in proc.agencies())
        assert row["steps"] == "\n".join(s.text for s in proc.steps)
    hostile = next(r for r in rows if r["code"] == "1.009999")
    assert hostile["result"] == XSS  # stored text is data: kept exactly, quoted by CSV


def test_jsonl_round_trips(client, catalogue):
    lines = download(client, "jsonl").decode("utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    procs = public_procedures()
    assert [r["code"] for r in records] == sorted(procs)
    for rec in records:
        proc = procs[rec["code"]]
        assert rec["name"] == proc.name and rec["level"] == proc.level
        assert [(d["name"], d["kind"]) for d in rec["documents"]] == [
            (d.name, d.kind) for d in proc.documents]
        assert [c["fee_amount"] for c in rec["channels"]] == [c.fee_amount for c in proc.channels]
        assert rec == client.get(f"/api/v1/procedures/{rec['code']}").get_json()


def test_xlsx_opens_with_every_procedure(client, catalogue):
    wb = load_workbook(io.BytesIO(download(client, "xlsx")), read_only=True)
    rows = list(wb.active.iter_rows(values_only=True))
    header, body = rows[0], rows[1:]
    assert header[:2] == ("code", "name")
    assert {r[0] for r in body} == set(public_procedures())
    hostile = next(r for r in body if r[0] == "1.009999")
    assert hostile[1] == f"Thủ tục {XSS}"


def test_xlsx_never_writes_formulas(client, catalogue):
    catalogue.birth.result = '=HYPERLINK("http://evil.example","x")'
    db.session.commit()
    wb = load_workbook(io.BytesIO(download(client, "xlsx")))
    ws = wb.active
    col = [c.value for c in ws[1]].index("result") + 1
    cell = next(r[col - 1] for r in ws.iter_rows(min_row=2) if r[0].value == "1.001193")
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")


def test_exports_are_linked_from_the_pages(client, catalogue):
    html = client.get("/du-lieu-mo").get_data(as_text=True)
    for fmt in ("csv", "xlsx", "jsonl", "jsonld"):
        assert URL.format(fmt) in html
    assert 'href="/du-lieu-mo"' in client.get("/").get_data(as_text=True)


def test_unknown_format_is_404(client, catalogue):
    assert client.get(URL.format("pdf")).status_code == 404
