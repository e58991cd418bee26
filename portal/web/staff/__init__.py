"""Signed-in staff, under /can-bo: procedures of their agencies, forms, feedback, data
review, broken links, API tokens and sessions. Access is checked once, here."""
from flask import Blueprint

from ..access import require_staff
from ..errors import register_domain_errors

bp = Blueprint("staff", __name__, url_prefix="/can-bo")
require_staff(bp)
register_domain_errors(bp)

from . import views, tokens, upkeep, sessions, links  # noqa: E402,F401
