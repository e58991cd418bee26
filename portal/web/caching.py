"""Who may keep an answer: the one place that decides Cache-Control by the kind of request.

``request_kind()`` sorts every request into
- ``"token"``: read with a bearer token (the staff API);
- ``"private"``: staff, administrator and sign-in pages, or any answer built for a
  signed-in user;
- ``"public"``: everything else, whose caching the public rules decide (the API's
  ``http.add_cache_headers``, static files, form downloads).

Authenticated answers are ``private, no-store``: neither a shared proxy nor the
browser's history keeps drafts, the audit trail or a token shown once. The hook runs
after every other one, so no public rule can loosen it.
"""
from __future__ import annotations

from flask import Flask, Response, g, request

PRIVATE = "private, no-store"
# Pages of signed-in staff and administrators, and the sign-in pages themselves.
PRIVATE_PREFIXES = ("/staff/", "/admin/", "/auth/", "/quan-tri/", "/can-bo/")
TOKEN_PREFIXES = ("/api/v1/staff/",)


def request_kind() -> str:
    """``"token"``, ``"private"`` or ``"public"`` for the current request."""
    path = request.path if request.path.endswith("/") else request.path + "/"
    if path.startswith(TOKEN_PREFIXES) or "Authorization" in request.headers:
        return "token"
    if path.startswith(PRIVATE_PREFIXES):
        return "private"
    # Flask-Login caches the user it loaded for this request; a public page that
    # needed the signed-in user was built for them alone.
    user = g.get("_login_user")
    if user is not None and user.is_authenticated:
        return "private"
    return "public"


def _private_headers(response: Response) -> Response:
    kind = request_kind()
    if kind == "public":
        return response
    response.headers["Cache-Control"] = PRIVATE
    response.headers.pop("Expires", None)
    if kind == "token":
        # The answer depends on who the token names, not only on the URL.
        response.vary.add("Authorization")
    return response


def init_caching(app: Flask) -> None:
    """Install the rule so that it runs after every other after-request function
    (Flask runs them in reverse order of registration: first in the list is last)."""
    app.after_request_funcs.setdefault(None, []).insert(0, _private_headers)
