from flask import Blueprint

from ..access import require_admin

bp = Blueprint("admin", __name__, url_prefix="/admin")
require_admin(bp)

from . import views  # noqa: E402,F401
