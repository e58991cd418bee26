"""The web layer: one blueprint per audience."""
from flask import Flask


def register_blueprints(app: Flask) -> None:
    from .health import bp as health_bp
    from .public import bp as public_bp

    app.register_blueprint(health_bp)
    app.register_blueprint(public_bp)

    from .admin import bp as admin_bp
    from .auth import bp as auth_bp
    from .staff import bp as staff_bp
    app.register_blueprint(auth_bp)
    app.register_blueprint(staff_bp)
    app.register_blueprint(admin_bp)

    from .api import register_api
    register_api(app)

    from .security import init_security_headers
    init_security_headers(app)
