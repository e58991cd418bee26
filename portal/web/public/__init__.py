"""Everything a citizen reaches without signing in: pages, form downloads, feedback, the
progress page and the health check. Registering it also installs the template helpers and
the fingerprinted static URLs, and adds ``flask i18n``."""
from flask import Blueprint

bp = Blueprint("public", __name__, cli_group="i18n")


@bp.record_once
def _setup(state) -> None:
    from .assets import init_assets
    from ..formatting import init_formatting

    # Flask-Babel caches the locale on ``g``, which requests share when an app context
    # is already pushed (CLI tasks): choose it afresh for every request.
    from flask_babel import refresh
    state.app.before_request(refresh)
    init_formatting(state.app)
    init_assets(state.app)


from . import cli, views, files, feedback, progress, health  # noqa: E402,F401
