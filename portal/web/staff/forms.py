"""Staff forms. Structured rows are FieldLists that work without JavaScript:
"add a row" is a submit button, each row has a position and a remove box."""
from __future__ import annotations

import datetime as dt

from flask_babel import lazy_gettext as _l
from ..formkit import MAX_FEE, PortalForm, options
from wtforms import (
    BooleanField, DateField, DecimalField, FieldList, Form, FormField, HiddenField, IntegerField,
    SelectField, SelectMultipleField, StringField, SubmitField, TextAreaField, URLField,
)
from wtforms import ValidationError as WTFValidationError
from wtforms.validators import InputRequired, Length, NumberRange, Optional, Regexp
from wtforms.widgets import CheckboxInput, ListWidget

from ...catalogue.models import AgencyRole, Applicant, ChannelKind, Tier
from ...catalogue.rules import CODE_RE, ROW_DEFAULTED, ROW_FIELDS, ROW_REQUIRED, check_link
from ...errors import ValidationError
from ...vntext import clean, clean_line

MAX_ROWS = 200


def _line(value):
    return clean_line(value) if isinstance(value, str) else value


def _text(value):
    return clean(value) if isinstance(value, str) else value


def valid_link(form, field):  # noqa: ARG001
    """WTForms validator: http(s) links only."""
    try:
        field.data = check_link(field.data, field.name)
    except ValidationError as exc:
        raise WTFValidationError(str(exc)) from None


def positive(form, field):  # noqa: ARG001
    """WTForms validator: strictly greater than zero."""
    if field.data is not None and not field.data > 0:
        raise WTFValidationError(_l("Số ngày làm việc phải lớn hơn 0."))


def positive_time(form, field):  # noqa: ARG001
    """WTForms validator: a time limit greater than zero."""
    if field.data is not None and not field.data > 0:
        raise WTFValidationError(_l("Thời hạn phải lớn hơn 0."))


class MultiCheckboxField(SelectMultipleField):
    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


class _Row(Form):
    position = IntegerField(_l("Thứ tự"), validators=[Optional(), NumberRange(0, 10000)])
    remove = BooleanField(_l("Xóa dòng này"))


class StepRow(_Row):
    text = TextAreaField(_l("Nội dung bước"), filters=[_text], validators=[Length(max=20000)])


class ChannelRow(_Row):
    kind = SelectField(_l("Cách thức"), choices=options([
        ("", "—"), (ChannelKind.IN_PERSON.value, _l("Trực tiếp")),
        (ChannelKind.ONLINE.value, _l("Trực tuyến")), (ChannelKind.POST.value, _l("Bưu chính")),
        (ChannelKind.OTHER.value, _l("Khác"))]))
    kind_text = StringField(_l("Tên cách thức"), filters=[_line], validators=[Length(max=200)])
    time_limit_text = TextAreaField(_l("Thời hạn giải quyết"), filters=[_text])
    # The time limit as the source states it: a number and its unit, never converted.
    time_limit_value = DecimalField(_l("Thời hạn (số)"), places=None,
                                    validators=[Optional(), positive_time])
    time_limit_unit = SelectField(_l("Đơn vị thời hạn"), choices=options([
        ("", _l("Không nêu")), ("working_day", _l("Ngày làm việc")), ("day", _l("Ngày")),
        ("hour", _l("Giờ")), ("month", _l("Tháng")), ("year", _l("Năm"))]))
    fee_text = TextAreaField(_l("Phí, lệ phí"), filters=[_text])
    fee_amount = IntegerField(_l("Phí (đồng)"), validators=[
        Optional(), NumberRange(min=0, message=_l("Giá trị không được âm.")),
        NumberRange(max=MAX_FEE, message=_l("Số tiền quá lớn."))])
    description = TextAreaField(_l("Mô tả"), filters=[_text])


class DocumentRow(_Row):
    kind = SelectField(_l("Loại dòng"), default="document", choices=options([
        ("document", _l("Giấy tờ phải nộp")), ("note", _l("Ghi chú")),
        ("heading", _l("Tiêu đề nhóm giấy tờ"))]))
    case = TextAreaField(_l("Trường hợp"), filters=[_text])
    name = TextAreaField(_l("Tên giấy tờ"), filters=[_text])
    form = TextAreaField(_l("Mẫu đơn, tờ khai"), filters=[_text])
    originals = IntegerField(_l("Số bản chính"), validators=[
        Optional(), NumberRange(min=0, max=999, message=_l("Giá trị không được âm."))])
    copies = IntegerField(_l("Số bản sao"), validators=[
        Optional(), NumberRange(min=0, max=999, message=_l("Giá trị không được âm."))])


class LegalBasisRow(_Row):
    number = StringField(_l("Số văn bản"), filters=[_line], validators=[Length(max=200)])
    title = TextAreaField(_l("Trích yếu"), filters=[_text])
    issued_on = DateField(_l("Ngày ban hành"), validators=[Optional()])
    issuer = StringField(_l("Cơ quan, người ban hành"), filters=[_line],
                         validators=[Length(max=300)])
    url = URLField(_l("Liên kết"), filters=[_line], validators=[Length(max=1000), valid_link])


ROW_FORMS = {"steps": StepRow, "channels": ChannelRow, "documents": DocumentRow,
             "legal_bases": LegalBasisRow}


class ProcedureForm(PortalForm):
    """Every editable part of a procedure record."""
    version = HiddenField()
    code = StringField(_l("Mã thủ tục"), filters=[_line], validators=[
        InputRequired(), Regexp(CODE_RE, message=_l(
            "Mã thủ tục phải có dạng 1.001193 (có thể thêm hậu tố .H01)."))])
    name = TextAreaField(_l("Tên thủ tục"), filters=[_line],
                         validators=[InputRequired(), Length(max=2000)])
    # The service checks that the field exists (a missing value means "none").
    field_id = SelectField(_l("Lĩnh vực"), coerce=str, validate_choice=False)
    procedure_type = StringField(_l("Loại thủ tục"), filters=[_line])
    agencies_executing = SelectMultipleField(_l("Cơ quan thực hiện"), coerce=int)
    agencies_competent = SelectMultipleField(_l("Cơ quan có thẩm quyền"), coerce=int)
    agencies_delegated = SelectMultipleField(_l("Cơ quan được ủy quyền"), coerce=int)
    agencies_coordinating = SelectMultipleField(_l("Cơ quan phối hợp"), coerce=int)
    tiers = MultiCheckboxField(_l("Cấp thực hiện"), choices=options([
        (Tier.CENTRAL.value, _l("Cấp bộ")), (Tier.PROVINCE.value, _l("Cấp tỉnh")),
        (Tier.DISTRICT.value, _l("Cấp huyện")), (Tier.COMMUNE.value, _l("Cấp xã")),
        (Tier.OTHER.value, _l("Cơ quan khác"))]))
    applicants = MultiCheckboxField(_l("Đối tượng thực hiện"), choices=options([
        (Applicant.CITIZEN.value, _l("Công dân Việt Nam")),
        (Applicant.FOREIGNER.value, _l("Người nước ngoài")),
        (Applicant.BUSINESS.value, _l("Doanh nghiệp")),
        (Applicant.ORGANISATION.value, _l("Tổ chức")), (Applicant.OTHER.value, _l("Khác"))]))
    receiving_address = TextAreaField(_l("Địa chỉ tiếp nhận hồ sơ"), filters=[_text])
    time_limit_text = TextAreaField(_l("Thời hạn giải quyết"), filters=[_text])
    time_limit_days = DecimalField(_l("Số ngày làm việc"), places=None,
                                   validators=[Optional(), positive])
    fee_text = TextAreaField(_l("Phí, lệ phí"), filters=[_text])
    result = TextAreaField(_l("Kết quả thực hiện"), filters=[_text])
    conditions = TextAreaField(_l("Yêu cầu, điều kiện"), filters=[_text])
    decision_number = StringField(_l("Số quyết định công bố"), filters=[_line],
                                  validators=[Length(max=200)])
    decision_date = DateField(_l("Ngày quyết định công bố"), validators=[Optional()])
    source_url = URLField(_l("Liên kết nguồn"), filters=[_line],
                          validators=[Length(max=1000), valid_link])
    online_url = URLField(_l("Liên kết nộp hồ sơ trực tuyến"), filters=[_line],
                          validators=[Length(max=1000), valid_link])
    steps = FieldList(FormField(StepRow), max_entries=MAX_ROWS)
    channels = FieldList(FormField(ChannelRow), max_entries=MAX_ROWS)
    documents = FieldList(FormField(DocumentRow), max_entries=MAX_ROWS)
    legal_bases = FieldList(FormField(LegalBasisRow), max_entries=MAX_ROWS)
    add_steps = SubmitField(_l("Thêm bước"))
    add_channels = SubmitField(_l("Thêm cách thức"))
    add_documents = SubmitField(_l("Thêm giấy tờ"))
    add_legal_bases = SubmitField(_l("Thêm văn bản"))
    save = SubmitField(_l("Lưu"))

    def validate(self, extra_validators=None) -> bool:
        """Field validators, plus: a row that is not blank needs its main field."""
        ok = super().validate(extra_validators)
        for kind in ROW_FORMS:
            required = ROW_REQUIRED[kind]
            for entry in getattr(self, kind):
                row = entry.form
                values = [getattr(row, n).data for n in ROW_FIELDS[kind]
                          if n in row and n not in ROW_DEFAULTED.get(kind, ())]
                if row.remove.data or all(v in (None, "") for v in values):
                    continue
                if all(getattr(row, n).data in (None, "") for n in required):
                    getattr(row, required[0]).errors.append(_l("Trường này là bắt buộc."))
                    ok = False
        return ok

    def set_choices(self, agencies, fields) -> None:
        """Fill the agency and field lists (they come from the database)."""
        agency_choices = options((a.id, a.name) for a in agencies)
        for role in AgencyRole:
            getattr(self, f"agencies_{role.value}").choices = agency_choices
        self.field_id.choices = options([("", "—")] + [(str(f.id), f.name) for f in fields])

    def added_row(self) -> bool:
        """Append an empty row when an "add" button was pressed; True if one was."""
        for kind in ROW_FORMS:
            if getattr(self, f"add_{kind}").data:
                rows = getattr(self, kind)
                if len(rows) < MAX_ROWS:
                    rows.append_entry()
                return True
        return False

    def to_record(self) -> dict:
        """The submitted record in the shape ``catalogue.rules.clean_record`` takes."""
        data = {name: getattr(self, name).data for name in (
            "code", "name", "procedure_type", "receiving_address", "time_limit_text",
            "fee_text", "result", "conditions", "decision_number", "decision_date",
            "source_url", "online_url")}
        data["field_id"] = self.field_id.data or None
        days = self.time_limit_days.data
        data["time_limit_days"] = float(days) if days is not None else None
        data["agencies"] = {role.value: getattr(self, f"agencies_{role.value}").data or []
                            for role in AgencyRole}
        data["tiers"] = self.tiers.data or []
        data["applicants"] = self.applicants.data or []
        for kind in ROW_FORMS:
            data[kind] = rows_in_order(getattr(self, kind))
        return data


def rows_in_order(field_list: FieldList) -> list[dict]:
    """Rows not marked for removal, sorted by their position (ties keep form order)."""
    kept = [(entry.form.position.data, i, entry.form) for i, entry in enumerate(field_list)
            if not entry.form.remove.data]
    kept.sort(key=lambda t: (t[0] if t[0] is not None else t[1] + 1, t[1]))
    out = []
    for _pos, _i, row in kept:
        values = {}
        for name in ROW_FIELDS[_row_kind(row)]:
            if name not in row:
                continue  # derived (working_days follows the time limit's value and unit)
            value = getattr(row, name).data
            values[name] = (float(value) if name in ("working_days", "time_limit_value")
                            and value is not None else value)
        out.append(values)
    return out


def _row_kind(row: Form) -> str:
    return next(kind for kind, cls in ROW_FORMS.items() if isinstance(row, cls))


def record_to_formdata(record: dict, version: int) -> dict:
    """Initial form data from a procedure snapshot."""
    data = {k: v for k, v in record.items() if k != "agencies"}
    data["version"] = version
    data["field_id"] = str(record["field_id"]) if record.get("field_id") else ""
    for role, ids in record["agencies"].items():
        data[f"agencies_{role}"] = ids
    for kind in ROW_FORMS:
        data[kind] = [dict(row, position=i + 1) for i, row in enumerate(record[kind])]
    return data


class VersionForm(PortalForm):
    """A bare action on a procedure (publish) carrying the version it was loaded from."""
    version = HiddenField()
    submit = SubmitField(_l("Công bố"))


class RescindForm(PortalForm):
    version = HiddenField()
    decision_ref = StringField(_l("Số quyết định bãi bỏ"), filters=[_line],
                               validators=[InputRequired(), Length(max=200)])
    reason = TextAreaField(_l("Lý do bãi bỏ"), filters=[_text], validators=[InputRequired()])
    submit = SubmitField(_l("Bãi bỏ thủ tục"))


def not_future(form, field):  # noqa: ARG001
    """WTForms validator: a date today or earlier."""
    if field.data and field.data > dt.date.today():
        raise WTFValidationError(_l("Ngày hiệu lực không được ở tương lai."))


class LevelForm(PortalForm):
    version = HiddenField()
    level = SelectField(_l("Mức độ mới"), coerce=int, choices=options([
        (1, _l("Mức độ 1")), (2, _l("Mức độ 2")), (3, _l("Mức độ 3")), (4, _l("Mức độ 4"))]))
    effective_date = DateField(_l("Ngày hiệu lực"), validators=[InputRequired(), not_future])
    decision_ref = StringField(_l("Số quyết định"), filters=[_line],
                               validators=[InputRequired(), Length(max=200)])
    reason = TextAreaField(_l("Lý do"), filters=[_text])
    online_url = URLField(_l("Liên kết nộp hồ sơ trực tuyến"), filters=[_line],
                          validators=[Length(max=1000), valid_link])
    submit = SubmitField(_l("Ghi nhận thay đổi mức độ"))


class TokenForm(PortalForm):
    name = StringField(_l("Tên mã truy cập"), filters=[_line],
                       validators=[InputRequired(), Length(max=200)])
    submit = SubmitField(_l("Tạo mã truy cập"))
