"""Liveness and readiness, for a load balancer in front of several nodes."""
from flask import jsonify

from ...search.service import get_backend, readiness

from . import bp


@bp.get("/healthz")
def healthz():
    """200 when this node is ready (database reachable, search index usable), else 503.

    The body gives the figures: the index's lag in changes and seconds, the
    follower's state. A node that is not ready still answers searches (from SQL).
    """
    backend = get_backend()
    if hasattr(backend, "start_follower"):
        backend.start_follower()      # a node polled before any search starts following
    figures = readiness()
    index = figures["index"]
    body = {"status": "ok" if figures["ready"] else "not ready",
            "database": figures["database"],
            "index": {"usable": index.get("usable", False),
                      "documents": index.get("documents"),
                      "published": index.get("published"),
                      "checkpoint": index.get("checkpoint"),
                      "log_head": index.get("log_head"),
                      "lag_changes": index.get("pending_changes"),
                      "lag_seconds": index.get("lag_seconds")}}
    if "follower" in figures:
        body["follower"] = figures["follower"]
    response = jsonify(body)
    response.status_code = 200 if figures["ready"] else 503
    response.headers["Cache-Control"] = "no-store"
    return response
