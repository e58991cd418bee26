"""Exported tables: readable Vietnamese in Excel, no formulas from stored text."""
import datetime as dt
import io

from openpyxl import load_workbook

from portal.web.reports.tables import Table


def test_csv_and_xlsx_keep_types_and_defuse_formulas():
    table = Table("groups", "Xếp hạng", ["Cơ quan", "Số", "Tỉ lệ", "Ngày"],
                  [["=HYPERLINK(\"x\")", 3, 12.5, dt.date(2019, 12, 31)],
                   ["Sở Tư pháp", -1, None, None]])
    text = table.to_csv().decode("utf-8")
    assert text.startswith("\ufeffCơ quan,Số")
    assert "'=HYPERLINK" in text and "Sở Tư pháp,-1,," in text
    sheet = load_workbook(io.BytesIO(table.to_xlsx())).active
    assert sheet["A2"].data_type == "s"        # stored as text: shown as is, never evaluated
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[1][0] == "=HYPERLINK(\"x\")" and rows[1][1:3] == (3, 12.5)
    assert rows[1][3].date() == dt.date(2019, 12, 31)
    assert rows[2] == ("Sở Tư pháp", -1, None, None)
