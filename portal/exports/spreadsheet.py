"""How stored text goes into a spreadsheet cell without becoming a formula: the one rule
for the open-data exports and the dashboard's tables.

A spreadsheet program evaluates a CSV cell starting with one of FORMULA_STARTS
("=HYPERLINK(...)", "+cmd|..."); CSV has no types, so such text is written behind an
apostrophe. An XLSX cell has a type: text is stored as a string cell, which no program
evaluates, so it is written exactly as stored, with no apostrophe to show.
"""
from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value):
    """``value`` with a leading apostrophe when it is text a spreadsheet would evaluate."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def xlsx_cell(sheet, value):
    """An openpyxl cell for ``value``: text as a string cell, never a formula; numbers
    and dates keep their type."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)    # control characters XML cannot hold
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str):
        cell.data_type = "s"
    return cell
