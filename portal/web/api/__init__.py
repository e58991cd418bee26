"""The JSON API under /api/v1 (flask-smorest blueprints, one module per audience)."""
from flask import Flask

from ...extensions import api


def register_api(app: Flask) -> None:
    """Register every API blueprint with the shared ``api`` object."""
    from .meta import blp as meta_blp

    api.register_blueprint(meta_blp, url_prefix="/api/v1")
    from .stats import blp as stats_blp
    api.register_blueprint(stats_blp, url_prefix="/api/v1/stats")
