"""Wiring search into the application (called from ``create_app``)."""
from __future__ import annotations

from flask import Flask

from . import changelog
from .service import EXTENSION_KEY
from .whoosh_backend import WhooshSearchBackend


def init_search(app: Flask) -> WhooshSearchBackend:
    """Install the change-log session events and the Whoosh backend.

    Nothing touches the database or the index here: the backend starts its
    follower (which builds the index if needed and follows the change log) on
    first use, or gunicorn's ``post_worker_init`` starts it (deploy/).
    """
    changelog.install(app)
    backend = WhooshSearchBackend(
        app.config["PORTAL_INDEX_DIR"],
        catch_up_seconds=app.config.get("PORTAL_SEARCH_CATCHUP_SECONDS", 0), app=app,
        follow=app.config.get("PORTAL_SEARCH_FOLLOWER", False),
        request_slice=app.config.get("PORTAL_SEARCH_REQUEST_SLICE", 200),
        interval=app.config.get("PORTAL_SEARCH_FOLLOW_INTERVAL", 0.25),
        build_procs=app.config.get("PORTAL_SEARCH_BUILD_PROCS", 1))
    app.extensions[EXTENSION_KEY] = backend
    return backend
