"""Administrators, under /quan-tri: users, statistics and targets, search synonyms, stale
procedures and feedback overviews. Access is checked once, here."""
from flask import Blueprint

from ..access import require_admin
from ..errors import register_domain_errors

bp = Blueprint("admin", __name__, url_prefix="/quan-tri")
require_admin(bp)
register_domain_errors(bp)

from . import users, stats, targets, synonyms, trust  # noqa: E402,F401
