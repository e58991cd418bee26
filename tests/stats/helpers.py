"""Small hand-built level histories for the statistics tests."""
from __future__ import annotations

import datetime as dt

from portal.catalogue.models import (
    AgencyRole, Applicant, ProcedureAgency, ProcedureApplicant, ProcedureTier, Status, Tier,
)
from portal.extensions import db
from portal.levels.models import LevelSource
from portal.levels.services import record_level_change

from ..factories import make_procedure

D = dt.date
TODAY = D(2026, 11, 25)


def history(changes: list[tuple[int, dt.date]], *, agency=None, field=None,
            tiers=(Tier.PROVINCE,), applicants=(Applicant.CITIZEN,),
            status: Status = Status.PUBLISHED):
    """A procedure with ``changes`` (level, effective date) recorded in order."""
    proc = make_procedure(status=status, field_id=field.id if field else None)
    for tier in tiers:
        db.session.add(ProcedureTier(procedure_id=proc.id, tier=tier))
    for applicant in applicants:
        db.session.add(ProcedureApplicant(procedure_id=proc.id, applicant=applicant))
    if agency is not None:
        db.session.add(ProcedureAgency(procedure_id=proc.id, agency_id=agency.id,
                                       role=AgencyRole.EXECUTING))
    for level, day in changes:
        record_level_change(proc, level, day, source=LevelSource.STAFF, today=TODAY)
    db.session.flush()
    return proc
