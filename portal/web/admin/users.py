"""Administrators manage users: create, set role and agencies, disable, revoke tokens."""
from __future__ import annotations

from flask import abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import select

from ...accounts import services as accounts
from ...accounts.models import ApiToken, Role, User
from ...audit import queries as audit_queries
from ...workflows import staff_queries
from ...catalogue.models import Agency
from ...errors import ValidationError
from ...extensions import db
from ..commit import committing
from . import bp
from ..formkit import CsrfOnlyForm, options
from .forms import NewUserForm, UserForm


def _agencies(ids: list[int]) -> list[Agency]:
    return list(db.session.scalars(select(Agency).where(Agency.id.in_(ids)))) if ids else []


def _user_or_404(user_id: int) -> User:
    user = db.session.get(User, user_id)
    if user is None:
        abort(404)
    return user


@bp.get("/nguoi-dung")
def users():
    """Every user, with role, agencies and state."""
    rows = db.session.scalars(select(User).order_by(User.email)).all()
    return render_template("admin/users.html", users=rows, action_form=CsrfOnlyForm())


@bp.route("/nguoi-dung/moi", methods=["GET", "POST"])
def user_new():
    """Create a user with a role and agencies."""
    form = NewUserForm()
    form.agencies.choices = options((a.id, a.name) for a in staff_queries.agency_choices())
    if form.validate_on_submit():
        with committing(ValidationError) as done:
            user = accounts.create_user(form.email.data, form.password.data,
                                        Role(form.role.data), _agencies(form.agencies.data),
                                        actor_id=current_user.id)
        if not done:
            getattr(form, done.error.field or "email", form.email).errors.append(str(done.error))
        else:
            flash(_("Đã tạo người dùng."), "info")
            return redirect(url_for("admin.user_edit", user_id=user.id))
    status = 422 if form.errors else 200
    return render_template("admin/user_new.html", form=form), status


@bp.route("/nguoi-dung/<int:user_id>", methods=["GET", "POST"])
def user_edit(user_id: int):
    """Set a user's role and agencies; see their tokens and history."""
    user = _user_or_404(user_id)
    data = None
    if not UserForm().is_submitted():
        data = {"role": user.role.value, "agencies": [a.id for a in user.agencies]}
    form = UserForm(data=data)
    form.agencies.choices = options((a.id, a.name) for a in staff_queries.agency_choices())
    if form.validate_on_submit():
        with committing():
            accounts.update_user(user, role=Role(form.role.data),
                                 agencies=_agencies(form.agencies.data), actor_id=current_user.id)
        flash(_("Đã lưu thay đổi."), "info")
        return redirect(url_for("admin.user_edit", user_id=user.id))
    tokens = db.session.scalars(select(ApiToken).where(ApiToken.user_id == user.id)
                                .order_by(ApiToken.created_at.desc())).all()
    return render_template("admin/user_edit.html", form=form, user=user, tokens=tokens,
                           action_form=CsrfOnlyForm(),
                           entries=audit_queries.history("user", user.id))


@bp.post("/nguoi-dung/<int:user_id>/khoa")
def user_disable(user_id: int):
    """Disable a user: they can no longer sign in or use their tokens."""
    return _set_active(user_id, False)


@bp.post("/nguoi-dung/<int:user_id>/mo-khoa")
def user_enable(user_id: int):
    """Enable a disabled user again."""
    return _set_active(user_id, True)


def _set_active(user_id: int, active: bool):
    user = _user_or_404(user_id)
    if not CsrfOnlyForm().validate():
        abort(400)
    with committing():
        accounts.set_user_active(user, active, actor_id=current_user.id)
    flash(_("Đã cập nhật trạng thái người dùng."), "info")
    return redirect(url_for("admin.user_edit", user_id=user.id))


@bp.post("/nguoi-dung/<int:user_id>/ma-api/<int:token_id>/thu-hoi")
def token_revoke(user_id: int, token_id: int):
    """Revoke one of a user's API tokens."""
    token = db.session.get(ApiToken, token_id)
    if token is None or token.user_id != user_id:
        abort(404)
    if not CsrfOnlyForm().validate():
        abort(400)
    with committing():
        accounts.revoke_api_token(token, current_user)
    flash(_("Đã thu hồi mã truy cập."), "info")
    return redirect(url_for("admin.user_edit", user_id=user_id))
