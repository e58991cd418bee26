"""The web layer: one blueprint per audience."""
from flask import Flask


def register_blueprints(app: Flask) -> None:
    from .health import bp as health_bp
    from .public import bp as public_bp

    app.register_blueprint(health_bp)
    app.register_blueprint(public_bp)

    from .dashboard import bp as dashboard_bp
    from .progress import bp as progress_bp
    app.register_blueprint(dashboard_bp)
    app.register_blueprint(progress_bp)

    from .api import register_api
    register_api(app)
