"""The administrators' statistics dashboard, under /admin/thong-ke."""
from flask import Blueprint

from ..access import require_admin

bp = Blueprint("dashboard", __name__, url_prefix="/admin/thong-ke")
require_admin(bp)

from . import views, admin_views  # noqa: E402,F401
