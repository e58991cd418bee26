"""Reads of form files."""
from __future__ import annotations

from sqlalchemy import exists, select

from ..catalogue.models import Procedure
from ..extensions import db
from .models import FormFile

_CURRENT = (FormFile.replaced_by_id.is_(None), FormFile.removed_at.is_(None))


def list_forms(procedure: Procedure) -> list[FormFile]:
    """The forms citizens are offered now (name, kind, size, date on each row),
    procedure-wide ones first, then by dossier document and upload time."""
    return list(db.session.scalars(
        select(FormFile).where(FormFile.procedure_id == procedure.id, *_CURRENT)
        .order_by(FormFile.dossier_document_id.is_not(None), FormFile.dossier_document_id,
                  FormFile.uploaded_at, FormFile.id)))


def form_history(procedure: Procedure) -> list[FormFile]:
    """Every form the procedure ever had, newest first (replaced and removed included)."""
    return list(db.session.scalars(
        select(FormFile).where(FormFile.procedure_id == procedure.id)
        .order_by(FormFile.uploaded_at.desc(), FormFile.id.desc())))


def has_current_form(procedure_id: int) -> bool:
    """True when the procedure offers at least one form."""
    return bool(db.session.scalar(select(exists().where(
        FormFile.procedure_id == procedure_id, *_CURRENT))))


def get_form(form_id: int) -> FormFile | None:
    """A form by id (current or not), or None."""
    return db.session.get(FormFile, form_id)


def current_successor(form: FormFile) -> FormFile | None:
    """Follow the replacement chain to the form that is current now, if any."""
    seen = set()
    while form.replaced_by_id is not None and form.id not in seen:
        seen.add(form.id)
        form = db.session.get(FormFile, form.replaced_by_id)
    return form if form.is_current else None
