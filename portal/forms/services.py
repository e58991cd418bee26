"""Writes for form files, and the level rule that depends on them."""
from __future__ import annotations

from typing import BinaryIO

from flask_babel import gettext as _
from sqlalchemy import select

from ..catalogue.models import DossierDocument, Procedure, utcnow
from ..errors import Conflict, ValidationError
from ..extensions import db
from .models import FormFile
from .queries import has_current_form
from .storage import sanitise_name, store_upload


def attach_form(procedure: Procedure, file_storage, *, user_id: int | None,
                document_id: int | None = None, replaces: FormFile | None = None) -> FormFile:
    """Store an uploaded file (a Werkzeug ``FileStorage`` or anything with
    ``.stream`` and ``.filename``) as a form of ``procedure``; with ``replaces``,
    the old form moves to the history and points to the new one."""
    if document_id is not None:
        _check_document(procedure, document_id)
    if replaces is not None:
        _check_current(procedure, replaces)
        if document_id is None:
            document_id = replaces.dossier_document_id
    stream: BinaryIO = getattr(file_storage, "stream", file_storage)
    stored = store_upload(stream)
    _check_not_already_offered(procedure, stored.sha256)
    form = FormFile(
        procedure_id=procedure.id, dossier_document_id=document_id,
        display_name=sanitise_name(getattr(file_storage, "filename", ""), stored.kind),
        kind=stored.kind, content_type=stored.content_type, size=stored.size,
        sha256=stored.sha256, stored_name=stored.stored_name, uploaded_by_id=user_id)
    db.session.add(form)
    db.session.flush()
    if replaces is not None:
        replaces.replaced_by_id = form.id
        db.session.flush()
    return form


def remove_form(procedure: Procedure, form: FormFile, *, user_id: int | None) -> FormFile:
    """Withdraw a form from the page; the row and the file stay for the audit."""
    _check_current(procedure, form)
    form.removed_at = utcnow()
    form.removed_by_id = user_id
    db.session.flush()
    return form


def set_no_form_required(procedure: Procedure, value: bool) -> None:
    """Mark (or unmark) that the procedure needs no form at all."""
    procedure.no_form_required = bool(value)
    db.session.flush()


def check_level_allowed(procedure: Procedure, new_level: int) -> None:
    """Raise ValidationError when ``procedure`` may not move to ``new_level``:
    from level 2 a citizen must be able to download the forms, unless staff
    have marked that the procedure needs none."""
    if new_level < 2 or procedure.no_form_required:
        return
    if not has_current_form(procedure.id):
        raise ValidationError(_(
            "Không thể chuyển thủ tục lên mức độ %(level)s: mức độ 2 trở lên yêu cầu có ít "
            "nhất một biểu mẫu để tải về. Hãy tải biểu mẫu lên, hoặc đánh dấu thủ tục "
            "\"không yêu cầu biểu mẫu\".", level=new_level), "level")


def _check_not_already_offered(procedure: Procedure, sha256: str) -> None:
    # The same bytes uploaded twice would show citizens two links to one form. The stored file
    # is content-addressed, so refusing leaves nothing behind but the copy already offered.
    same = db.session.scalars(select(FormFile).where(
        FormFile.procedure_id == procedure.id, FormFile.sha256 == sha256,
        FormFile.replaced_by_id.is_(None), FormFile.removed_at.is_(None))).first()
    if same is not None:
        raise ValidationError(_("Tệp này đã được tải lên với tên “%(name)s”: không cần tải lại.",
                                name=same.display_name), "file")


def _check_document(procedure: Procedure, document_id: int) -> None:
    owner = db.session.scalar(
        select(DossierDocument.procedure_id).where(DossierDocument.id == document_id))
    if owner != procedure.id:
        raise ValidationError(_("Thành phần hồ sơ không thuộc thủ tục này."), "document_id")


def _check_current(procedure: Procedure, form: FormFile) -> None:
    if form.procedure_id != procedure.id:
        raise ValidationError(_("Biểu mẫu không thuộc thủ tục này."), "form_id")
    if not form.is_current:
        raise Conflict(_("Biểu mẫu này đã được thay thế hoặc gỡ bỏ."))
