"""Reads of link checks: broken links per agency, broken online links at level 3–4."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, exists, select

from ..catalogue.models import Agency, AgencyRole, LegalBasis, Procedure, ProcedureAgency, Status
from ..collation import vi_key
from ..extensions import db
from .models import LinkCheck, LinkKind


@dataclass(frozen=True)
class BrokenLink:
    agency_id: int | None
    agency_name: str
    procedure_id: int
    code: str
    name: str
    level: int
    role: LinkKind  # where the procedure uses the URL
    url: str
    status_code: int | None
    error: str
    checked_at: dt.datetime


def _broken(url_col, *joins):
    stmt = (select(Agency.id, Agency.name, Procedure.id, Procedure.code, Procedure.name,
                   Procedure.level, url_col, LinkCheck.status_code, LinkCheck.error,
                   LinkCheck.checked_at)
            .select_from(Procedure))
    for target, on in joins:
        stmt = stmt.join(target, on)
    return (stmt.join(LinkCheck, and_(LinkCheck.url == url_col, LinkCheck.ok.is_(False)))
            .outerjoin(ProcedureAgency, and_(ProcedureAgency.procedure_id == Procedure.id,
                                             ProcedureAgency.role == AgencyRole.EXECUTING))
            .outerjoin(Agency, Agency.id == ProcedureAgency.agency_id)
            .where(Procedure.status != Status.RESCINDED))


def broken_links(agency_id: int | None = None) -> list[BrokenLink]:
    """Every broken link of a live procedure, per executing agency (one row per
    agency, procedure and use), ordered by agency, procedure code and URL."""
    queries = [
        (LinkKind.ONLINE, _broken(Procedure.online_url)),
        (LinkKind.LEGAL, _broken(LegalBasis.url,
                                 (LegalBasis, LegalBasis.procedure_id == Procedure.id))),
        (LinkKind.SOURCE, _broken(Procedure.source_url)),
    ]
    rows: list[BrokenLink] = []
    for role, stmt in queries:
        if agency_id is not None:
            stmt = stmt.where(Agency.id == agency_id)
        for a_id, a_name, p_id, code, name, level, url, status, error, at in db.session.execute(
                stmt):
            rows.append(BrokenLink(a_id, a_name or "", p_id, code, name, level, role, url,
                                   status, error, at))
    unique = {(r.agency_id, r.procedure_id, r.role, r.url): r for r in rows}
    return sorted(unique.values(), key=lambda r: (r.agency_id is None, vi_key(r.agency_name),
                                                  r.code, r.url))


def broken_links_by_agency() -> dict[tuple[int | None, str], list[BrokenLink]]:
    """``broken_links()`` grouped by (agency id, agency name)."""
    grouped: dict[tuple[int | None, str], list[BrokenLink]] = {}
    for row in broken_links():
        grouped.setdefault((row.agency_id, row.agency_name), []).append(row)
    return grouped


def _online_broken_clause():
    return exists().where(LinkCheck.url == Procedure.online_url, LinkCheck.ok.is_(False))


def online_link_broken(procedure: Procedure) -> bool:
    """True when the procedure is at level 3–4 and its online link failed its last check."""
    if procedure.level < 3 or not procedure.online_url:
        return False
    return bool(db.session.scalar(select(exists().where(
        LinkCheck.url == procedure.online_url, LinkCheck.ok.is_(False)))))


def procedures_with_broken_online_link(agency_id: int | None = None) -> list[Procedure]:
    """Live procedures at level 3–4 whose online link is broken, by code."""
    stmt = (select(Procedure)
            .where(Procedure.level >= 3, Procedure.status != Status.RESCINDED,
                   _online_broken_clause())
            .order_by(Procedure.code))
    if agency_id is not None:
        stmt = stmt.where(exists().where(
            ProcedureAgency.procedure_id == Procedure.id, ProcedureAgency.agency_id == agency_id,
            ProcedureAgency.role == AgencyRole.EXECUTING))
    return list(db.session.scalars(stmt).unique())
