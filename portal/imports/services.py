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

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..catalogue.models import (
    Agency, AgencyRole, Applicant, Channel, ChannelKind, DossierDocument, Field, LegalBasis,
    Procedure, ProcedureAgency, ProcedureApplicant, ProcedureTier, Step, Tier,
)
from ..extensions import db
from ..vntext import clean_line, merge_key
from .levels import LevelPlan, apply_levels
from .records import CodeMismatch, RecordError, content_hash, infer_level, normalise_record, resolve_code


@dataclass(frozen=True)
class Rejection:
    source: str
    where: str
    reason: str


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

    def merge(self, other: "ImportReport") -> None:
        """Add ``other``'s counts and lists to this report."""
        for name in ("created", "updated", "unchanged", "read", "level_changes", "demo_changes"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.rejected += other.rejected
        self.mismatches += other.mismatches
        self.failed_files += other.failed_files


_CHILDREN = (Procedure.agency_links, Procedure.tier_links, Procedure.applicant_links,
             Procedure.steps, Procedure.channels, Procedure.documents, Procedure.legal_bases)


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


def load_procedures(codes: Iterable[str]) -> dict[str, Procedure]:
    """The procedures with these codes, children loaded in batched queries."""
    codes = list(codes)
    found: dict[str, Procedure] = {}
    for start in range(0, len(codes), 500):
        stmt = (select(Procedure).where(Procedure.code.in_(codes[start:start + 500]))
                .options(*(selectinload(rel) for rel in _CHILDREN)))
        found.update((p.code, p) for p in db.session.scalars(stmt))
    return found


def _set_agencies(proc: Procedure, by_role: dict[str, list[str]], cache: CatalogueCache) -> None:
    old = {(link.agency.key if link.agency else None, link.role): link
           for link in proc.agency_links}
    links = []
    for role_value, names in by_role.items():
        role = AgencyRole(role_value)
        seen = set()
        for name in names:
            agency = cache.agency(name)
            if agency.key in seen:
                continue
            seen.add(agency.key)
            link = old.get((agency.key, role)) or ProcedureAgency(agency=agency, role=role)
            link.position = len(links)
            links.append(link)
    proc.agency_links = links


def _set_content(proc: Procedure, payload: dict, cache: CatalogueCache) -> None:
    """Write every part of ``payload`` onto ``proc``."""
    for name in ("name", "procedure_type", "receiving_address", "result", "conditions",
                 "time_limit_text", "time_limit_days", "fee_text", "decision_number",
                 "source_url", "source_group", "online_url", "is_demo"):
        setattr(proc, name, payload[name])
    proc.field = cache.field(payload["field"])
    _set_agencies(proc, payload["agencies"], cache)
    old_tiers = {link.tier: link for link in proc.tier_links}
    proc.tier_links = [old_tiers.get(Tier(t)) or ProcedureTier(tier=Tier(t))
                       for t in payload["tiers"]]
    old_app = {link.applicant: link for link in proc.applicant_links}
    proc.applicant_links = [old_app.get(Applicant(a)) or ProcedureApplicant(applicant=Applicant(a))
                            for a in payload["applicants"]]
    proc.steps = [Step(position=i, text=text) for i, text in enumerate(payload["steps"])]
    proc.channels = [Channel(position=i, **{**row, "kind": ChannelKind(row["kind"])})
                     for i, row in enumerate(payload["channels"])]
    proc.documents = [DossierDocument(position=i, **row)
                      for i, row in enumerate(payload["documents"])]
    proc.legal_bases = [
        LegalBasis(position=i, number=row["number"][:200], title=row["title"],
                   issued_on=dt.date.fromisoformat(row["issued_on"]) if row["issued_on"] else None)
        for i, row in enumerate(payload["legal_bases"])]


@dataclass
class _Prepared:
    line: int
    code: str
    payload: dict
    digest: str
    record: dict


def _prepare(lines, source: str, report: ImportReport,
             progress: Callable[[int], None] | None) -> list[_Prepared]:
    """Parse every line; reject the unreadable, the invalid and repeated codes."""
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
            payload = normalise_record(line.record, code)
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
        prepared[code] = _Prepared(line.number, code, payload, content_hash(payload), line.record)
    return list(prepared.values())


def import_records(lines, source: str, *, demo_history: bool = False,
                   today: dt.date | None = None,
                   progress: Callable[[int], None] | None = None) -> ImportReport:
    """Upsert the records of one JSON-lines source; flushes, never commits."""
    report = ImportReport()
    items = _prepare(lines, source, report, progress)
    cache = CatalogueCache()
    changed = [it for it in items if cache.hashes.get(it.code) != it.digest]
    report.unchanged = len(items) - len(changed)
    existing = load_procedures(it.code for it in changed if it.code in cache.hashes)
    plans: list[LevelPlan] = []
    for item in changed:
        proc = existing.get(item.code)
        level = infer_level(item.payload)
        if proc is None:
            proc = Procedure(code=item.code, level=level, tier_links=[], applicant_links=[],
                             agency_links=[])
            db.session.add(proc)
            report.created += 1
        else:
            report.updated += 1
        _set_content(proc, item.payload, cache)
        proc.source_record = item.record
        proc.content_hash = item.digest
        cache.hashes[item.code] = item.digest
        plans.append(LevelPlan(proc, level, created=item.code not in existing))
    db.session.flush()
    report.level_changes, report.demo_changes = apply_levels(
        plans, [it.code for it in items], demo_history=demo_history, today=today)
    return report
