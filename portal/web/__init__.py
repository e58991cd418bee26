"""The web layer: one blueprint per audience."""
from importlib import import_module

from flask import Flask

# Modules of this package whose ``bp`` is registered, public first.
BLUEPRINT_MODULES = (
    "health", "public", "files", "feedback", "progress",        # everyone
    "auth", "staff", "links",                                   # signed-in staff
    "admin", "admin_search", "dashboard", "trust_admin",        # administrators
)


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

    from .security import init_security_headers
    init_security_headers(app)
    from .caching import init_caching
    init_caching(app)
