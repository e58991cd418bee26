"""Writes: a citizen submits feedback, staff resolve it."""
from __future__ import annotations

from flask_babel import gettext as _

from ..catalogue.models import Procedure, Status, utcnow
from ..errors import Conflict, NotFound, ValidationError
from ..extensions import db
from ..vntext import clean
from .models import TEXT_MAX, Feedback


def submit_feedback(procedure: Procedure, *, useful: bool, text: str | None = "") -> Feedback:
    """Record a citizen's answer (and optional problem report) on ``procedure``."""
    if procedure.status == Status.RESCINDED:
        raise NotFound(_("Thủ tục không còn hiệu lực."))
    body = clean(text)
    if len(body) > TEXT_MAX:
        raise ValidationError(_("Nội dung tối đa %(n)s ký tự.", n=TEXT_MAX), "text")
    feedback = Feedback(procedure_id=procedure.id, useful=bool(useful), text=body)
    db.session.add(feedback)
    db.session.flush()
    return feedback


def resolve_feedback(feedback: Feedback, *, user_id: int | None, note: str | None = "") -> Feedback:
    """Close a report with a note saying what was done."""
    if not feedback.is_open:
        raise Conflict(_("Phản hồi này đã được xử lý."))
    feedback.resolved_at = utcnow()
    feedback.resolved_by_id = user_id
    feedback.resolution_note = clean(note)
    db.session.flush()
    return feedback
