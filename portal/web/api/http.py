"""HTTP behaviour shared by the whole API: JSON errors, ETag/304, caching and CORS."""
from __future__ import annotations

from flask import Flask, Response, jsonify, request
from werkzeug.exceptions import HTTPException

from ..caching import request_kind

API_PREFIX = "/api/"
# Public answers (search, procedures): a shared cache may keep them but must ask again
# before each reuse. The ETag is a hash of the body, so it is the same on every node
# holding the same data: revalidation costs a 304 with no body, and an edit on any node
# shows at once, whichever node answers (issue 16). Staff answers are never cached.
CACHE_CONTROL = "public, no-cache"


def is_api_request() -> bool:
    """True when the request is for the JSON API."""
    return request.path.startswith(API_PREFIX)


def _first_parameter(errors) -> str | None:
    """The first offending parameter named in webargs' {location: {name: [...]}} errors."""
    if isinstance(errors, dict):
        for location in errors.values():
            if isinstance(location, dict) and location:
                return next(iter(location))
    return None


def api_error(error: HTTPException) -> Response:
    """The one JSON error body of the API: {code, status, message, errors}."""
    code = 400 if error.code == 422 else (error.code or 500)
    data = getattr(error, "data", None) or {}
    errors = data.get("errors") or data.get("messages")
    body = {"code": code, "status": "Bad Request" if code == 400 else error.name}
    param = _first_parameter(errors)
    if param:
        body["message"] = f"Invalid parameter: {param}"
    else:
        body["message"] = data.get("message") or error.description or error.name
    if errors:
        body["errors"] = errors
    response = jsonify(body)
    response.status_code = code
    for name, value in (data.get("headers") or {}).items():
        response.headers[name] = value
    if code == 405 and isinstance(error, HTTPException):
        response.headers.update({k: v for k, v in error.get_headers() if k == "Allow"})
    return response


def add_cache_headers(response: Response) -> Response:
    """ETag + Cache-Control on successful GETs, 304 on If-None-Match; CORS for reads."""
    if not is_api_request():
        return response
    if request.method in ("GET", "HEAD", "OPTIONS"):
        response.headers["Access-Control-Allow-Origin"] = "*"
        response.headers["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
        response.headers["Access-Control-Allow-Headers"] = "If-None-Match, Content-Type"
        response.headers["Access-Control-Expose-Headers"] = "ETag"
    if (request.method in ("GET", "HEAD") and response.status_code == 200
            and not response.is_streamed and not response.direct_passthrough):
        if request_kind() == "public":  # authenticated answers: see web/caching.py
            response.headers.setdefault("Cache-Control", CACHE_CONTROL)
        response.add_etag()
        response.make_conditional(request)
    return response


def init_api_http(app: Flask) -> None:
    """Install the API's caching and CORS headers."""
    app.after_request(add_cache_headers)
