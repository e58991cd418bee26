"""Statistics pages: overview, agency, field, movement, print and exports."""
from __future__ import annotations

import datetime as dt

from flask import Response, abort, render_template, request
from flask_babel import gettext as _

from ...catalogue.models import Agency, Field
from ...errors import ValidationError
from ...extensions import db
from ..reports.labels import APPLICANTS, INTERVALS, TIERS
from ..reports.pages import movement_tables, overview_page
from ..reports.params import parse_stats_params
from ..safety import bounded_int
from . import bp

FORMATS = {"csv": "text/csv; charset=utf-8",
           "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


def _params(default_interval: str = "year"):
    try:
        return parse_stats_params(request.args, default_interval=default_interval)
    except ValidationError as err:
        abort(400, description=str(err))


def _filter_context(params) -> dict:
    return {"params": params, "tiers": TIERS, "applicants": APPLICANTS, "intervals": INTERVALS,
            "args": request.args}


@bp.get("/thong-ke/")
def stats_overview():
    params = _params()
    page = overview_page(params)
    return render_template("dashboard/overview.html", page=page, title=_("Toàn tỉnh"),
                           export_args={}, **_filter_context(params))


@bp.get("/thong-ke/in")
def stats_print():
    params = _params()
    page = overview_page(params)
    return render_template("dashboard/print.html", page=page, title=_("Toàn tỉnh"),
                           **_filter_context(params))


@bp.get("/thong-ke/co-quan/<int:agency_id>")
def stats_agency(agency_id: int):
    agency = db.session.get(Agency, agency_id) or abort(404)
    params = _params()
    page = overview_page(params, group_by="field", agency_id=agency_id)
    return render_template("dashboard/overview.html", page=page, title=agency.name,
                           export_args={"agency_id": agency_id}, **_filter_context(params))


@bp.get("/thong-ke/linh-vuc/<int:field_id>")
def stats_field(field_id: int):
    field = db.session.get(Field, field_id) or abort(404)
    params = _params()
    page = overview_page(params, group_by="agency", field_id=field_id)
    return render_template("dashboard/overview.html", page=page, title=field.name,
                           export_args={"field_id": field_id}, **_filter_context(params))


def _years() -> int:
    years = bounded_int(request.args.get("years", "3"), 1, 50)
    if years is None:
        abort(400, description="years: expected a whole number from 1 to 50")
    return years


def _movement(params):
    end = params.end
    start = params.start or end.replace(month=1, day=1)
    return movement_tables(start, end, _years(), params.filters)


@bp.get("/thong-ke/bien-dong")
def stats_movement():
    params = _params()
    data = _movement(params)
    return render_template("dashboard/movement.html", data=data, years=_years(),
                           **_filter_context(params))


def _page_tables(page: str) -> dict:
    params = _params()
    if page == "movement":
        return _movement(params)
    if page == "search":
        from .targets import search_tables
        return search_tables()
    if page != "overview":
        abort(404)
    scope = {}
    for name in ("agency_id", "field_id"):
        raw = request.args.get(name)
        if raw is not None:
            value = bounded_int(raw)
            if value is None:
                abort(400, description=f"{name}: expected a row id")
            scope[name] = value
    group_by = "field" if "agency_id" in scope else "agency"
    return overview_page(params, group_by=group_by, with_charts=False, **scope).tables


@bp.get("/thong-ke/xuat/<page>/<name>.<fmt>")
def stats_export(page: str, name: str, fmt: str):
    if fmt not in FORMATS:
        abort(404)
    table = _page_tables(page).get(name)
    if table is None or not hasattr(table, "to_csv"):
        abort(404)
    body = table.to_csv() if fmt == "csv" else table.to_xlsx()
    filename = f"{page}-{name}-{dt.date.today().isoformat()}.{fmt}"
    return Response(body, mimetype=FORMATS[fmt],
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})
