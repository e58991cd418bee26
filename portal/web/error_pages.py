"""Error answers for the whole site: JSON under /api, a page in the visitor's language elsewhere."""
from __future__ import annotations

from flask import Flask, current_app, render_template
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from werkzeug.exceptions import HTTPException

from ..extensions import db

TITLES = {
    400: _l("Yêu cầu không hợp lệ"),
    403: _l("Bạn không có quyền xem trang này"),
    404: _l("Không tìm thấy trang"),
    405: _l("Phương thức không được hỗ trợ"),
    413: _l("Dữ liệu gửi lên quá lớn"),
    500: _l("Đã có lỗi xảy ra"),
}
MESSAGES = {
    400: _l("Địa chỉ hoặc tham số của yêu cầu không đúng. Hãy kiểm tra lại và thử lần nữa."),
    403: _l("Trang này chỉ dành cho người có quyền truy cập."),
    404: _l("Trang bạn tìm không có hoặc đã được chuyển đi. Hãy thử tìm thủ tục ở ô tìm kiếm."),
    405: _l("Trang này không nhận yêu cầu theo cách đó."),
    413: None,  # names the limit: built in handle_http_error
    500: _l("Hệ thống gặp sự cố. Xin vui lòng thử lại sau ít phút."),
}


def handle_http_error(error: HTTPException):
    """Render an HTTP error: the API's JSON body, or an HTML page."""
    from .api.http import api_error, is_api_request

    if (error.code or 500) >= 500:
        db.session.rollback()
    if is_api_request():
        return api_error(error)
    code = 400 if error.code == 422 else (error.code or 500)
    shown = code if code in TITLES else (500 if code >= 500 else 400)
    message = MESSAGES[shown]
    if shown == 413:
        limit = current_app.config.get("MAX_CONTENT_LENGTH") or 0
        message = _("Dữ liệu gửi lên vượt quá giới hạn %(mb)s MB. Hãy gửi tệp nhỏ hơn.",
                    mb=f"{limit / 1024 / 1024:.0f}")
    response = render_template("public/error.html", code=code, title=TITLES[shown],
                               message=message)
    headers = {k: v for k, v in error.get_headers() if k == "Allow"}
    return response, code, headers


def init_error_pages(app: Flask) -> None:
    """Replace flask-smorest's JSON-everywhere handler with ours (registered after it)."""
    app.register_error_handler(HTTPException, handle_http_error)
