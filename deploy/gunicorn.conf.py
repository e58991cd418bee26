"""Gunicorn settings for one portal node: ``gunicorn -c deploy/gunicorn.conf.py``.

Every value can be overridden per node from the environment (``PORTAL_BIND``,
``PORTAL_WORKERS``, ...) or on the command line (``GUNICORN_CMD_ARGS``, flags).
"""
import multiprocessing
import os

wsgi_app = "portal.wsgi:app"
bind = os.environ.get("PORTAL_BIND", "127.0.0.1:8000")
# Sync workers: search is CPU-bound Python; 2 per core plus one, as gunicorn advises.
workers = int(os.environ.get("PORTAL_WORKERS", multiprocessing.cpu_count() * 2 + 1))
worker_class = "sync"
# No request builds the search index any more (the follower does, in the background),
# so 30 s is ample; a slow export is the longest request.
timeout = int(os.environ.get("PORTAL_TIMEOUT", 30))
graceful_timeout = 30
keepalive = 5
# Recycle workers now and then (jitter: not all at once): the worker whose follower built
# the index keeps ~140 MB of freed heap (national catalogue; bench/memory.py --rebuild)
# until it exits. The follower's folder lock passes to another worker when its holder exits.
max_requests = int(os.environ.get("PORTAL_MAX_REQUESTS", 5000))
max_requests_jitter = 500
# Each worker creates its own app (no preload): no database connection or thread is
# shared across the fork.
preload_app = False
accesslog = "-"
errorlog = "-"
# nginx in front sets X-Forwarded-*; the portal trusts them through PORTAL_TRUSTED_PROXIES.
forwarded_allow_ips = os.environ.get("PORTAL_FORWARDED_ALLOW_IPS", "127.0.0.1")


def post_worker_init(worker):
    """Start the search follower as soon as the worker is up, not on its first search:
    a new node (or one whose index folder was lost) starts building at once, while
    /healthz answers 503 and searches answer from SQL. Only one worker per index
    folder does the work (file lock); the others stand by to take over."""
    app = worker.wsgi
    backend = getattr(app, "extensions", {}).get("portal.search")
    if backend is not None and hasattr(backend, "start_follower"):
        backend.start_follower()
