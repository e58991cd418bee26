"""User management forms."""
from flask_babel import lazy_gettext as _l
from ..formkit import PortalForm
from wtforms import EmailField, SelectChoice, PasswordField, SelectField, SelectMultipleField, SubmitField
from wtforms.validators import DataRequired, EqualTo, Length

from ...accounts.models import Role

ROLE_CHOICES = [SelectChoice(Role.EDITOR.value, _l("Biên tập viên cơ quan")),
                SelectChoice(Role.ADMIN.value, _l("Quản trị viên"))]


class UserForm(PortalForm):
    role = SelectField(_l("Vai trò"), choices=ROLE_CHOICES)
    agencies = SelectMultipleField(_l("Cơ quan"), coerce=int)
    submit = SubmitField(_l("Lưu"))


class NewUserForm(UserForm):
    email = EmailField(_l("Thư điện tử"), validators=[DataRequired(), Length(max=320)])
    password = PasswordField(_l("Mật khẩu"), validators=[DataRequired(), Length(max=1000)])
    confirm = PasswordField(_l("Nhập lại mật khẩu"), validators=[
        DataRequired(), EqualTo("password", message=_l("Hai mật khẩu không khớp."))])
    submit = SubmitField(_l("Tạo người dùng"))
