"""Reads: procedures whose content nobody has confirmed for too long."""
from __future__ import annotations

import datetime as dt

from flask import current_app
from sqlalchemy import and_, or_, select

from ..catalogue.models import Agency, AgencyRole, Procedure, ProcedureAgency, Status, utcnow
from ..collation import vi_key, vi_order
from ..extensions import db


def stale_cutoff(now: dt.datetime | None = None, days: int | None = None) -> dt.datetime:
    """Procedures verified before this moment (or never) are stale."""
    days = days if days is not None else current_app.config["PORTAL_STALE_AFTER_DAYS"]
    return (now or utcnow()) - dt.timedelta(days=days)


def stale_procedures_by_agency(*, now: dt.datetime | None = None, days: int | None = None,
                               agency_id: int | None = None
                               ) -> dict[tuple[int | None, str], list[Procedure]]:
    """Live procedures not verified for more than ``days`` (default
    ``PORTAL_STALE_AFTER_DAYS``), never-verified ones first, grouped by executing
    agency (id, name); a procedure with several executing agencies is listed under each."""
    cutoff = stale_cutoff(now, days)
    stmt = (select(Agency.id, Agency.name, Procedure)
            .select_from(Procedure)
            .outerjoin(ProcedureAgency, and_(ProcedureAgency.procedure_id == Procedure.id,
                                             ProcedureAgency.role == AgencyRole.EXECUTING))
            .outerjoin(Agency, Agency.id == ProcedureAgency.agency_id)
            .where(Procedure.status != Status.RESCINDED,
                   or_(Procedure.verified_at.is_(None), Procedure.verified_at < cutoff))
            .order_by(vi_order(Agency.name, db.engine.dialect.name),
                      Procedure.verified_at.is_not(None), Procedure.verified_at,
                      Procedure.code))
    if agency_id is not None:
        stmt = stmt.where(Agency.id == agency_id)
    grouped: dict[tuple[int | None, str], list[Procedure]] = {}
    for a_id, a_name, proc in db.session.execute(stmt):
        grouped.setdefault((a_id, a_name or ""), []).append(proc)
    # Agencies in Vietnamese order (SQL orders by code point); no agency last.
    return dict(sorted(grouped.items(), key=lambda kv: (kv[0][0] is None, vi_key(kv[0][1]))))
