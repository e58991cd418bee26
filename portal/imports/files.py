"""Importing one file of any supported kind: the entry point the commands use."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Callable

from .excel import import_rows
from .readers import SourceError, kind_of, read_excel_rows, read_json_lines
from .services import ImportReport, import_records


def import_file(path: Path, *, demo_history: bool = False, today: dt.date | None = None,
                progress: Callable[[int], None] | None = None) -> ImportReport:
    """Import ``path`` (.jsonl, .jsonl.gz or .xlsx, by suffix); flushes, never commits.

    Raises SourceError when the file as a whole cannot be read.
    """
    path = Path(path)
    if not path.is_file():
        raise SourceError(f"{path}: no such file")
    if kind_of(path) == "xlsx":
        return import_rows(read_excel_rows(path), path.name, demo_history=demo_history,
                           today=today, progress=progress)
    return import_records(read_json_lines(path), path.name, demo_history=demo_history,
                          today=today, progress=progress)
