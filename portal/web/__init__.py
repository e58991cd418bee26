"""The web layer: one blueprint per audience."""
from flask import Flask


def register_blueprints(app: Flask) -> None:
    """Register every blueprint; ``<int:...>`` in their rules is a bounded row id."""
    from .safety import RowIdConverter
    # Before any rule is added: rules pick their converter when they are registered.
    app.url_map.converters["int"] = RowIdConverter
    from .health import bp as health_bp
    from .public import bp as public_bp

    app.register_blueprint(health_bp)
    app.register_blueprint(public_bp)
    from .files import bp as files_bp
    app.register_blueprint(files_bp)
    from .feedback import bp as feedback_bp
    app.register_blueprint(feedback_bp)
    from .links import bp as links_bp
    app.register_blueprint(links_bp)
    from .trust_admin import bp as trust_admin_bp
    app.register_blueprint(trust_admin_bp)

    from .admin import bp as admin_bp
    from .auth import bp as auth_bp
    from .staff import bp as staff_bp
    app.register_blueprint(auth_bp)
    app.register_blueprint(staff_bp)
    app.register_blueprint(admin_bp)

    from .dashboard import bp as dashboard_bp
    from .progress import bp as progress_bp
    app.register_blueprint(dashboard_bp)
    app.register_blueprint(progress_bp)

    from .api import register_api
    register_api(app)

    from .security import init_security_headers
    init_security_headers(app)
