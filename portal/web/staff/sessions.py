"""The signed-in user's own sessions: where they are signed in, and ending one."""
from __future__ import annotations

from flask import abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ...accounts import sessions
from ...accounts.models import UserSession
from ...extensions import db
from ..commit import committing
from . import bp
from ..formkit import CsrfOnlyForm


@bp.get("/phien")
def sessions_list():
    """The user's active sessions, this one marked."""
    return render_template("staff/sessions.html", rows=sessions.active_sessions(current_user),
                           current=current_user.session_row, end_form=CsrfOnlyForm())


@bp.post("/phien/<int:session_id>/ket-thuc")
def session_end(session_id: int):
    """End one of one's sessions (another browser, a lost phone)."""
    row = db.session.get(UserSession, session_id)
    # Someone else's session id is as unknown as a missing one.
    if row is None or row.user_id != current_user.id:
        abort(404)
    if not CsrfOnlyForm().validate():
        abort(400)
    with committing():
        sessions.end_session(row, current_user)
    flash(_("Đã kết thúc phiên đăng nhập."), "info")
    return redirect(url_for("staff.sessions_list"))
