from flask import Blueprint

from ..access import require_staff

bp = Blueprint("staff", __name__, url_prefix="/staff")
require_staff(bp)

from . import views, tokens, upkeep, sessions  # noqa: E402,F401
