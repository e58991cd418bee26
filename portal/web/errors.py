"""Mapping domain exceptions to HTTP answers, per blueprint."""
from __future__ import annotations

from flask import Blueprint, current_app
from werkzeug import exceptions as http

from ..errors import Forbidden, NotFound
from ..extensions import db


def register_domain_errors(bp: Blueprint) -> None:
    """Forbidden → 403 and NotFound → 404 for the views of ``bp``."""

    @bp.errorhandler(Forbidden)
    def _forbidden(exc):
        db.session.rollback()  # nothing a refused request did may be committed
        # Through the app's HTTP error handling, so its 403 page (if any) is used.
        return current_app.handle_http_exception(http.Forbidden(str(exc)))

    @bp.errorhandler(NotFound)
    def _not_found(exc):
        db.session.rollback()
        return current_app.handle_http_exception(http.NotFound(str(exc)))
