"""The signed-in user's own API tokens."""
from __future__ import annotations

from flask import abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import select

from ...accounts import services as accounts
from ...accounts.models import ApiToken
from ...extensions import db
from ..commit import committing
from . import bp
from ..formkit import CsrfOnlyForm
from .forms import TokenForm


@bp.route("/ma-api", methods=["GET", "POST"])
def tokens():
    """List, create (the token is shown once) and revoke one's API tokens."""
    form = TokenForm()
    new_token = None
    if form.validate_on_submit():
        with committing():
            _row, new_token = accounts.create_api_token(current_user, form.name.data)
        form = TokenForm(formdata=None)
    rows = db.session.scalars(select(ApiToken).where(ApiToken.user_id == current_user.id)
                              .order_by(ApiToken.created_at.desc())).all()
    return render_template("staff/tokens.html", form=form, rows=rows, new_token=new_token,
                           revoke_form=CsrfOnlyForm())


@bp.post("/ma-api/<int:token_id>/thu-hoi")
def token_revoke(token_id: int):
    """Revoke one of one's tokens."""
    token = db.session.get(ApiToken, token_id)
    if token is None:
        abort(404)
    if not CsrfOnlyForm().validate():
        abort(400)
    with committing():
        accounts.revoke_api_token(token, current_user)
    flash(_("Đã thu hồi mã truy cập."), "info")
    return redirect(url_for("staff.tokens"))
