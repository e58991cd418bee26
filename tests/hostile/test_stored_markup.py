"""Stored markup and script are text on every page and in every export.

The ``attack`` procedure carries script, attribute-breaking markup, javascript:
links and spreadsheet formulas in every text field, in its agency's and its
field's name (tests/web covers the public pages of a lighter hostile record).
"""
from __future__ import annotations

import csv
import io
import json

import pytest
from openpyxl import load_workbook

from .conftest import FORMULAS, IMG, RAW, SCRIPT, signed_in

PAGES = [
    "/thu-tuc/{code}", "/thu-tuc/{code}?lang=en", "/search?q=khai+sinh", "/search?q=alert",
    "/co-quan", "/co-quan/{agency}", "/linh-vuc", "/linh-vuc/{field}", "/muc-do", "/",
    "/can-bo/", "/can-bo/?q=khai", "/can-bo/thu-tuc/{pid}/sua", "/can-bo/thu-tuc/{pid}/lich-su",
    "/can-bo/thu-tuc/{pid}/muc-do", "/can-bo/thu-tuc/{pid}/bai-bo",
    "/can-bo/thu-tuc/{pid}/bieu-mau", "/quan-tri/thong-ke/", "/quan-tri/thong-ke/co-quan/{agency}",
    "/quan-tri/thong-ke/linh-vuc/{field}", "/quan-tri/thong-ke/bien-dong", "/quan-tri/thong-ke/in",
    "/quan-tri/chua-xac-nhan", "/tien-do",
]


def _url(template: str, attack) -> str:
    return template.format(code=attack.procedure.code, pid=attack.procedure.id,
                           agency=attack.agency.id, field=attack.field.id)


@pytest.mark.parametrize("template", PAGES)
def test_stored_markup_is_escaped_on_every_page(client, attack, template):
    signed_in(client, attack.admin)
    resp = client.get(_url(template, attack))
    assert resp.status_code == 200, template
    html = resp.get_data(as_text=True)
    for raw in RAW:
        assert raw not in html, (template, raw)


def test_the_pages_do_show_the_escaped_text(client, attack):
    # Escaped, not dropped: a citizen still reads what staff stored.
    html = client.get(_url("/thu-tuc/{code}", attack)).get_data(as_text=True)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    signed_in(client, attack.admin)
    html = client.get(_url("/can-bo/thu-tuc/{pid}/sua", attack)).get_data(as_text=True)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def _download(client, fmt: str) -> bytes:
    resp = client.get(f"/api/v1/exports/procedures.{fmt}")
    assert resp.status_code == 200
    assert resp.headers["X-Content-Type-Options"] == "nosniff"
    assert not resp.mimetype.startswith("text/html")
    return resp.get_data()


def test_csv_export_has_no_formula_and_keeps_the_text(client, attack):
    rows = list(csv.reader(io.StringIO(_download(client, "csv").decode("utf-8-sig"))))
    header, body = rows[0], rows[1:]
    for row in body:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    record = dict(zip(header, next(r for r in body if r[0] == attack.procedure.code)))
    assert record["result"] == "'" + f"{FORMULAS[0]} {SCRIPT}"   # text behind a quote
    assert record["name"] == attack.procedure.name                 # markup is data, kept exactly


def test_xlsx_export_has_no_formula(client, attack):
    book = load_workbook(io.BytesIO(_download(client, "xlsx")))
    cells = [cell for row in book.active.iter_rows() for cell in row]
    assert all(cell.data_type != "f" for cell in cells)
    texts = {cell.value for cell in cells if isinstance(cell.value, str)}
    assert any(text.startswith(FORMULAS[0]) for text in texts)


@pytest.mark.parametrize("fmt", ["jsonl", "jsonld"])
def test_json_exports_carry_markup_as_json_strings(client, attack, fmt):
    data = _download(client, fmt).decode("utf-8")
    docs = [json.loads(line) for line in data.splitlines() if line] if fmt == "jsonl" \
        else [json.loads(data)]
    assert SCRIPT in json.dumps(docs, ensure_ascii=False)   # parsed, so it is a string value
    assert IMG in json.dumps(docs, ensure_ascii=False)


def test_dashboard_table_exports_have_no_formula(client, attack):
    signed_in(client, attack.admin)
    html = client.get("/quan-tri/thong-ke/").get_data(as_text=True)
    links = sorted({part.split('"')[0] for part in html.split('href="')[1:]
                    if part.startswith("/quan-tri/thong-ke/xuat/")})
    assert links, "the dashboard offers its tables for download"
    for link in links:
        resp = client.get(link.replace("&amp;", "&"))
        assert resp.status_code == 200, link
        if link.split("?")[0].endswith(".csv"):
            for row in csv.reader(io.StringIO(resp.get_data().decode("utf-8-sig"))):
                assert not any(c.startswith(("=", "+", "@")) for c in row), (link, row)
        else:
            book = load_workbook(io.BytesIO(resp.get_data()))
            assert all(c.data_type != "f" for r in book.active.iter_rows() for c in r), link
