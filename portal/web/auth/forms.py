"""Sign-in and password forms."""
from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, EmailField, HiddenField, PasswordField, SubmitField
from wtforms.validators import DataRequired, EqualTo, Length

from ..formkit import PortalForm


class LoginForm(PortalForm):
    email = EmailField(_l("Thư điện tử"), validators=[DataRequired(), Length(max=320)])
    password = PasswordField(_l("Mật khẩu"), validators=[DataRequired(), Length(max=1000)])
    next = HiddenField()
    submit = SubmitField(_l("Đăng nhập"))


class LogoutForm(PortalForm):
    submit = SubmitField(_l("Đăng xuất"))


class ChangePasswordForm(PortalForm):
    current_password = PasswordField(_l("Mật khẩu hiện tại"), validators=[DataRequired()])
    new_password = PasswordField(_l("Mật khẩu mới"),
                                 validators=[DataRequired(), Length(max=1000)])
    confirm = PasswordField(_l("Nhập lại mật khẩu mới"), validators=[
        DataRequired(), EqualTo("new_password", message=_l("Hai mật khẩu không khớp."))])
    # Asked, not assumed: tokens feed agency systems that stop working when revoked.
    revoke_tokens = BooleanField(_l("Thu hồi luôn mọi mã truy cập API của tôi (nếu mật khẩu "
                                    "cũ có thể đã lộ, mã truy cập cũng có thể đã lộ)"))
    submit = SubmitField(_l("Đổi mật khẩu"))
