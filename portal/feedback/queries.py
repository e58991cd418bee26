"""Reads: agency queues, counts per agency, share of "useful" answers."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import and_, case, func, select

from ..catalogue.models import Agency, AgencyRole, Procedure, ProcedureAgency
from ..collation import vi_sorted
from ..extensions import db
from .models import Feedback


def _executing(agency_id):
    return and_(ProcedureAgency.procedure_id == Feedback.procedure_id,
                ProcedureAgency.role == AgencyRole.EXECUTING,
                ProcedureAgency.agency_id == agency_id)


def open_queue(agency_id: int) -> list[tuple[Feedback, Procedure]]:
    """Open reports on the procedures ``agency_id`` executes, oldest first; reports
    that only say "useful" need no action and are left out."""
    stmt = (select(Feedback, Procedure)
            .join(Procedure, Procedure.id == Feedback.procedure_id)
            .join(ProcedureAgency, _executing(agency_id))
            .where(Feedback.resolved_at.is_(None),
                   (Feedback.useful.is_(False)) | (Feedback.text != ""))
            .order_by(Feedback.created_at, Feedback.id))
    return [(f, p) for f, p in db.session.execute(stmt)]


def feedback_in_scope(feedback_id: int, agency_id: int) -> Feedback | None:
    """The feedback if it belongs to a procedure ``agency_id`` executes, else None
    (staff may resolve only their own agency's reports)."""
    return db.session.scalar(
        select(Feedback).join(ProcedureAgency, _executing(agency_id))
        .where(Feedback.id == feedback_id))


@dataclass(frozen=True)
class AgencyCounts:
    agency_id: int
    agency_name: str
    total: int
    open: int
    useful: int


def counts_by_agency() -> list[AgencyCounts]:
    """Per executing agency: all answers, open reports, "useful" answers."""
    is_open_report = and_(Feedback.resolved_at.is_(None),
                          (Feedback.useful.is_(False)) | (Feedback.text != ""))
    stmt = (select(Agency.id, Agency.name, func.count(Feedback.id),
                   func.sum(case((is_open_report, 1), else_=0)),
                   func.sum(case((Feedback.useful.is_(True), 1), else_=0)))
            .select_from(Feedback)
            .join(ProcedureAgency, and_(ProcedureAgency.procedure_id == Feedback.procedure_id,
                                        ProcedureAgency.role == AgencyRole.EXECUTING))
            .join(Agency, Agency.id == ProcedureAgency.agency_id)
            .group_by(Agency.id, Agency.name))
    return vi_sorted((AgencyCounts(a, n, int(t), int(o or 0), int(u or 0))
                      for a, n, t, o, u in db.session.execute(stmt)), key=lambda c: c.agency_name)


@dataclass(frozen=True)
class UsefulShare:
    procedure_id: int
    code: str
    name: str
    answers: int
    useful: int

    @property
    def share(self) -> float:
        return self.useful / self.answers if self.answers else 0.0


def useful_share_by_procedure(min_answers: int = 1) -> list[UsefulShare]:
    """Per procedure with at least ``min_answers`` answers: how many found the page
    useful; least useful first, so the worst pages come to the top."""
    useful = func.sum(case((Feedback.useful.is_(True), 1), else_=0))
    stmt = (select(Procedure.id, Procedure.code, Procedure.name, func.count(Feedback.id), useful)
            .join(Feedback, Feedback.procedure_id == Procedure.id)
            .group_by(Procedure.id, Procedure.code, Procedure.name)
            .having(func.count(Feedback.id) >= min_answers))
    rows = [UsefulShare(i, c, n, int(t), int(u or 0)) for i, c, n, t, u in db.session.execute(stmt)]
    return sorted(rows, key=lambda r: (r.share, -r.answers, r.code))
