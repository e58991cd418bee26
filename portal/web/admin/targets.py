"""Target administration and the search-analytics page."""
from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from sqlalchemy import select

from ...analytics.queries import current_week, week_report
from ...catalogue.models import Agency
from ...errors import NotFound, ValidationError
from ...collation import vi_sorted
from ...extensions import db
from ...levels import targets as svc
from ...levels.models import TargetMeasure
from ...search.base import SearchQuery
from ...search.service import search
from ..formkit import CsrfOnlyForm
from .target_forms import TargetForm, choices
from ..reports.pages import target_name
from ..reports.params import parse_date
from ..reports.tables import Table
from ..commit import committing
from . import bp

def _target_or_404(target_id: int):
    try:
        return svc.get_target(target_id)
    except NotFound:
        abort(404)


def _agency_choices() -> list:
    agencies = vi_sorted(db.session.execute(select(Agency.id, Agency.name)).all(),
                         key=lambda a: a.name)
    return choices([(0, _("Toàn tỉnh"))] + [(a.id, a.name) for a in agencies])


@bp.get("/thong-ke/muc-tieu")
def targets():
    rows = [(t, target_name(t)) for t in svc.list_targets()]
    return render_template("dashboard/targets.html", rows=rows, delete_form=CsrfOnlyForm())


def _save(form: TargetForm, target=None):
    fields = dict(measure=TargetMeasure(form.measure.data), value=float(form.value.data),
                  deadline=form.deadline.data, agency_id=form.agency_id.data or None,
                  label=form.label.data or "")
    with committing(ValidationError) as done:
        if target is None:
            svc.create_target(**fields)
        else:
            svc.update_target(target, **fields)
    if not done:
        getattr(form, done.error.field or "value", form.value).errors.append(str(done.error))
        return None
    flash(_("Đã lưu mục tiêu."))
    return redirect(url_for(".targets"))


@bp.route("/thong-ke/muc-tieu/moi", methods=["GET", "POST"])
def target_new():
    form = TargetForm()
    form.agency_id.choices = _agency_choices()
    if form.validate_on_submit() and (done := _save(form)) is not None:
        return done
    return render_template("dashboard/target_form.html", form=form), \
        400 if request.method == "POST" else 200


@bp.route("/thong-ke/muc-tieu/<int:target_id>/sua", methods=["GET", "POST"])
def target_edit(target_id: int):
    target = _target_or_404(target_id)
    form = TargetForm(obj=target if request.method == "GET" else None)
    form.agency_id.choices = _agency_choices()
    if request.method == "GET":
        form.agency_id.data = target.agency_id or 0
        form.measure.data = target.measure.value
    if form.validate_on_submit() and (done := _save(form, target)) is not None:
        return done
    return render_template("dashboard/target_form.html", form=form, target=target), \
        400 if request.method == "POST" else 200


@bp.post("/thong-ke/muc-tieu/<int:target_id>/xoa")
def target_delete(target_id: int):
    target = _target_or_404(target_id)
    if not CsrfOnlyForm().validate_on_submit():
        abort(400)
    with committing():
        svc.delete_target(target)
    flash(_("Đã xóa mục tiêu."))
    return redirect(url_for(".targets"))


def _week():
    try:
        return parse_date(request.args, "week", current_week())
    except ValidationError as err:
        abort(400, description=str(err))


def search_tables() -> dict:
    """The week's top, zero-result and unopened queries as tables."""
    report = week_report(_week())
    heads = [_("Từ khóa"), _("Lượt tìm"), _("Lượt có kết quả"), _("Lượt mở kết quả")]
    out = {"report": report}
    for name, title, rows in [("top", _("Từ khóa tìm nhiều nhất"), report.top),
                              ("zero", _("Từ khóa không có kết quả"), report.zero_results),
                              ("unopened", _("Có kết quả nhưng không ai mở"), report.unopened)]:
        out[name] = Table(name, title, heads,
                          [[c.query, c.searches, c.with_results, c.opened] for c in rows])
    return out


def _finds_now(query: str) -> int:
    """How many results ``query`` finds today (after synonyms were added, say)."""
    return search(SearchQuery(text=query, per_page=1)).total


@bp.get("/thong-ke/tim-kiem")
def stats_searches():
    data = search_tables()
    zero = [(c, url_for("admin.synonyms", q=c.query)) for c in data["report"].zero_results]
    finds_now = {c.query: _finds_now(c.query) for c, _link in zero}
    return render_template("dashboard/searches.html", data=data, zero=zero,
                           finds_now=finds_now)
