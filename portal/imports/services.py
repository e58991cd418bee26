"""Upserting normalised records into the catalogue, by code.

Speed: the full national file (2,642 records) must import in seconds, so
nothing is queried per record. Agencies, fields and every procedure's
code/id/content hash are loaded into dicts once per file; only the procedures
that will really change are loaded in full, in a few batched queries.
Services flush; the command edge commits, once per file.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field as dc_field
from typing import Callable, Iterable

from sqlalchemy import delete, null, select

from ..audit.models import AuditEntry
from ..catalogue.models import (
    Agency, AgencyRole, Applicant, Channel, ChannelKind, DossierDocument, Field, LegalBasis,
    Procedure, ProcedureAgency, ProcedureApplicant, ProcedureTier, ReviewMark, Status, Step,
    Tier,
)
from ..extensions import db
from ..vntext import clean_line, merge_key
from .levels import LevelPlan, apply_levels
from .records import (
    CodeMismatch, RecordError, check_record, content_hash, infer_level, normalise_record,
    resolve_code,
)


@dataclass(frozen=True)
class Rejection:
    source: str
    where: str
    reason: str


@dataclass(frozen=True)
class Warning_:
    """A record imported with something a human must look at (issue 12)."""
    source: str
    line: int
    code: str
    kind: str
    detail: str


@dataclass(frozen=True)
class Conflict:
    """The JSON record and an Excel list disagree on a field (see excel.py)."""
    source: str
    where: str
    code: str
    field: str
    json_value: str
    excel_value: str
    kept: str  # "json" or "excel"


@dataclass
class ImportReport:
    """What an import did; ``read`` counts lines/rows that could be read at all."""
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    read: int = 0
    level_changes: int = 0
    demo_changes: int = 0
    rejected: list[Rejection] = dc_field(default_factory=list)
    mismatches: list[CodeMismatch] = dc_field(default_factory=list)
    failed_files: list[str] = dc_field(default_factory=list)
    # code -> "created" / "updated" / "unchanged": lets a total over several files count each
    # procedure once (the Excel lists update what the national file just created).
    outcomes: dict[str, str] = dc_field(default_factory=dict)
    warnings: list[Warning_] = dc_field(default_factory=list)
    conflicts: list[Conflict] = dc_field(default_factory=list)
    listed_only: list[str] = dc_field(default_factory=list)   # Excel codes with no record
    staff_kept: list[str] = dc_field(default_factory=list)    # staff-edited, left alone

    def merge(self, other: "ImportReport") -> None:
        """Add ``other``'s lists to this report; a procedure counts once, by its first news."""
        for name in ("read", "level_changes", "demo_changes"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for code, outcome in other.outcomes.items():
            before = self.outcomes.get(code)
            if before is None or _RANK[outcome] > _RANK[before]:
                self.outcomes[code] = outcome
        counts = {"created": 0, "updated": 0, "unchanged": 0}
        for outcome in self.outcomes.values():
            counts[outcome] += 1
        self.created, self.updated, self.unchanged = (
            counts["created"], counts["updated"], counts["unchanged"])
        self.rejected += other.rejected
        self.mismatches += other.mismatches
        self.failed_files += other.failed_files
        self.warnings += other.warnings
        self.conflicts += other.conflicts
        self.listed_only += other.listed_only
        self.staff_kept += other.staff_kept


_RANK = {"unchanged": 0, "updated": 1, "created": 2}

# Child tables, rewritten as a whole when a record changes.
_CHILD_MODELS = (ProcedureAgency, ProcedureTier, ProcedureApplicant, Step, Channel,
                 DossierDocument, LegalBasis, ReviewMark)
_CHILD_ATTRS = ("agency_links", "tier_links", "applicant_links", "steps", "channels",
                "documents", "legal_bases", "review_marks")
# Marks only the importer of JSON records sets (the Excel lists set the others).
_RECORD_MARKS = ("unparsed_table", "disputed_fee", "suspicious_legal_number",
                 "missing_conditions", "missing_result", "missing_documents",
                 "remark_with_quantity")
_SCALARS = ("name", "procedure_type", "receiving_address", "result", "conditions",
            "time_limit_text", "time_limit_days", "fee_text", "decision_number",
            "source_url", "source_group", "online_url", "is_demo", "steps_preamble",
            "steps_labelled")


class CatalogueCache:
    """Agencies, fields and procedure codes of the database, loaded once."""

    def __init__(self) -> None:
        self.agencies = {a.key: a for a in db.session.scalars(select(Agency))}
        self.fields = {f.key: f for f in db.session.scalars(select(Field))}
        self.hashes = dict(db.session.execute(select(Procedure.code, Procedure.content_hash)).all())

    def agency(self, name: str) -> Agency:
        """The agency named ``name`` (merged by merge_key), created when new."""
        key = merge_key(name)
        agency = self.agencies.get(key)
        if agency is None:
            agency = self.agencies[key] = Agency(name=clean_line(name), key=key)
            db.session.add(agency)
        return agency

    def field(self, name: str) -> Field | None:
        """The field named ``name`` (merged by merge_key), created when new."""
        if not clean_line(name):
            return None
        key = merge_key(name)
        found = self.fields.get(key)
        if found is None:
            found = self.fields[key] = Field(name=clean_line(name), key=key)
            db.session.add(found)
        return found


def load_procedures(codes: Iterable[str], *options) -> dict[str, Procedure]:
    """The procedures with these codes, in batched queries (``options``: loader
    options such as selectinload for the relationships the caller will read)."""
    codes = list(codes)
    found: dict[str, Procedure] = {}
    for start in range(0, len(codes), 500):
        stmt = (select(Procedure).where(Procedure.code.in_(codes[start:start + 500]))
                .options(*options))
        found.update((p.code, p) for p in db.session.scalars(stmt))
    return found


def _agency_rows(proc_id: int, by_role: dict[str, list[str]], cache: CatalogueCache) -> list:
    rows, seen = [], set()
    for role_value, names in by_role.items():
        for name in names:
            agency = cache.agency(name)
            if (agency.key, role_value) in seen:
                continue
            seen.add((agency.key, role_value))
            rows.append({"procedure_id": proc_id, "agency_id": agency.id,
                         "role": AgencyRole(role_value), "position": len(rows)})
    return rows


def _child_rows(proc_id: int, payload: dict, cache: CatalogueCache) -> dict[type, list]:
    """Every child row of ``payload`` as plain dicts, for bulk INSERTs."""
    pid, now = {"procedure_id": proc_id}, dt.datetime.now(dt.timezone.utc)
    return {
        ProcedureAgency: _agency_rows(proc_id, payload["agencies"], cache),
        ProcedureTier: [{**pid, "tier": Tier(t)} for t in payload["tiers"]],
        ProcedureApplicant: [{**pid, "applicant": Applicant(a)} for a in payload["applicants"]],
        Step: [{**pid, "position": i, "text": t} for i, t in enumerate(payload["steps"])],
        Channel: [{**pid, **row, "position": i, "kind": ChannelKind(row["kind"])}
                  for i, row in enumerate(payload["channels"])],
        DossierDocument: [{**pid, **row, "position": i}
                          for i, row in enumerate(payload["documents"])],
        LegalBasis: [{**pid, "position": i, "number": row["number"][:200], "title": row["title"],
                      "issued_on": dt.date.fromisoformat(row["issued_on"])
                      if row["issued_on"] else None,
                      "issuer": row["issuer"][:300] if row.get("issuer") else None,
                      "unparsed": row["unparsed"]}
                     for i, row in enumerate(payload["legal_bases"])],
        ReviewMark: [{**pid, "kind": kind, "detail": detail, "created_at": now}
                     for kind, detail in payload["marks"]],
    }


def _write_children(procs: list[tuple[Procedure, dict]], cache: CatalogueCache,
                    updated: list[Procedure]) -> None:
    """Replace the child rows of these (flushed) procedures in bulk.

    The procedures themselves go through the ORM (so flush hooks see every
    new or changed procedure and its version moves); their tables, tens of
    thousands of rows for the national file, are written with bulk INSERTs.
    """
    for _, payload in procs:  # create the new agencies first: their ids are needed
        for names in payload["agencies"].values():
            for name in names:
                cache.agency(name)
    db.session.flush()
    ids = [proc.id for proc in updated]
    for model in _CHILD_MODELS:
        for start in range(0, len(ids), 500):
            stmt = delete(model).where(model.procedure_id.in_(ids[start:start + 500]))
            if model is ReviewMark:  # the record's own marks are recomputed; it now exists
                stmt = stmt.where(ReviewMark.kind.in_((*_RECORD_MARKS, "listed_only")))
            db.session.execute(stmt)
    rows: dict[type, list] = {model: [] for model in _CHILD_MODELS}
    for proc, payload in procs:
        for model, more in _child_rows(proc.id, payload, cache).items():
            rows[model] += more
    for model, batch in rows.items():
        if batch:  # Core executemany: several times faster than the ORM's bulk path
            db.session.execute(model.__table__.insert(), batch)
    for proc, _ in procs:  # the ORM collections must not show the old rows
        db.session.expire(proc, list(_CHILD_ATTRS))


@dataclass
class _Prepared:
    line: int
    code: str
    payload: dict | None  # None: unchanged, not parsed
    digest: str
    record: dict


def _prepare(lines, source: str, report: ImportReport, hashes: dict[str, str],
             progress: Callable[[int], None] | None) -> list[_Prepared]:
    """Read every line; reject the unreadable, the invalid and repeated codes;
    parse the records whose content hash differs from the stored one."""
    prepared: dict[str, _Prepared] = {}
    for line in lines:
        if progress:
            progress(1)
        if line.record is None:
            report.rejected.append(Rejection(source, f"line {line.number}", line.error))
            continue
        report.read += 1
        code, mismatch = resolve_code(line.record, line.number)
        if mismatch:
            report.mismatches.append(mismatch)
        try:
            check_record(line.record, code)
        except RecordError as err:
            report.rejected.append(Rejection(source, f"line {line.number}", str(err)))
            continue
        if code in prepared:
            first = prepared[code].line
            reason = (f"listed as {mismatch.listed}, but its detail page is procedure {code},"
                      f" already imported from line {first}" if mismatch else
                      f"code {code} already imported from line {first} of this file")
            report.rejected.append(Rejection(source, f"line {line.number}", reason))
            continue
        digest = content_hash(line.record, code)
        payload = None if hashes.get(code) == digest else normalise_record(line.record, code)
        prepared[code] = _Prepared(line.number, code, payload, digest, line.record)
    return list(prepared.values())


def staff_edited_ids(ids: Iterable[int]) -> set[int]:
    """Procedures among ``ids`` that staff have edited (an update in the audit trail)."""
    ids, found = list(ids), set()
    for start in range(0, len(ids), 500):
        found.update(db.session.scalars(select(AuditEntry.entity_id).where(
            AuditEntry.entity == "procedure", AuditEntry.action == "update",
            AuditEntry.entity_id.in_(ids[start:start + 500]))))
    return found


def _same_source(proc: Procedure, item: "_Prepared") -> bool:
    """True when ``item`` is the record ``proc`` was imported from (only the
    parser changed since): re-parsing it must not undo a staff edit."""
    stored = proc.source_record
    return isinstance(stored, dict) and "xlsx" not in stored and \
        content_hash(stored, item.code) == item.digest


def import_records(lines, source: str, *, demo_history: bool = False,
                   today: dt.date | None = None,
                   progress: Callable[[int], None] | None = None) -> ImportReport:
    """Upsert the records of one JSON-lines source; flushes, never commits."""
    report = ImportReport()
    cache = CatalogueCache()
    items = _prepare(lines, source, report, cache.hashes, progress)
    changed = [it for it in items if it.payload is not None]
    report.unchanged = len(items) - len(changed)
    report.outcomes.update((it.code, "unchanged") for it in items if it.payload is None)
    existing = load_procedures(it.code for it in changed if it.code in cache.hashes)
    edited = staff_edited_ids(p.id for p in existing.values())
    plans: list[LevelPlan] = []
    written = []
    for item in changed:
        proc = existing.get(item.code)
        if proc is not None and proc.id in edited and _same_source(proc, item):
            report.staff_kept.append(item.code)  # only the parser moved: staff's text wins
            report.unchanged += 1
            continue
        report.warnings += [Warning_(source, item.line, item.code, kind, detail)
                            for kind, detail in item.payload["marks"] if kind == "unparsed_table"]
        level = infer_level(item.payload)
        if proc is None:
            proc = Procedure(code=item.code, level=level)
            db.session.add(proc)
            report.created += 1
        else:
            report.updated += 1
            if proc.status == Status.DRAFT and proc.content_hash.startswith("xlsx:"):
                proc.status = Status.PUBLISHED  # listed only until now: the record completes it
        report.outcomes[item.code] = "created" if item.code not in existing else "updated"
        for name in _SCALARS:
            value = item.payload[name]
            # null(): a None on a new row would let the column's "" default win.
            setattr(proc, name, null() if value is None else value)
        proc.field = cache.field(item.payload["field"])
        written.append((proc, item.payload))
        proc.source_record = item.record
        proc.content_hash = item.digest
        cache.hashes[item.code] = item.digest
        plans.append(LevelPlan(proc, level, created=item.code not in existing))
    _write_children(written, cache, [proc for proc, _ in written if proc.code in existing])
    report.level_changes, report.demo_changes = apply_levels(
        plans, [it.code for it in items], demo_history=demo_history, today=today)
    return report
