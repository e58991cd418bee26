"""Flask extensions, created unbound and initialised in ``create_app``."""
from flask_babel import Babel
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_login import LoginManager
from flask_migrate import Migrate
from flask_smorest import Api
from flask_sqlalchemy import SQLAlchemy
from flask_wtf.csrf import CSRFProtect
from sqlalchemy import MetaData
from sqlalchemy.orm import DeclarativeBase

# Stable constraint names, so migrations behave the same on SQLite and PostgreSQL.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


db = SQLAlchemy(model_class=Base)
migrate = Migrate()
login_manager = LoginManager()
babel = Babel()
# The JSON API under /api/v1; its OpenAPI document is generated from the code.
api = Api()
# CSRF protection for every form (the token-authenticated staff API is exempt).
csrf = CSRFProtect()
# Rate limits (sign-in, citizens' feedback); storage is REDIS_URL when set, else
# memory (RATELIMIT_STORAGE_URI in config.py); no default limits.
limiter = Limiter(key_func=get_remote_address)


def listen_per_app(app, key: str, hooks: dict) -> None:
    """Run session ``hooks`` (event name → function) for ``app``'s sessions; idempotent.

    ``db`` is one object for the process, so its sessionmaker is shared by every app
    bound to it: the functions are registered once on ``db.session`` (sessions made
    elsewhere, e.g. ``Session(engine)``, are never touched) and each starts with
    :func:`hooks_on`, which asks whether the app of the session's context enabled
    them. Two apps in one process therefore never run a hook twice, and an app that
    did not install a hook does not run it.
    """
    from sqlalchemy import event
    app.extensions[key] = True
    for name, fn in hooks.items():
        if not event.contains(db.session, name, fn):
            event.listen(db.session, name, fn)


def hooks_on(key: str) -> bool:
    """Whether the current app installed the session hooks named ``key``."""
    from flask import current_app, has_app_context
    return has_app_context() and bool(current_app.extensions.get(key))
