"""The four export formats, each a generator of bytes."""
from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Callable

from ..catalogue.queries import iter_public_procedures
from .jsonld import CONTEXT, public_service
from .record import FLAT_COLUMNS, flat_row, procedure_record
from .spreadsheet import csv_cell, xlsx_cell

CHUNK = 64 * 1024


def _records() -> Iterator[dict]:
    for proc in iter_public_procedures():
        yield procedure_record(proc)


def iter_csv() -> Iterator[bytes]:
    """CSV, UTF-8 with a BOM so that Excel reads Vietnamese correctly; no cell is a formula."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=FLAT_COLUMNS, lineterminator="\r\n")
    buf.write("\ufeff")
    writer.writeheader()
    for rec in _records():
        writer.writerow({k: csv_cell(v) for k, v in flat_row(rec).items()})
        if buf.tell() >= CHUNK:
            yield buf.getvalue().encode("utf-8")
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue().encode("utf-8")


def iter_jsonl() -> Iterator[bytes]:
    """One JSON record a line."""
    for rec in _records():
        yield (json.dumps(rec, ensure_ascii=False) + "\n").encode("utf-8")


def iter_jsonld() -> Iterator[bytes]:
    """A JSON-LD document whose @graph holds one CPSV-AP PublicService per procedure."""
    yield b'{"@context": ' + json.dumps(CONTEXT, ensure_ascii=False).encode() + b', "@graph": ['
    first = True
    for rec in _records():
        item = json.dumps(public_service(rec), ensure_ascii=False).encode("utf-8")
        yield (b"\n" if first else b",\n") + item
        first = False
    yield b"\n]}\n"


def iter_xlsx() -> Iterator[bytes]:
    """XLSX written in openpyxl's write-only mode to a temporary file, then streamed."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("thu_tuc")
    ws.append(list(FLAT_COLUMNS))
    for rec in _records():
        row = flat_row(rec)
        ws.append([xlsx_cell(ws, row[c]) for c in FLAT_COLUMNS])
    fd, path = tempfile.mkstemp(suffix=".xlsx")
    os.close(fd)
    try:
        wb.save(path)
        with open(path, "rb") as fh:
            while chunk := fh.read(CHUNK):
                yield chunk
    finally:
        os.unlink(path)


@dataclass(frozen=True)
class ExportFormat:
    extension: str
    mimetype: str
    generate: Callable[[], Iterator[bytes]]


FORMATS: dict[str, ExportFormat] = {
    "csv": ExportFormat("csv", "text/csv; charset=utf-8", iter_csv),
    "xlsx": ExportFormat(
        "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", iter_xlsx),
    "jsonl": ExportFormat("jsonl", "application/x-ndjson; charset=utf-8", iter_jsonl),
    "jsonld": ExportFormat("jsonld", "application/ld+json; charset=utf-8", iter_jsonld),
}
