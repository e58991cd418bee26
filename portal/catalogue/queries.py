"""Reads of the catalogue."""
from __future__ import annotations

from collections.abc import Iterator, Sequence

from sqlalchemy import Select, func, select
from sqlalchemy.orm import selectinload

from ..collation import vi_sorted
from ..extensions import db
from .models import (
    Agency, AgencyRole, Applicant, Field, Procedure, ProcedureAgency, ProcedureApplicant,
    ProcedureTier, Status,
)

# What the public may see: published procedures, and rescinded ones (their pages
# stay, marked). Drafts are never public.
PUBLIC_STATUSES = (Status.PUBLISHED, Status.RESCINDED)


def level_counts(status: Status = Status.PUBLISHED) -> dict[int, int]:
    """Number of procedures at each level 1–4 (zeros included)."""
    rows = db.session.execute(
        select(Procedure.level, func.count()).where(Procedure.status == status)
        .group_by(Procedure.level)).all()
    counts = {level: 0 for level in (1, 2, 3, 4)}
    counts.update({level: n for level, n in rows})
    return counts


def get_by_code(code: str) -> Procedure | None:
    """A procedure by its code, or None."""
    return db.session.scalars(select(Procedure).where(Procedure.code == code)).first()


def _with_record(stmt: Select) -> Select:
    """Load every part of the record in a fixed number of queries."""
    return stmt.options(
        selectinload(Procedure.agency_links), selectinload(Procedure.tier_links),
        selectinload(Procedure.applicant_links), selectinload(Procedure.steps),
        selectinload(Procedure.channels), selectinload(Procedure.documents),
        selectinload(Procedure.legal_bases))


def get_public_procedure(code: str) -> Procedure | None:
    """A published or rescinded procedure with its whole record, or None (drafts too)."""
    stmt = _with_record(select(Procedure).where(
        Procedure.code == code, Procedure.status.in_(PUBLIC_STATUSES)))
    return db.session.scalars(stmt).first()


def public_procedures_by_codes(codes: Sequence[str]) -> dict[str, Procedure]:
    """Public procedures by code (for decorating a page of search hits)."""
    if not codes:
        return {}
    stmt = select(Procedure).where(
        Procedure.code.in_(list(codes)), Procedure.status.in_(PUBLIC_STATUSES))
    return {p.code: p for p in db.session.scalars(stmt)}


def iter_public_procedures(batch: int = 200) -> Iterator[Procedure]:
    """Every public procedure with its record, by code, fetched in batches (for exports)."""
    stmt = _with_record(select(Procedure).where(Procedure.status.in_(PUBLIC_STATUSES))
                        .order_by(Procedure.code)).execution_options(yield_per=batch)
    yield from db.session.scalars(stmt)


def _level_pivot(key_col, join_stmt: Select) -> dict[int, dict[int, int]]:
    rows = db.session.execute(
        join_stmt.add_columns(key_col, Procedure.level, func.count())
        .where(Procedure.status == Status.PUBLISHED)
        .group_by(key_col, Procedure.level)).all()
    out: dict[int, dict[int, int]] = {}
    for key, level, n in rows:
        out.setdefault(key, {1: 0, 2: 0, 3: 0, 4: 0})[level] = n
    return out


def agencies_with_counts() -> list[tuple[Agency, dict[int, int]]]:
    """Agencies executing at least one published procedure, with counts per level, by name."""
    pivot = _level_pivot(ProcedureAgency.agency_id, select().select_from(ProcedureAgency).join(
        Procedure, Procedure.id == ProcedureAgency.procedure_id).where(
        ProcedureAgency.role == AgencyRole.EXECUTING))
    agencies = db.session.scalars(select(Agency).where(Agency.id.in_(list(pivot)))).all()
    return vi_sorted(((a, pivot[a.id]) for a in agencies), key=lambda row: row[0].name)


def fields_with_counts() -> list[tuple[Field, dict[int, int]]]:
    """Fields with at least one published procedure, with counts per level, by name."""
    pivot = _level_pivot(Procedure.field_id, select().select_from(Procedure).where(
        Procedure.field_id.is_not(None)))
    fields = db.session.scalars(select(Field).where(Field.id.in_(list(pivot)))).all()
    return vi_sorted(((f, pivot[f.id]) for f in fields), key=lambda row: row[0].name)


def get_agency(agency_id: int) -> Agency | None:
    """An agency by id, or None."""
    return db.session.get(Agency, agency_id)


def get_field(field_id: int) -> Field | None:
    """A field by id, or None."""
    return db.session.get(Field, field_id)


def applicant_counts() -> dict[Applicant, int]:
    """Published procedures per applicant type."""
    rows = db.session.execute(
        select(ProcedureApplicant.applicant, func.count()).join(
            Procedure, Procedure.id == ProcedureApplicant.procedure_id)
        .where(Procedure.status == Status.PUBLISHED)
        .group_by(ProcedureApplicant.applicant)).all()
    return {applicant: n for applicant, n in rows}


def tier_counts() -> dict:
    """Published procedures per tier."""
    rows = db.session.execute(
        select(ProcedureTier.tier, func.count()).join(
            Procedure, Procedure.id == ProcedureTier.procedure_id)
        .where(Procedure.status == Status.PUBLISHED)
        .group_by(ProcedureTier.tier)).all()
    return {tier: n for tier, n in rows}
