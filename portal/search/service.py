"""The entry points that pages and the API call.

The backend is chosen in ``create_app`` (``init_search``); until the index is
available the SQL backend answers, so search degrades instead of failing.
"""
from __future__ import annotations

from flask import current_app

from .base import SearchBackend, SearchQuery, SearchResult

EXTENSION_KEY = "portal.search"


def get_backend() -> SearchBackend:
    """The application's search backend (the SQL one when none is configured)."""
    backend = current_app.extensions.get(EXTENSION_KEY)
    if backend is None:
        from .sqlbackend import SqlSearchBackend
        backend = SqlSearchBackend()
    return backend


def search(query: SearchQuery) -> SearchResult:
    """Run a search with the application's backend."""
    return get_backend().search(query)


def suggest(prefix: str, limit: int = 8) -> list[str]:
    """Procedure names that complete ``prefix`` (folded), for a search box."""
    return get_backend().suggest(prefix, limit)


def readiness() -> dict:
    """Whether this node can serve searches well, for ``/healthz`` and ``search status``.

    Ready: the database answers and the index is usable (without one, searches
    answer from SQL: correct, slower, so a load balancer should prefer another
    node). Lag: changes committed but not yet in this node's index, and the age
    of the oldest of them.
    """
    from sqlalchemy import text
    from sqlalchemy.exc import SQLAlchemyError

    from ..extensions import db
    backend = current_app.extensions.get(EXTENSION_KEY)
    figures: dict = {"database": "ok", "index": {"usable": False}}
    try:
        db.session.execute(text("SELECT 1"))
    except SQLAlchemyError:
        db.session.rollback()
        figures["database"] = "unreachable"
    sync = getattr(backend, "sync", None)
    if sync is not None and figures["database"] == "ok":
        try:
            figures["index"] = sync.status()
        except Exception as exc:  # an unreadable index is "not usable", not a 500
            db.session.rollback()
            figures["index"] = {"usable": False, "error": type(exc).__name__}
    follower = getattr(backend, "follower", None)
    if follower is not None:
        figures["follower"] = {"running": follower.running(), "leader": follower.leader,
                               "last_error": follower.last_error}
    figures["ready"] = figures["database"] == "ok" and bool(figures["index"].get("usable"))
    return figures
