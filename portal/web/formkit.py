"""What every staff and admin form shares: WTForms' own messages in the page's language, and
the list of all a form's errors for the error summary at the top of the page."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import SelectChoice

# Fees are stored as BIGINT; a trillion million đồng is more than any fee. The staff form
# and the staff API both refuse more.
MAX_FEE = 10**15

# WTForms ships no Vietnamese catalogue, so "This field is required." reached a Vietnamese page.
# Its messages (and Flask-WTF's CSRF ones) are mapped to our own message ids here.
_REQUIRED = _l("Hãy điền mục này.")
_CHOICE = _l("Hãy chọn một giá trị trong danh sách.")
_TOO_LONG = _l("Không được dài quá %(max)d ký tự.")
_SESSION = _l("Phiên làm việc đã hết hạn. Hãy tải lại trang rồi gửi lại.")
_MESSAGES = {
    "This field is required.": _REQUIRED,
    "Not a valid choice.": _CHOICE,
    "Invalid Choice: could not coerce.": _CHOICE,
    "Invalid choice(s): one or more data inputs could not be coerced.": _CHOICE,
    "Not a valid date value.": _l("Ngày không hợp lệ."),
    "Not a valid integer value.": _l("Hãy nhập một số nguyên."),
    "Not a valid decimal value.": _l("Hãy nhập một số."),
    "Not a valid float value.": _l("Hãy nhập một số."),
    "Invalid URL.": _l("Địa chỉ không hợp lệ."),
    "Invalid email address.": _l("Địa chỉ thư điện tử không hợp lệ."),
    "Invalid input.": _l("Giá trị không hợp lệ."),
    "Field cannot be longer than %(max)d character.": _TOO_LONG,
    "Field cannot be longer than %(max)d characters.": _TOO_LONG,
    "Field must be at least %(min)d character long.": _l("Cần ít nhất %(min)d ký tự."),
    "Field must be at least %(min)d characters long.": _l("Cần ít nhất %(min)d ký tự."),
    "Field must be between %(min)d and %(max)d characters long.":
        _l("Cần từ %(min)d đến %(max)d ký tự."),
    "Number must be at least %(min)s.": _l("Số phải từ %(min)s trở lên."),
    "Number must be at most %(max)s.": _l("Số không được lớn hơn %(max)s."),
    "Number must be between %(min)s and %(max)s.": _l("Số phải từ %(min)s đến %(max)s."),
    "Field must be equal to %(other_name)s.": _l("Hai mục phải giống nhau."),
    "The CSRF token is missing.": _SESSION,
    "The CSRF token has expired.": _SESSION,
    "The CSRF tokens do not match.": _SESSION,
    "The CSRF token is invalid.": _SESSION,
    "The CSRF session token is missing.": _SESSION,
}


class _Translations:
    """The ``gettext``/``ngettext`` WTForms asks its meta for."""

    def gettext(self, string: str) -> str:
        message = _MESSAGES.get(string)
        return string if message is None else str(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self.gettext(singular if n == 1 else plural)


TRANSLATIONS = _Translations()


class PortalForm(FlaskForm):
    """A Flask-WTF form whose built-in messages speak the page's language."""

    class Meta(FlaskForm.Meta):
        def get_translations(self, form):
            return TRANSLATIONS


class CsrfOnlyForm(PortalForm):
    """A button that needs nothing but its CSRF token (delete, revoke, disable, end)."""


def error_list(form) -> list[tuple[str, str, str]]:
    """Every error of ``form`` as (field id, field label, message), nested rows included,
    in the order the fields appear: the error summary links each one to its field."""
    out: list[tuple[str, str, str]] = []
    for field in form:
        if field.type == "CSRFTokenField":
            out += [("", "", str(msg)) for msg in field.errors]
        elif hasattr(field, "entries"):                       # FieldList
            for entry in field.entries:
                out += error_list(entry.form) if hasattr(entry, "form") else [
                    (entry.id, str(entry.label.text), str(m)) for m in entry.errors]
        elif hasattr(field, "form") and field.type == "FormField":
            out += error_list(field.form)
        else:
            out += [(field.id, str(field.label.text), str(m)) for m in field.errors
                    if isinstance(m, str) or hasattr(m, "__html__")]
    out += [("", "", str(m)) for m in getattr(form, "form_errors", [])]
    return out


def options(pairs) -> list[SelectChoice]:
    """``(value, label)`` pairs as WTForms choices."""
    return [SelectChoice(value, label) for value, label in pairs]
