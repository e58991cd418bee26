"""Staff pages: the list of one's procedures, editing, workflow, level changes, history."""
from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ...audit import queries as audit_queries
from ...workflows import services, staff_queries
from ...catalogue.models import Status
from ...errors import Conflict, ValidationError
from ...levels.services import superseding_change
from ..formatting import long_date
from ..safety import MAX_ROW_ID, bounded_int
from ..commit import committing
from . import bp
from .compare import comparison
from .forms import LevelForm, ProcedureForm, RescindForm, VersionForm, record_to_formdata

MAX_PAGE = 100_000  # the staff API's limit too


def _int_arg(name: str, high: int = MAX_ROW_ID) -> int | None:
    # Out of range is treated as absent, like any other unreadable filter.
    return bounded_int(request.args.get(name), 1, high)


@bp.get("/")
def index():
    """The procedures of the user's agencies, with filters."""
    filters = staff_queries.StaffFilters(
        status=request.args.get("status", ""), level=_int_arg("level", 4),
        agency_id=_int_arg("agency"), q=request.args.get("q", "")[:200],
        page=_int_arg("page", MAX_PAGE) or 1)
    procedures, total = staff_queries.list_procedures(current_user, filters)
    return render_template(
        "staff/index.html", procedures=procedures, total=total, filters=filters,
        agencies=staff_queries.agency_choices(current_user), statuses=list(Status),
        page_size=staff_queries.PAGE_SIZE)


def _procedure_form(**kwargs) -> ProcedureForm:
    form = ProcedureForm(**kwargs)
    form.set_choices(staff_queries.agency_choices(), staff_queries.field_choices())
    return form


def _form_field(form, name: str | None):
    """The form's field for a service's field name ("code", "steps-0-text"), or None."""
    if not name:
        return None
    field = getattr(form, name, None)
    if field is None and "-" in name:       # a row field: list, row number, name
        kind, _, rest = name.partition("-")
        index, _, sub = rest.partition("-")
        entries = getattr(getattr(form, kind, None), "entries", None) or []
        row_number = bounded_int(index, 0, len(entries) - 1)
        if row_number is not None:
            row = entries[row_number]
            field = getattr(getattr(row, "form", None), sub, None)
    return field if isinstance(getattr(field, "errors", None), list) else None


def _attach(form, exc: ValidationError) -> None:
    # Every service-level error goes next to its field when the form has one, so
    # the error summary lists them all, each linked to its field.
    for name, message in exc.errors:
        field = _form_field(form, name)
        if field is not None:
            field.errors.append(str(message))
        else:
            form.form_errors.append(str(message))


@bp.route("/thu-tuc/moi", methods=["GET", "POST"])
def procedure_new():
    """Create a procedure (as a draft)."""
    data = None
    if request.method == "GET" and not current_user.is_admin:
        # Preselect the editor's own agencies as executing agencies.
        data = {"agencies_executing": [a.id for a in current_user.agencies]}
    form = _procedure_form(data=data)
    if request.method == "POST" and not form.added_row() and form.validate():
        with committing(ValidationError) as done:
            procedure = services.create_procedure(form.to_record(), current_user)
        if not done:
            _attach(form, done.error)
        else:
            flash(_("Đã tạo bản nháp."), "info")
            return redirect(url_for("staff.procedure_edit", procedure_id=procedure.id))
    status = 422 if request.method == "POST" and (form.errors or form.form_errors) else 200
    return render_template("staff/edit.html", form=form, procedure=None), status


@bp.route("/thu-tuc/<int:procedure_id>/sua", methods=["GET", "POST"])
def procedure_edit(procedure_id: int):
    """Edit every part of a procedure; a save over a newer version shows a conflict page."""
    procedure = services.get_procedure_for_staff(current_user, procedure_id)
    if request.method == "GET":
        form = _procedure_form(data=record_to_formdata(services.snapshot(procedure),
                                                       procedure.version))
        return render_template("staff/edit.html", form=form, procedure=procedure)
    form = _procedure_form()
    if form.added_row() or not form.validate():
        status = 200 if not form.errors else 422
        return render_template("staff/edit.html", form=form, procedure=procedure), status
    with committing(ValidationError, Conflict) as done:
        services.update_procedure(procedure, form.to_record(), form.version.data, current_user)
    if isinstance(done.error, Conflict):
        return _conflict(procedure_id, form)
    if done.error is not None:
        _attach(form, done.error)
        procedure = services.get_procedure_for_staff(current_user, procedure_id)
        return render_template("staff/edit.html", form=form, procedure=procedure), 422
    flash(_("Đã lưu thay đổi."), "info")
    return redirect(url_for("staff.procedure_edit", procedure_id=procedure_id))


def _conflict(procedure_id: int, form: ProcedureForm):
    procedure = services.get_procedure_for_staff(current_user, procedure_id)
    theirs = services.snapshot(procedure)
    mine = form.to_record()
    # The form now carries the newer version: saving it re-applies the editor's values.
    form.version.data = str(procedure.version)
    return render_template("staff/conflict.html", form=form, procedure=procedure,
                           rows=comparison(theirs, mine)), 409


@bp.post("/thu-tuc/<int:procedure_id>/cong-bo")
def procedure_publish(procedure_id: int):
    """Draft → published."""
    procedure = services.get_procedure_for_staff(current_user, procedure_id)
    form = VersionForm()
    if not form.validate():
        abort(400)
    with committing(ValidationError, Conflict, show=True) as done:
        services.publish_procedure(procedure, form.version.data, current_user)
    if done:
        flash(_("Đã công bố thủ tục."), "info")
    return redirect(url_for("staff.procedure_edit", procedure_id=procedure_id))


@bp.route("/thu-tuc/<int:procedure_id>/bai-bo", methods=["GET", "POST"])
def procedure_rescind(procedure_id: int):
    """Published → rescinded, with a reason and a decision."""
    procedure = services.get_procedure_for_staff(current_user, procedure_id)
    form = RescindForm(data={"version": procedure.version} if request.method == "GET" else None)
    if form.validate_on_submit():
        with committing(ValidationError, Conflict) as done:
            services.rescind_procedure(procedure, form.version.data, current_user,
                                       reason=form.reason.data,
                                       decision_ref=form.decision_ref.data)
        if not done:
            procedure = services.get_procedure_for_staff(current_user, procedure_id)
            form.form_errors.append(str(done.error))
        else:
            flash(_("Đã bãi bỏ thủ tục."), "info")
            return redirect(url_for("staff.procedure_history", procedure_id=procedure_id))
    status = 422 if request.method == "POST" else 200
    return render_template("staff/rescind.html", form=form, procedure=procedure), status


@bp.route("/thu-tuc/<int:procedure_id>/muc-do", methods=["GET", "POST"])
def procedure_level(procedure_id: int):
    """Record a change of the online-service level."""
    procedure = services.get_procedure_for_staff(current_user, procedure_id)
    data = None
    if request.method == "GET":
        data = {"version": procedure.version, "level": procedure.level,
                "online_url": procedure.online_url}
    form = LevelForm(data=data)
    if form.validate_on_submit():
        with committing(ValidationError, Conflict) as done:
            services.change_level(
                procedure, form.version.data, current_user, level=form.level.data,
                effective_date=form.effective_date.data, decision_ref=form.decision_ref.data,
                reason=form.reason.data, online_url=form.online_url.data)
            later = superseding_change(procedure.id, form.effective_date.data)
        if not done:
            procedure = services.get_procedure_for_staff(current_user, procedure_id)
            if isinstance(done.error, ValidationError):
                _attach(form, done.error)
            else:
                form.version.data = str(procedure.version)
                form.form_errors.append(str(done.error))
        else:
            if later is None:
                flash(_("Đã ghi nhận mức độ mới."), "info")
            else:   # back-dated: in the history, but a later change still sets today's level
                flash(_("Đã ghi nhận thay đổi ngày %(d)s vào lịch sử. Mức độ hiện tại vẫn là "
                        "%(n)s, theo thay đổi ngày %(later)s.",
                        d=long_date(form.effective_date.data), n=procedure.level,
                        later=long_date(later.effective_date)), "warning")
            return redirect(url_for("staff.procedure_edit", procedure_id=procedure_id))
    status = 422 if request.method == "POST" else 200
    return render_template("staff/level.html", form=form, procedure=procedure), status


@bp.get("/thu-tuc/<int:procedure_id>/lich-su")
def procedure_history(procedure_id: int):
    """The audit trail of one procedure (read-only)."""
    procedure = services.get_procedure_for_staff(current_user, procedure_id)
    entries = audit_queries.history("procedure", procedure.id)
    return render_template("staff/history.html", procedure=procedure, entries=entries)
