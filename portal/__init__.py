"""The provincial online-services portal.

``create_app`` is the only place where things are wired; importing this
package touches no database and no index.
"""
from __future__ import annotations

import logging
import os

from flask import Flask

from .config import load_config

__all__ = ["create_app"]


def create_app(config: dict | None = None) -> Flask:
    """Build the application. ``config`` overrides settings from the environment."""
    app = Flask(__name__, instance_relative_config=True)
    app.config.update(load_config(app.instance_path, config))
    os.makedirs(app.instance_path, exist_ok=True)
    if app.config["PORTAL_TRUSTED_PROXIES"]:
        # Only as many X-Forwarded-* entries as there are proxies of ours are believed;
        # a client's own X-Forwarded-For cannot pick its rate-limit bucket.
        from werkzeug.middleware.proxy_fix import ProxyFix
        hops = app.config["PORTAL_TRUSTED_PROXIES"]
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops)
    if app.config["PORTAL_ENV"] == "development" and app.config["SECRET_KEY"]:
        logging.getLogger(__name__).debug("development mode")

    from . import models  # noqa: F401  (registers every table with the metadata)
    from .extensions import api, babel, csrf, db, limiter, login_manager, migrate
    from .i18n import ensure_compiled, package_folder, select_locale
    from flask_babel import gettext

    db.init_app(app)
    migrate.init_app(app, db, directory=str(package_folder("portal.migrations", "migrations")))
    babel.init_app(app, locale_selector=select_locale,
                   default_translation_directories=str(ensure_compiled(app.instance_path)))
    login_manager.init_app(app)
    login_manager.login_view = "auth.login"
    login_manager.login_message = "Hãy đăng nhập để tiếp tục."  # msgid, translated below
    login_manager.localize_callback = gettext
    login_manager.login_message_category = "info"
    csrf.init_app(app)
    limiter.init_app(app)
    from flask_babel import get_locale
    app.jinja_env.globals["get_locale"] = get_locale

    from .accounts.sessions import load_user
    login_manager.user_loader(load_user)

    api.init_app(app)
    from .web import register_blueprints
    register_blueprints(app)

    from .search.setup import init_search
    init_search(app)
    from .levels.spans import install as install_span_hooks
    install_span_hooks(app)

    from .cli import register_cli
    register_cli(app)
    return app
