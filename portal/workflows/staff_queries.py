"""Reads for the staff pages and the staff API: procedures within a user's agencies."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, func, or_, select

from ..accounts.models import User
from ..catalogue.models import Agency, Field, Procedure, ProcedureAgency, Status
from ..catalogue.rules import SCOPE_ROLES
from ..collation import vi_sorted
from ..extensions import db
from ..vntext import clean_line
from .services import user_agency_ids

PAGE_SIZE = 50


@dataclass
class StaffFilters:
    status: str = ""
    level: int | None = None
    agency_id: int | None = None
    q: str = ""
    page: int = 1


def _scoped(user: User) -> Select:
    stmt = select(Procedure)
    if not user.is_admin:
        scoped = (select(ProcedureAgency.procedure_id)
                  .where(ProcedureAgency.agency_id.in_(user_agency_ids(user) or {-1}),
                         ProcedureAgency.role.in_(SCOPE_ROLES)))
        stmt = stmt.where(Procedure.id.in_(scoped))
    return stmt


def list_procedures(user: User, filters: StaffFilters) -> tuple[list[Procedure], int]:
    """One page of the procedures ``user`` may edit, with the total count."""
    stmt = _scoped(user)
    if filters.status in {s.value for s in Status}:
        stmt = stmt.where(Procedure.status == Status(filters.status))
    if filters.level in (1, 2, 3, 4):
        stmt = stmt.where(Procedure.level == filters.level)
    if filters.agency_id:
        stmt = stmt.where(Procedure.id.in_(select(ProcedureAgency.procedure_id).where(
            ProcedureAgency.agency_id == filters.agency_id)))
    q = clean_line(filters.q)
    if q:
        like = f"%{q.replace('%', '').replace('_', '')}%"
        stmt = stmt.where(or_(Procedure.code.ilike(like), Procedure.name.ilike(like)))
    total = db.session.scalar(select(func.count()).select_from(stmt.subquery()))
    page = max(1, filters.page)
    rows = db.session.scalars(stmt.order_by(Procedure.code)
                              .offset((page - 1) * PAGE_SIZE).limit(PAGE_SIZE)).unique().all()
    return list(rows), total or 0


def agency_choices(user: User | None = None) -> list[Agency]:
    """Agencies to choose from: the user's own, or every agency for an administrator."""
    if user is not None and not user.is_admin:
        return vi_sorted(user.agencies, key=lambda a: a.name)
    return vi_sorted(db.session.scalars(select(Agency)), key=lambda a: a.name)


def field_choices() -> list[Field]:
    """Every field (lĩnh vực), by name."""
    return vi_sorted(db.session.scalars(select(Field)), key=lambda f: f.name)
