"""Importing the national Excel lists (``Mã số | Tên | Cơ quan ban hành | Cơ quan
thực hiện | Lĩnh vực``).

An Excel row carries a few columns only: it updates those it has a value for
and never wipes richer data imported from the JSON lines (steps, tables,
competent agencies …). Executing agencies from the row are added to the ones
already known, in order. A row for an unknown code creates a minimal
procedure, whose level is inferred like any other (1: information only).
``Cơ quan ban hành`` (the ministry that published the list) has no column of
its own; for a minimal procedure it is kept in ``source_record``.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Callable, Iterable

from sqlalchemy.orm import selectinload

from ..catalogue.models import AgencyRole, Procedure, ProcedureAgency
from ..extensions import db
from ..vntext import clean_line, clean_source_line
from .levels import LevelPlan, apply_levels
from .parsers import parse_agencies, valid_code
from .readers import Row
from .records import infer_level
from .services import CatalogueCache, ImportReport, Rejection, load_procedures


def _check(row: Row) -> str:
    code, name = clean_line(row.values.get("code")), clean_source_line(row.values.get("name"))
    if not code:
        return "missing code"
    if not valid_code(code):
        return f"malformed code {code!r} (expected D.DDDDDD)"
    if not name:
        return "empty name"
    return ""


def _apply_row(proc: Procedure, values: dict, cache: CatalogueCache) -> bool:
    """Update ``proc`` from one row; True when something changed."""
    changed = False
    name = clean_source_line(values.get("name"))
    if name and proc.name != name:
        proc.name, changed = name, True
    field = cache.field(values.get("field", ""))
    if field is not None and proc.field is not field:
        proc.field, changed = field, True
    known = {link.agency.key for link in proc.agency_links if link.role == AgencyRole.EXECUTING}
    position = len(proc.agency_links)
    # Line breaks separate agencies in the lists; commas are inside names there.
    for agency_name in parse_agencies(values.get("executing"), separators="\n"):
        agency = cache.agency(agency_name)
        if agency.key in known:
            continue
        known.add(agency.key)
        proc.agency_links.append(
            ProcedureAgency(agency=agency, role=AgencyRole.EXECUTING, position=position))
        position, changed = position + 1, True
    return changed


def _row_hash(values: dict) -> str:
    blob = json.dumps(values, sort_keys=True, ensure_ascii=False)
    return "xlsx:" + hashlib.sha256(blob.encode("utf-8")).hexdigest()[:58]


def import_rows(rows: Iterable[Row], source: str, *, demo_history: bool = False,
                today: dt.date | None = None,
                progress: Callable[[int], None] | None = None) -> ImportReport:
    """Upsert the rows of one Excel list; flushes, never commits."""
    report, valid = ImportReport(), {}
    for row in rows:
        report.read += 1
        where = f"sheet {row.sheet!r} row {row.number}"
        reason = _check(row)
        code = clean_line(row.values.get("code"))
        if not reason and code in valid:
            reason = f"code {code} already listed in {valid[code][0]}"
        if reason:
            report.rejected.append(Rejection(source, where, reason))
            continue
        valid[code] = (where, row.values)
        if progress:
            progress(1)
    cache = CatalogueCache()
    existing = load_procedures(valid, selectinload(Procedure.agency_links))
    plans = []
    for code, (_, values) in valid.items():
        proc = existing.get(code)
        if proc is None:
            proc = Procedure(code=code, name="", level=1, agency_links=[], tier_links=[],
                             applicant_links=[], source_record={"xlsx": values},
                             content_hash=_row_hash(values))
            db.session.add(proc)
            _apply_row(proc, values, cache)
            report.created += 1
            plans.append(LevelPlan(proc, infer_level({}), created=True))
        elif _apply_row(proc, values, cache):
            report.updated += 1
        else:
            report.unchanged += 1
    db.session.flush()
    report.level_changes, report.demo_changes = apply_levels(
        plans, list(valid), demo_history=demo_history, today=today)
    return report

