"""The target form (Flask-WTF: every POST carries a CSRF token)."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
from ..formkit import PortalForm
from wtforms import DateField, DecimalField, SelectField, StringField, SubmitField
from wtforms.validators import DataRequired, Length, NumberRange, Optional

from ...levels.models import TargetMeasure
from ..reports.labels import MEASURES

try:
    from wtforms.fields.choices import SelectChoice
except ImportError:  # WTForms before 3.3 takes (value, label) tuples
    def SelectChoice(value, label):  # noqa: N802
        return (value, label)


def choices(pairs) -> list:
    """SelectField choices from (value, label) pairs, in the installed WTForms' form."""
    return [SelectChoice(value, label) for value, label in pairs]


class TargetForm(PortalForm):
    label = StringField(_l("Tên mục tiêu"), validators=[Optional(), Length(max=300)])
    agency_id = SelectField(_l("Phạm vi"), coerce=int, default=0)
    measure = SelectField(_l("Chỉ tiêu"), choices=choices((m.value, MEASURES[m]) for m in TargetMeasure),
                          validators=[DataRequired()])
    value = DecimalField(_l("Giá trị (%)"), places=2,
                         validators=[DataRequired(), NumberRange(min=0.01, max=100)])
    deadline = DateField(_l("Hạn"), validators=[DataRequired()])
    submit = SubmitField(_l("Lưu"))
