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
