"""Fingerprinted static URLs: ``static_url('css/portal.css')`` adds a content hash, and
a URL whose hash matches the file is cached for a year (a new file gets a new URL)."""
from __future__ import annotations

import hashlib
import os

from flask import Flask, current_app, request, url_for

LONG_MAX_AGE = 365 * 24 * 3600
SHORT_MAX_AGE = 300

_hashes: dict[str, tuple[float, str]] = {}


def file_hash(filename: str) -> str:
    """A short content hash of a static file (recomputed when the file changes)."""
    path = os.path.join(current_app.static_folder, filename)
    mtime = os.stat(path).st_mtime
    cached = _hashes.get(path)
    if cached and cached[0] == mtime:
        return cached[1]
    with open(path, "rb") as fh:
        digest = hashlib.sha256(fh.read()).hexdigest()[:12]
    _hashes[path] = (mtime, digest)
    return digest


def static_url(filename: str) -> str:
    """The URL of a static file with its content hash."""
    return url_for("static", filename=filename, v=file_hash(filename))


def init_assets(app: Flask) -> None:
    """Install ``static_url`` and the cache lifetimes of static files."""
    app.add_template_global(static_url)
    app.config.setdefault("SEND_FILE_MAX_AGE_DEFAULT", SHORT_MAX_AGE)

    def max_age(filename: str | None) -> int:
        try:
            fresh = filename and request.args.get("v") == file_hash(filename)
        except OSError:
            fresh = False
        return LONG_MAX_AGE if fresh else SHORT_MAX_AGE

    app.get_send_file_max_age = max_age
