"""WSGI entry point for production servers: ``gunicorn 'portal.wsgi:app'``.

Production mode is the default here, so the portal refuses to start without a
private SECRET_KEY.
"""
import os

from . import create_app

os.environ.setdefault("PORTAL_ENV", "production")
app = create_app()
