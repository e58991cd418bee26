"""Wiring search into the application (called from ``create_app``)."""
from __future__ import annotations

from flask import Flask

from . import changelog
from .service import EXTENSION_KEY
from .whoosh_backend import WhooshSearchBackend


def init_search(app: Flask) -> WhooshSearchBackend:
    """Install the change-log session events and the Whoosh backend.

    Nothing touches the database or the index here: the backend opens (or
    rebuilds) the index and catches up on the change log on first use.
    """
    changelog.install()
    backend = WhooshSearchBackend(app.config["PORTAL_INDEX_DIR"],
                                  catch_up_seconds=app.config.get("PORTAL_SEARCH_CATCHUP_SECONDS", 0))
    app.extensions[EXTENSION_KEY] = backend
    return backend
