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

from ..catalogue.models import AgencyRole, Procedure, ProcedureAgency, ReviewMark, Status
from ..catalogue.rules import is_code
from ..extensions import db
from ..vntext import clean_line, clean_source_line, merge_key, nfc
from .levels import LevelPlan, apply_levels
from .parsers import parse_agencies
from .readers import Row
from .records import infer_level
from .services import CatalogueCache, Conflict, ImportReport, Rejection, load_procedures


def _check(row: Row) -> str:
    code, name = clean_line(row.values.get("code")), clean_source_line(row.values.get("name"))
    if not code:
        return "missing code"
    if not is_code(code):
        return f"malformed code {code!r} (expected D.DDDDDD)"
    if not name:
        return "empty name"
    return ""


def cell_value(text: str | None) -> str:
    """An Excel cell as one value: its lines trimmed, a line repeated or
    contained in another line dropped (``Nông nghiệp\nNông nghiệp`` is
    ``Nông nghiệp``; ``Trồng trọt\nTrồng trọt và BVTV`` is the longer)."""
    lines = [clean_source_line(line) for line in (text or "").split("\n")]
    lines = [line for line in dict.fromkeys(lines) if line]
    kept = [line for line in lines
            if not any(other != line and merge_key(line) in merge_key(other) for other in lines)]
    return " ".join(kept)


def choose(current: str, cell: str, has_record: bool) -> tuple[str, str | None]:
    """THE merge rule for a field both sources have (issue 12), as (value to
    keep, "json"/"excel" when the two really differ, else None).

    The JSON record was read from the procedure's own detail page; the Excel
    list is a summary typed by ministry staff. So a JSON value is never
    replaced by a list cell: the list only fills what the record leaves empty,
    or everything for a code that has no record of its own. Values that differ
    only in case, spacing, Unicode form or tone placement are the same value.
    """
    if not has_record or not current:
        return (cell or current), None
    if not cell or merge_key(nfc(current)) == merge_key(nfc(cell)):
        return current, None
    return current, "json"


def _has_record(proc: Procedure) -> bool:
    """True when a JSON record was imported for ``proc`` (a list-only one
    carries the hash of its list row: see _row_hash)."""
    return bool(proc.content_hash) and not proc.content_hash.startswith("xlsx:")


def _apply_row(proc: Procedure, values: dict, cache: CatalogueCache,
               conflicts: list[tuple[str, str, str, str]] | None = None) -> bool:
    """Update ``proc`` from one row; True when something changed. Each
    disagreement with the JSON record goes to ``conflicts`` as (field, json
    value, excel value, kept)."""
    changed, has_record = False, proc.id is not None and _has_record(proc)
    name, kept = choose(proc.name, cell_value(values.get("name")), has_record)
    if kept and conflicts is not None:
        conflicts.append(("name", proc.name, cell_value(values.get("name")), kept))
    if name and proc.name != name:
        proc.name, changed = name, True
    current_field = proc.field.name if proc.field else ""
    field_name, kept = choose(current_field, cell_value(values.get("field")), has_record)
    if kept and conflicts is not None:
        conflicts.append(("field", current_field, cell_value(values.get("field")), kept))
    field = cache.field(field_name)
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


def _mark(proc: Procedure, kind: str, detail: str) -> None:
    """Add a review mark unless the procedure already carries the same one."""
    if not any(m.kind == kind and m.detail == detail for m in proc.review_marks):
        proc.review_marks.append(ReviewMark(kind=kind, detail=detail[:1000]))


def _row_hash(values: dict) -> str:
    blob = json.dumps(values, sort_keys=True, ensure_ascii=False)
    return "xlsx:" + hashlib.sha256(blob.encode("utf-8")).hexdigest()[:58]


def import_rows(rows: Iterable[Row], source: str, *, demo_history: bool = False,
                today: dt.date | None = None,
                progress: Callable[[int], None] | None = None) -> ImportReport:
    """Upsert the rows of one Excel list; flushes, never commits."""
    report, valid = ImportReport(), {}  # code -> (where, values)
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
    existing = load_procedures(valid, selectinload(Procedure.agency_links),
                               selectinload(Procedure.review_marks))
    plans = []
    for code, (where, values) in valid.items():
        proc = existing.get(code)
        if proc is None:
            # Listed, but no record of its own: a draft that says so, never a
            # published page that looks complete (issue 12).
            proc = Procedure(code=code, name="", level=1, status=Status.DRAFT, agency_links=[],
                             tier_links=[], applicant_links=[], review_marks=[],
                             source_record={"xlsx": values}, content_hash=_row_hash(values))
            db.session.add(proc)
            _apply_row(proc, values, cache)
            _mark(proc, "listed_only", f"{source} {where}")
            report.created += 1
            report.outcomes[code] = "created"
            report.listed_only.append(code)
            plans.append(LevelPlan(proc, infer_level({}), created=True))
            continue
        found: list[tuple[str, str, str, str]] = []
        changed = _apply_row(proc, values, cache, found)
        for field, json_value, excel_value, kept in found:
            report.conflicts.append(
                Conflict(source, where, code, field, json_value, excel_value, kept))
            _mark(proc, "source_conflict",
                  f"{field}: JSON {json_value!r} / Excel {excel_value!r} ({kept} kept)")
        if changed:
            report.updated += 1
            report.outcomes[code] = "updated"
        else:
            report.unchanged += 1
            report.outcomes[code] = "unchanged"
        if not _has_record(proc) and proc.status == Status.DRAFT:
            report.listed_only.append(code)
    db.session.flush()
    report.level_changes, report.demo_changes = apply_levels(
        plans, list(valid), demo_history=demo_history, today=today)
    return report

