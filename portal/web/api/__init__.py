"""The JSON API under /api/v1 (flask-smorest blueprints, one module per audience).

Every API module builds its blueprint with ``.base.Blueprint`` (invalid
parameters answer 400) and is added to ``API_MODULES`` below.
"""
from importlib import import_module

from flask import Flask

from ...extensions import api

API_PREFIX = "/api/v1"
# Modules of this package whose ``blp`` is registered under /api/v1, in document order.
API_MODULES = ("meta", "procedures", "catalogue", "exports")


def register_api(app: Flask) -> None:
    """Register every API blueprint with the shared ``api`` object, then the API's
    HTTP behaviour (JSON errors, ETag, CORS) and its documentation page."""
    for name in API_MODULES:
        module = import_module(f"{__name__}.{name}")
        api.register_blueprint(module.blp, url_prefix=API_PREFIX)

    from .stats import blp as stats_blp
    api.register_blueprint(stats_blp, url_prefix="/api/v1/stats")

    from .staff import register as register_staff_api
    register_staff_api(api)

    from .docs import bp as docs_bp
    from .http import init_api_http
    app.register_blueprint(docs_bp, url_prefix=API_PREFIX)
    init_api_http(app)
