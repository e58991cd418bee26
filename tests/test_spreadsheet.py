"""The one rule for stored text in spreadsheet cells (portal/exports/spreadsheet.py)."""
from __future__ import annotations

import datetime as dt
import io

import pytest
from openpyxl import Workbook, load_workbook

from portal.exports.spreadsheet import FORMULA_STARTS, csv_cell, xlsx_cell

DANGEROUS = ['=HYPERLINK("http://evil.example","x")', "+cmd|' /C calc'!A0", "-2+3",
             "@SUM(A1)", "\t=1+1", "\r=1+1"]


@pytest.mark.parametrize("text", DANGEROUS)
def test_csv_puts_an_apostrophe_before_a_formula(text):
    assert text.startswith(FORMULA_STARTS)
    assert csv_cell(text) == "'" + text


@pytest.mark.parametrize("value", ["Sở Tư pháp", "1.000178", "", 3, -1, 12.5, None,
                                   "a=b", " =1"])
def test_csv_leaves_everything_else(value):
    assert csv_cell(value) == value


def read_back(values):
    book = Workbook()
    sheet = book.active
    sheet.append([xlsx_cell(sheet, v) for v in values])
    out = io.BytesIO()
    book.save(out)
    return load_workbook(io.BytesIO(out.getvalue())).active


def test_xlsx_stores_formula_text_as_text_without_an_apostrophe():
    sheet = read_back(DANGEROUS[:4])
    for column, text in zip("ABCD", DANGEROUS):
        assert sheet[f"{column}1"].data_type == "s"
        assert sheet[f"{column}1"].value == text


def test_xlsx_keeps_numbers_and_dates_and_drops_what_xml_cannot_hold():
    sheet = read_back([3, 12.5, dt.date(2019, 12, 31), "Hộ\x01 tịch"])
    assert (sheet["A1"].value, sheet["B1"].value) == (3, 12.5)
    assert sheet["C1"].value.date() == dt.date(2019, 12, 31)
    assert sheet["D1"].value == "Hộ tịch"
