"""Keeping a procedure page trustworthy, as staff do it: its forms, the
"no form required" mark, the "verified on" confirmation and citizens' reports.

Each action checks the user's agency scope and leaves an audit entry; the
file, link and feedback rules themselves live in their own packages.
"""
from __future__ import annotations

from ..accounts.models import User
from ..audit.services import record_entry
from ..catalogue.models import Procedure
from ..errors import NotFound
from ..extensions import db
from ..feedback.models import Feedback
from ..feedback.queries import feedback_in_scope
from ..feedback.services import resolve_feedback
from ..forms.models import FormFile
from ..forms.services import attach_form, remove_form, set_no_form_required
from ..freshness.services import confirm_verified
from .services import ensure_can_edit


def upload_form(user: User, procedure: Procedure, file_storage, *,
                document_id: int | None = None, replaces_id: int | None = None) -> FormFile:
    """Attach a form file (or replace one) on a procedure of the user's agencies."""
    ensure_can_edit(user, procedure)
    replaces = _own_form(procedure, replaces_id) if replaces_id else None
    form = attach_form(procedure, file_storage, user_id=user.id, document_id=document_id,
                       replaces=replaces)
    record_entry("procedure", procedure.id, "form_replace" if replaces else "form_add",
                 user_id=user.id, changes={"form": [replaces.display_name if replaces else None,
                                                    form.display_name]})
    return form


def withdraw_form(user: User, procedure: Procedure, form_id: int) -> FormFile:
    """Take a form off the page; the file stays for the audit."""
    ensure_can_edit(user, procedure)
    form = remove_form(procedure, _own_form(procedure, form_id), user_id=user.id)
    record_entry("procedure", procedure.id, "form_remove", user_id=user.id,
                 changes={"form": [form.display_name, None]})
    return form


def mark_no_form_required(user: User, procedure: Procedure, value: bool) -> None:
    """Set or clear the "no form required" mark."""
    ensure_can_edit(user, procedure)
    before = procedure.no_form_required
    set_no_form_required(procedure, value)
    record_entry("procedure", procedure.id, "no_form_required", user_id=user.id,
                 changes={"no_form_required": [before, bool(value)]})


def confirm_procedure(user: User, procedure: Procedure) -> None:
    """Record that staff checked the page and found it correct today."""
    ensure_can_edit(user, procedure)
    confirm_verified(procedure, user.id)
    record_entry("procedure", procedure.id, "verify", user_id=user.id)


def resolve_report(user: User, feedback_id: int, note: str) -> Feedback:
    """Close a citizen's report on a procedure of the user's agencies."""
    feedback = None
    if user.is_admin:
        feedback = db.session.get(Feedback, feedback_id)
    else:
        for agency in user.agencies:
            feedback = feedback or feedback_in_scope(feedback_id, agency.id)
    if feedback is None:
        raise NotFound("feedback")
    return resolve_feedback(feedback, user_id=user.id, note=note)


def _own_form(procedure: Procedure, form_id: int) -> FormFile:
    form = db.session.get(FormFile, form_id)
    if form is None or form.procedure_id != procedure.id:
        raise NotFound("form")
    return form
