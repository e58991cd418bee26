"""The web layer: one blueprint per audience.

``public`` (citizens, no sign-in), ``auth`` (signing in and out), ``staff`` (under
``/can-bo``), ``admin`` (under ``/quan-tri``) and the JSON API (``api/``, under ``/api/v1``).
Pieces several audiences show live beside them and hold no routes: ``reports/`` (statistics
tables and charts), ``formatting``, ``labels``, ``formkit``, ``search_args``, ``access``,
``errors``, ``error_pages``, ``commit`` and ``safety``. Addresses staff and administrators used before the
regrouping redirect to the new ones (``moved``).
"""
from importlib import import_module

from flask import Flask

# Packages of this one whose ``bp`` is registered, public first.
BLUEPRINT_MODULES = ("public", "auth", "staff", "admin", "moved")


def register_blueprints(app: Flask) -> None:
    """Register every blueprint, the JSON API and the security headers;
    ``<int:...>`` in their rules is a bounded row id."""
    from .safety import RowIdConverter
    # Before any rule is added: rules pick their converter when they are registered.
    app.url_map.converters["int"] = RowIdConverter
    for name in BLUEPRINT_MODULES:
        app.register_blueprint(import_module(f"{__name__}.{name}").bp)

    from .api import register_api
    register_api(app)
    # Error pages for every audience (JSON under /api, a page in the user's language elsewhere)
    from .error_pages import init_error_pages
    init_error_pages(app)

    from .security import init_security_headers
    init_security_headers(app)
    from .caching import init_caching
    init_caching(app)
