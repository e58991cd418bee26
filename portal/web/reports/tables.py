"""Tables shown under the charts, and their CSV and XLSX exports."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from openpyxl import Workbook
from openpyxl.styles import Font

from ...exports.spreadsheet import csv_cell, xlsx_cell


@dataclass
class Table:
    name: str                 # used in export URLs and file names
    title: str
    headers: list[str]
    rows: list[list] = field(default_factory=list)

    def to_csv(self) -> bytes:
        """UTF-8 with a byte-order mark, so spreadsheet programs read Vietnamese right."""
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(self.headers)
        writer.writerows([_plain(v) for v in row] for row in self.rows)
        return ("\ufeff" + buf.getvalue()).encode("utf-8")

    def to_xlsx(self) -> bytes:
        """One sheet with a bold header row; numbers stay numbers, dates stay dates."""
        book = Workbook()
        sheet = book.active
        sheet.title = self.name[:31]
        sheet.append(self.headers)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in self.rows:
            sheet.append([_xlsx_value(sheet, v) for v in row])
        out = io.BytesIO()
        book.save(out)
        return out.getvalue()


def _plain(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, int) or hasattr(value, "isoformat"):
        return str(value)
    return csv_cell(str(value))


def _xlsx_value(sheet, value):
    if value is None or isinstance(value, (int, float)) or hasattr(value, "isoformat"):
        return value
    return xlsx_cell(sheet, str(value))


def pct(value: float | None) -> float | None:
    """A 0–1 share as a percentage rounded to two decimals."""
    return None if value is None else round(100 * value, 2)
