"""Staff pages that keep a procedure page trustworthy: form files, the
"no form required" mark, "verified on", and the agency's queue of citizens' reports."""
from __future__ import annotations

from flask import flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from ..formkit import CsrfOnlyForm, PortalForm
from flask_wtf.file import FileField, FileRequired
from wtforms import BooleanField, SelectField, SubmitField, TextAreaField
from wtforms.validators import Length, Optional

from ...workflows import services, upkeep
from ...errors import Conflict, ValidationError
from ...feedback.queries import open_queue
from ...forms.queries import form_history, list_forms
from ..commit import committing
from . import bp
from ..formkit import options


class UploadForm(PortalForm):
    file = FileField(_l("Tệp biểu mẫu (PDF, DOC, DOCX, XLS, XLSX, ODT, ODS)"),
                     validators=[FileRequired()])
    document_id = SelectField(_l("Thuộc giấy tờ"), coerce=str, validators=[Optional()])
    replaces_id = SelectField(_l("Thay thế biểu mẫu"), coerce=str, validators=[Optional()])
    submit = SubmitField(_l("Tải lên"))


class NoFormForm(PortalForm):
    no_form_required = BooleanField(_l("Thủ tục này không yêu cầu biểu mẫu"))
    submit = SubmitField(_l("Lưu"))


class ResolveForm(PortalForm):
    note = TextAreaField(_l("Ghi chú xử lý"), validators=[Length(max=1000)])
    submit = SubmitField(_l("Đánh dấu đã xử lý"))


def _upload_form(procedure, current) -> UploadForm:
    form = UploadForm()
    form.document_id.choices = options(
        [("", _l("Cả thủ tục"))] + [(str(d.id), d.name[:120]) for d in procedure.documents])
    form.replaces_id.choices = options(
        [("", _l("Không thay thế (thêm mới)"))] + [(str(f.id), f.display_name) for f in current])
    return form


@bp.route("/thu-tuc/<int:procedure_id>/bieu-mau", methods=["GET", "POST"])
def procedure_forms(procedure_id: int):
    """List, upload and replace the procedure's form files."""
    procedure = services.get_procedure_for_staff(current_user, procedure_id)
    current = list_forms(procedure)
    form = _upload_form(procedure, current)
    if form.validate_on_submit():
        with committing(ValidationError, Conflict) as done:
            upkeep.upload_form(current_user, procedure, form.file.data,
                               document_id=int(form.document_id.data) if form.document_id.data
                               else None,
                               replaces_id=int(form.replaces_id.data) if form.replaces_id.data
                               else None)
        if not done:
            form.file.errors.append(str(done.error))
        else:
            flash(_("Đã tải biểu mẫu lên."), "info")
            return redirect(url_for("staff.procedure_forms", procedure_id=procedure_id))
    status = 422 if form.errors else 200
    return render_template(
        "staff/forms.html", procedure=procedure, form=form, forms=current,
        history=form_history(procedure), action=CsrfOnlyForm(),
        no_form=NoFormForm(data={"no_form_required": procedure.no_form_required})), status


@bp.post("/thu-tuc/<int:procedure_id>/bieu-mau/<int:form_id>/go")
def procedure_form_remove(procedure_id: int, form_id: int):
    """Take a form off the public page (it stays in the history)."""
    procedure = services.get_procedure_for_staff(current_user, procedure_id)
    if CsrfOnlyForm().validate_on_submit():
        with committing():
            upkeep.withdraw_form(current_user, procedure, form_id)
        flash(_("Đã gỡ biểu mẫu."), "info")
    return redirect(url_for("staff.procedure_forms", procedure_id=procedure_id))


@bp.post("/thu-tuc/<int:procedure_id>/khong-co-bieu-mau")
def procedure_no_form(procedure_id: int):
    """Set or clear the "no form required" mark."""
    procedure = services.get_procedure_for_staff(current_user, procedure_id)
    form = NoFormForm()
    if form.validate_on_submit():
        with committing():
            upkeep.mark_no_form_required(current_user, procedure, form.no_form_required.data)
        flash(_("Đã lưu."), "info")
    return redirect(url_for("staff.procedure_forms", procedure_id=procedure_id))


@bp.post("/thu-tuc/<int:procedure_id>/xac-nhan")
def procedure_verify(procedure_id: int):
    """Confirm, in one action, that the page is correct today."""
    procedure = services.get_procedure_for_staff(current_user, procedure_id)
    if CsrfOnlyForm().validate_on_submit():
        with committing():
            upkeep.confirm_procedure(current_user, procedure)
        flash(_("Đã xác nhận nội dung thủ tục là chính xác."), "info")
    return redirect(url_for("staff.procedure_edit", procedure_id=procedure_id))


@bp.get("/phan-hoi")
def feedback_queue():
    """Open reports from citizens on the procedures of the user's agencies."""
    queues = [(agency, open_queue(agency.id)) for agency in current_user.agencies]
    return render_template("staff/feedback.html", queues=queues, form=ResolveForm())


@bp.post("/phan-hoi/<int:feedback_id>/da-xu-ly")
def feedback_resolve(feedback_id: int):
    """Close a report with a note."""
    form = ResolveForm()
    if form.validate_on_submit():
        with committing():
            upkeep.resolve_report(current_user, feedback_id, form.note.data or "")
        flash(_("Đã đánh dấu phản hồi là đã xử lý."), "info")
    return redirect(url_for("staff.feedback_queue"))


@bp.get("/kiem-tra-du-lieu")
def review_queue():
    """Records of the user's own agencies that await a human look (issue 12).
    The scope is the server's: an editor never sees another agency's marks."""
    from ...catalogue.review import KIND_LABELS, counts_by_agency, review_rows

    scope = None if current_user.is_admin else services.user_agency_ids(current_user)
    rows = review_rows(agency_ids=scope)
    return render_template("staff/review.html", rows=rows, counts=counts_by_agency(rows),
                           labels=KIND_LABELS)
