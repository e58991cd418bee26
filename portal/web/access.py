"""Access checks, applied once per blueprint (DESIGN.md principle 5)."""
from __future__ import annotations

from flask import Blueprint, abort
from flask_login import current_user

from ..accounts.models import Role


def require_staff(bp: Blueprint) -> None:
    """Every view of ``bp`` needs a signed-in, active staff member."""

    @bp.before_request
    def _check_staff():
        if not current_user.is_authenticated:
            from ..extensions import login_manager
            return login_manager.unauthorized()
        return None


def require_admin(bp: Blueprint) -> None:
    """Every view of ``bp`` needs a signed-in administrator."""

    @bp.before_request
    def _check_admin():
        if not current_user.is_authenticated:
            from ..extensions import login_manager
            return login_manager.unauthorized()
        if current_user.role != Role.ADMIN:
            abort(403)
        return None
