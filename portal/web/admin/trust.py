"""Administrators' overviews: stale procedures and citizens' feedback, per agency."""
from __future__ import annotations

from flask import current_app, render_template

from ...feedback.queries import counts_by_agency, useful_share_by_procedure
from ...freshness.queries import stale_procedures_by_agency

from . import bp


@bp.get("/chua-xac-nhan")
def stale():
    """Procedures nobody has confirmed for PORTAL_STALE_AFTER_DAYS, per agency."""
    return render_template("links/stale.html", groups=stale_procedures_by_agency(),
                           days=current_app.config["PORTAL_STALE_AFTER_DAYS"])


@bp.get("/phan-hoi")
def feedback_overview():
    """Counts per agency and the share of "useful" answers per procedure."""
    return render_template("feedback/overview.html", counts=counts_by_agency(),
                           shares=useful_share_by_procedure())
