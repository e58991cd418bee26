"""Sign in, sign out, change one's own password."""
from __future__ import annotations

from flask import current_app, flash, redirect, render_template, request, url_for
from flask_babel import format_datetime
from flask_babel import gettext as _
from flask_login import current_user, login_required, login_user, logout_user

from ...accounts import services as accounts
from ...accounts import sessions
from ...errors import ValidationError
from ...extensions import limiter
from ..safety import safe_next
from ..commit import committing
from . import bp
from .forms import ChangePasswordForm, LoginForm, LogoutForm


def _email() -> str:
    # The submitted address, normalised, so case tricks do not make a new bucket.
    return accounts.normalise_email(request.form.get("email", ""))[:320]


def _account_key() -> str:
    return "login-account:" + _email()


def _account_address_key() -> str:
    return f"login-account-address:{_email()}|{request.remote_addr or ''}"


def _known_address() -> bool:
    # The looser per-account limit stops guessing spread over many addresses; the
    # owner, at an address they signed in from before, is not locked out by it.
    return sessions.known_address(_email(), request.remote_addr or "")


def _failed(response) -> bool:
    # Only failed attempts count: a successful sign-in redirects.
    return response.status_code != 302


def _limit(name: str):
    return lambda: current_app.config[name]


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit(_limit("LOGIN_LIMIT_PER_ADDRESS"), methods=["POST"], deduct_when=_failed)
@limiter.limit(_limit("LOGIN_LIMIT_PER_ACCOUNT_ADDRESS"), methods=["POST"],
               key_func=_account_address_key, deduct_when=_failed)
@limiter.limit(_limit("LOGIN_LIMIT_PER_ACCOUNT"), methods=["POST"], key_func=_account_key,
               deduct_when=_failed, exempt_when=_known_address)
def login():
    """The sign-in form; the same message for an unknown user and a wrong password."""
    default = url_for("staff.index")
    if current_user.is_authenticated:
        return redirect(safe_next(request.args.get("next"), default))
    form = LoginForm(next=request.args.get("next", ""))
    status = 200
    if form.validate_on_submit():
        with committing():  # a failure is counted and told to the owner at the next sign-in
            user = accounts.authenticate(form.email.data, form.password.data)
            if user is not None:
                _sign_in(user)
        if user is not None:
            return redirect(safe_next(form.next.data, default))
        form.password.errors.append(_("Thư điện tử hoặc mật khẩu không đúng."))
        status = 401
    elif request.method == "POST":
        status = 400
    return render_template("auth/login.html", form=form), status


def _sign_in(user) -> None:
    failures, last = accounts.take_failed_sign_ins(user)
    sessions.start_session(user, user_agent=request.user_agent.string,
                           address=request.remote_addr or "")
    login_user(user)
    if failures:
        flash(_("Đã có %(n)s lần đăng nhập sai mật khẩu vào tài khoản của bạn kể từ lần "
                "đăng nhập trước (lần gần nhất: %(when)s). Nếu đó không phải là bạn, hãy "
                "đổi mật khẩu.", n=failures, when=format_datetime(last)), "warning")


@bp.post("/logout")
def logout():
    """Sign out (POST with a CSRF token, so another site cannot sign a user out)."""
    form = LogoutForm()
    if form.validate_on_submit():
        # The server-side row ends first: a copy of this cookie kept elsewhere dies too.
        row = getattr(current_user, "session_row", None)
        if row is not None:
            with committing():
                sessions.end_session(row, current_user)
        logout_user()
        flash(_("Bạn đã đăng xuất."), "info")
    return redirect(url_for("auth.login"))


@bp.route("/password", methods=["GET", "POST"])
@login_required
def change_password():
    """Change one's own password (the current one is asked again)."""
    form = ChangePasswordForm()
    if form.validate_on_submit():
        with committing(ValidationError) as done:
            accounts.change_password(current_user, form.current_password.data,
                                     form.new_password.data,
                                     revoke_tokens=form.revoke_tokens.data)
        if not done:
            exc = done.error
            field = form.current_password if exc.field == "current_password" else form.new_password
            field.errors.append(str(exc))
        else:
            flash(_("Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã kết thúc."), "info")
            if form.revoke_tokens.data:
                flash(_("Mọi mã truy cập API của bạn đã bị thu hồi."), "info")
            return redirect(url_for("staff.index"))
    return render_template("auth/password.html", form=form)
