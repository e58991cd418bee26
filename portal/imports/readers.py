"""Reading the source files line by line and row by row, never stopping at a bad one."""
from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from ..vntext import clean_line, clean_source


class SourceError(Exception):
    """The file as a whole cannot be read (missing, not a workbook, …)."""


@dataclass(frozen=True)
class Line:
    """One JSON line: its record, or why it could not be read."""
    number: int
    record: dict | None
    error: str = ""


def kind_of(path: Path) -> str:
    """``jsonl`` or ``xlsx`` from the file name, or raise SourceError."""
    name = path.name.lower()
    if name.endswith((".jsonl", ".jsonl.gz", ".json.gz", ".ndjson")):
        return "jsonl"
    if name.endswith(".xlsx"):
        return "xlsx"
    raise SourceError(f"{path.name}: unknown file type (expected .jsonl, .jsonl.gz or .xlsx)")


def read_json_lines(path: Path) -> Iterator[Line]:
    """Each non-blank line of a JSON-lines file (gzipped when named .gz)."""
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    try:
        handle = opener(path, "rt", encoding="utf-8", errors="replace")
    except OSError as err:
        raise SourceError(f"{path}: {err.strerror or err}") from err
    with handle:
        try:
            for number, text in enumerate(handle, start=1):
                if not text.strip():
                    continue
                try:
                    record = json.loads(text)
                except json.JSONDecodeError as err:
                    yield Line(number, None, f"broken JSON ({err.msg}, column {err.colno})")
                    continue
                if not isinstance(record, dict):
                    yield Line(number, None, "not a JSON object")
                    continue
                yield Line(number, record)
        except (OSError, EOFError) as err:  # a truncated or corrupt gzip stream
            raise SourceError(f"{path}: {err}") from err


# Header cells of the national Excel lists, folded to our keys.
EXCEL_COLUMNS = {
    "mã số": "code", "mã thủ tục": "code", "tên": "name", "tên thủ tục": "name",
    "cơ quan ban hành": "issuing_agency", "cơ quan thực hiện": "executing",
    "lĩnh vực": "field",
}


@dataclass(frozen=True)
class Row:
    """One Excel row as {key: text}, with where it came from."""
    sheet: str
    number: int
    values: dict


def _cell(value) -> str:
    if value is None:
        return ""
    return clean_source(str(value))


def read_excel_rows(path: Path) -> Iterator[Row]:
    """Data rows of every sheet: the title block is skipped up to the header
    row (``Mã số | Tên | …``); empty rows are skipped."""
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as err:  # openpyxl raises many types for a bad file
        raise SourceError(f"{path.name}: not a readable Excel workbook ({err})") from err
    try:
        for sheet in workbook.worksheets:
            columns: dict[int, str] | None = None
            for number, cells in enumerate(sheet.iter_rows(values_only=True), start=1):
                texts = [_cell(c) for c in cells]
                if columns is None:
                    keys = {i: EXCEL_COLUMNS.get(clean_line(t).casefold())
                            for i, t in enumerate(texts)}
                    if "code" in keys.values() and "name" in keys.values():
                        columns = {i: k for i, k in keys.items() if k}
                    continue
                if not any(texts):
                    continue
                values = {key: texts[i] if i < len(texts) else "" for i, key in columns.items()}
                yield Row(sheet.title, number, values)
    finally:
        workbook.close()
