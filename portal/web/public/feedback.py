"""Public feedback on a procedure page: ``POST /thu-tuc/<code>/phan-hoi``."""
from __future__ import annotations

from urllib.parse import quote

from flask import abort, current_app, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from ..formkit import PortalForm
from flask_wtf.csrf import generate_csrf
from werkzeug.routing import BuildError
from wtforms import StringField, TextAreaField
from wtforms.validators import AnyOf, InputRequired, Length, Optional

from ...catalogue.models import Status
from ...catalogue.queries import get_by_code
from ...errors import DomainError
from ...extensions import limiter
from ...feedback.models import TEXT_MAX
from ...feedback.services import submit_feedback

from ..commit import committing
from . import bp


@bp.record_once
def _csrf_in_templates(state) -> None:
    # The partial renders {{ csrf_token() }}; CSRFProtect also defines it when present.
    state.app.jinja_env.globals.setdefault("csrf_token", generate_csrf)


class FeedbackForm(PortalForm):
    # The radios are written out in feedback/_form.html; a plain field with AnyOf
    # avoids RadioField's choice API, which changes across WTForms 3.x releases.
    useful = StringField(_l("Trang này có hữu ích với bạn không?"), validators=[
        InputRequired(_l("Hãy chọn Có hoặc Không.")),
        AnyOf(["yes", "no"], message=_l("Hãy chọn Có hoặc Không."))])
    text = TextAreaField(_l("Báo lỗi hoặc góp ý về trang (không bắt buộc)"),
                         validators=[Optional(), Length(max=TEXT_MAX, message=_l(
                             "Nội dung tối đa %(max)d ký tự."))])


def procedure_url(code: str) -> str:
    """The procedure page, built by the public blueprint when it is registered."""
    try:
        return url_for("public.procedure", code=code)
    except BuildError:
        return url_for("public.home").rstrip("/") + "/thu-tuc/" + quote(code, safe=".-_")


def _rate() -> str:
    return current_app.config["PORTAL_FEEDBACK_RATE"]


@bp.post("/thu-tuc/<code>/phan-hoi")
@limiter.limit(_rate)
def feedback_submit(code: str):
    """Record the answer and send the citizen back to the page with a thank-you."""
    procedure = get_by_code(code)
    if procedure is None or procedure.status != Status.PUBLISHED:
        abort(404)
    form = FeedbackForm()
    if not form.validate_on_submit():
        if "csrf_token" in form.errors:
            abort(400, description=_("Phiên làm việc đã hết hạn, hãy tải lại trang và gửi lại."))
        return render_template("feedback/invalid.html", procedure=procedure,
                               feedback_form=form, back=procedure_url(code)), 400
    with committing(DomainError) as done:
        submit_feedback(procedure, useful=form.useful.data == "yes", text=form.text.data)
    if not done:
        abort(400, description=str(done.error))
    flash(_("Cảm ơn bạn đã phản hồi! Ý kiến của bạn đã được gửi tới cơ quan thực hiện."),
          "success")
    return redirect(procedure_url(code), 303)


@bp.errorhandler(429)
def too_many(_error):
    """A friendly page instead of the bare 429."""
    return render_template("feedback/rate_limited.html"), 429
