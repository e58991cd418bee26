"""Every setting in one place, read from the environment.

The environment variable names ``DATABASE_URL``, ``PORTAL_INDEX_DIR`` and
``SECRET_KEY`` are part of the portal's contract with its operators.

Kept hand-written rather than Flask's ``app.config.from_prefixed_env()`` (issue 17 §9):
that reads only ``FLASK_``-prefixed names and guesses types by parsing values as JSON,
so it would rename every variable operators set today (``DATABASE_URL``, ``REDIS_URL``,
``LOGIN_LIMIT_*``, ``PORTAL_*``) and still leave the defaults that depend on the mode
and the instance folder, the typed conversions and the production check below to us.
"""
from __future__ import annotations

import os
from pathlib import Path

DEV_SECRET_KEY = "dev-only-secret-key-do-not-use-in-production"


class ConfigError(RuntimeError):
    """A setting is missing or unsafe for the chosen mode."""


def _normalise_db_url(url: str) -> str:
    # Operators often paste the libpq form; SQLAlchemy needs the driver named.
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://"):]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    return url


def load_config(instance_path: str, overrides: dict | None = None) -> dict:
    """Build the settings dict from defaults, the environment and ``overrides``."""
    env = os.environ
    overrides = dict(overrides or {})
    mode = overrides.get("PORTAL_ENV") or env.get("PORTAL_ENV", "development")
    instance = Path(instance_path)
    cfg: dict = {
        # development | production | testing
        "PORTAL_ENV": mode,
        "SQLALCHEMY_DATABASE_URI": _normalise_db_url(
            env.get("DATABASE_URL") or f"sqlite:///{instance / 'portal.db'}"
        ),
        "PORTAL_INDEX_DIR": env.get("PORTAL_INDEX_DIR") or str(instance / "index"),
        "SECRET_KEY": env.get("SECRET_KEY"),
        "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True},
        # Languages: Vietnamese first, English second.
        "BABEL_DEFAULT_LOCALE": "vi",
        "BABEL_DEFAULT_TIMEZONE": "Asia/Ho_Chi_Minh",
        "PORTAL_LOCALES": ["vi", "en"],
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        "SESSION_COOKIE_SECURE": mode == "production",
        "REMEMBER_COOKIE_HTTPONLY": True,
        "REMEMBER_COOKIE_SECURE": mode == "production",
        "JSON_SORT_KEYS": False,
        # A staff session not used for this long ends (server-side, see accounts/sessions.py).
        "PORTAL_SESSION_IDLE_MINUTES": int(env.get("PORTAL_SESSION_IDLE_MINUTES") or 8 * 60),
        # Rate limits (Flask-Limiter): sign-in and citizens' feedback. Shared between processes through
        # Redis when REDIS_URL is set; per process (memory) otherwise.
        "REDIS_URL": env.get("REDIS_URL") or "",
        "RATELIMIT_STORAGE_URI": env.get("REDIS_URL") or "memory://",
        "RATELIMIT_KEY_PREFIX": env.get("RATELIMIT_KEY_PREFIX") or "portal",
        "RATELIMIT_HEADERS_ENABLED": False,
        # Failed sign-ins allowed: per account from one address (stops a guesser without
        # touching the owner elsewhere), per client address (many accounts), and per
        # account from all addresses together (guessing spread over many addresses;
        # not applied at an address the account signed in from in the last 90 days).
        "LOGIN_LIMIT_PER_ACCOUNT_ADDRESS": env.get("LOGIN_LIMIT_PER_ACCOUNT_ADDRESS")
        or "5 per minute;20 per hour",
        "LOGIN_LIMIT_PER_ADDRESS": env.get("LOGIN_LIMIT_PER_ADDRESS") or "20 per minute;200 per hour",
        "LOGIN_LIMIT_PER_ACCOUNT": env.get("LOGIN_LIMIT_PER_ACCOUNT") or "50 per hour;200 per day",
        # Reverse proxies in front of the portal (each adds itself to X-Forwarded-For):
        # their number, so the client's address (rate limits, sessions) is the one the
        # outermost trusted proxy saw. 0 = no proxy: the headers are ignored.
        "PORTAL_TRUSTED_PROXIES": int(env.get("PORTAL_TRUSTED_PROXIES") or 0),
        # CSRF tokens (Flask-WTF) last as long as the session.
        "WTF_CSRF_TIME_LIMIT": None,
        # OpenAPI document (flask-smorest): served at /api/v1/openapi.json.
        "API_TITLE": "Public services portal API",
        "API_VERSION": "v1",
        "OPENAPI_VERSION": "3.0.3",
        "OPENAPI_URL_PREFIX": "/api/v1",
        "OPENAPI_JSON_PATH": "openapi.json",
        # The province the portal serves, as open data states it (JSON-LD ``dct:spatial`` of
        # every procedure and agency): its name (e.g. "Tỉnh Quảng Nam") and, optionally, an IRI
        # that identifies it (e.g. its Wikidata or GeoNames entity). Empty: not stated.
        "PORTAL_PROVINCE_NAME": env.get("PORTAL_PROVINCE_NAME") or "",
        "PORTAL_PROVINCE_IRI": env.get("PORTAL_PROVINCE_IRI") or "",
        # Trust (issue 8): form files, link checks, freshness, citizens' feedback.
        # Form files live outside the static folder; a shared volume when several servers run.
        "PORTAL_UPLOAD_DIR": env.get("PORTAL_UPLOAD_DIR") or str(instance / "uploads"),
        "PORTAL_UPLOAD_MAX_BYTES": int(env.get("PORTAL_UPLOAD_MAX_BYTES") or 10 * 1024 * 1024),
        # Procedures not confirmed by staff for longer than this are listed as stale.
        "PORTAL_STALE_AFTER_DAYS": int(env.get("PORTAL_STALE_AFTER_DAYS") or 365),
        # Link checker: parallel requests, seconds per request, seconds between two requests to one host.
        "PORTAL_LINKCHECK_WORKERS": int(env.get("PORTAL_LINKCHECK_WORKERS") or 8),
        "PORTAL_LINKCHECK_TIMEOUT": float(env.get("PORTAL_LINKCHECK_TIMEOUT") or 10),
        "PORTAL_LINKCHECK_HOST_DELAY": float(env.get("PORTAL_LINKCHECK_HOST_DELAY") or 1),
        # TESTS ONLY: let the link checker (and the link rules) reach a test server on
        # loopback. Refused in production; private and link-local addresses stay refused.
        "PORTAL_LINKCHECK_ALLOW_LOOPBACK": env.get("PORTAL_LINKCHECK_ALLOW_LOOPBACK") == "1",
        # Citizens' feedback per client address (Flask-Limiter, storage as above).
        "PORTAL_FEEDBACK_RATE": env.get("PORTAL_FEEDBACK_RATE") or "5 per minute; 30 per day",
        # Seconds a process trusts its last look at the search change log before a search
        # looks again. The committing process updates the shared index itself; the look
        # only catches what a process that died between commit and index left behind.
        # 0 = look before every search (the default in tests).
        "PORTAL_SEARCH_CATCHUP_SECONDS": float(
            env.get("PORTAL_SEARCH_CATCHUP_SECONDS") or (0 if mode == "testing" else 1.0)),
        # The search follower (issue 16): a background thread per process, one working per
        # index folder (file lock), builds a missing index and applies the change log, so no
        # request waits for either. Off in tests (the caller does the work, synchronously).
        "PORTAL_SEARCH_FOLLOWER": (env.get("PORTAL_SEARCH_FOLLOWER") or
                                   ("0" if mode == "testing" else "1")) not in ("0", "false", "no"),
        # Processes that build a missing index of a large catalogue (20,000 procedures or
        # more; see portal/search/bulk.py): each writes its own range of procedures. Two
        # make a 150,000-procedure build about twice as fast on a two-core node.
        "PORTAL_SEARCH_BUILD_PROCS": int(env.get("PORTAL_SEARCH_BUILD_PROCS")
                                         or min(2, os.cpu_count() or 1)),
        # Seconds between two looks of the follower at the change log.
        "PORTAL_SEARCH_FOLLOW_INTERVAL": float(env.get("PORTAL_SEARCH_FOLLOW_INTERVAL") or 0.25),
        # The most index work a request does itself (with a follower running): applying up to
        # this many changed procedures, or building an index of up to this many. Beyond it
        # the request answers from the index as it stands, or from SQL when there is none.
        "PORTAL_SEARCH_REQUEST_SLICE": int(env.get("PORTAL_SEARCH_REQUEST_SLICE") or 200),
        # Password hashing (werkzeug's method string). scrypt with werkzeug's parameters
        # (n=32768, r=8, p=1: about 0.15 s of CPU a hash here); the test suite, which creates
        # and signs in thousands of users, uses n=1024, and production refuses anything
        # weaker than the default (_check).
        "PORTAL_PASSWORD_HASH": "scrypt:1024:8:1" if mode == "testing" else "scrypt",
        # FAULT INJECTION, used only by the crash tests (tests/crash/): when set, a process
        # kills itself with SIGKILL right after a commit that changed procedures and before
        # it applies the change to the search index. Never set it anywhere else.
        "PORTAL_TEST_CRASH_AFTER_COMMIT": env.get("PORTAL_TEST_CRASH_AFTER_COMMIT") == "1",
    }
    if overrides.get("REDIS_URL") and "RATELIMIT_STORAGE_URI" not in overrides:
        overrides["RATELIMIT_STORAGE_URI"] = overrides["REDIS_URL"]
    if "DATABASE_URL" in overrides:
        overrides["SQLALCHEMY_DATABASE_URI"] = _normalise_db_url(overrides.pop("DATABASE_URL"))
    cfg.update(overrides)
    # Any request body: the largest form file plus room for the form's other fields.
    # Werkzeug answers 413 from the Content-Length, before reading anything.
    cfg.setdefault("MAX_CONTENT_LENGTH", cfg["PORTAL_UPLOAD_MAX_BYTES"] + 1024 * 1024)
    _check(cfg)
    return cfg


MIN_SCRYPT_N = 2 ** 15   # werkzeug's default


def scrypt_cost(method: str) -> int:
    """The n of a werkzeug scrypt method string ("scrypt" = the default); 0 if not scrypt."""
    name, *params = str(method).split(":")
    if name != "scrypt":
        return 0
    return int(params[0]) if params and params[0].isdecimal() else MIN_SCRYPT_N


def _check(cfg: dict) -> None:
    """Refuse unsafe production settings; fill development defaults."""
    hops = cfg.get("PORTAL_TRUSTED_PROXIES")
    if not isinstance(hops, int) or not 0 <= hops <= 10:
        raise ConfigError("PORTAL_TRUSTED_PROXIES must be a number of proxies from 0 to 10")
    if cfg["PORTAL_ENV"] == "production":
        secret = (cfg.get("SECRET_KEY") or "").strip()
        if not secret or secret == DEV_SECRET_KEY:
            raise ConfigError("SECRET_KEY must be set to a private random value in production")
        # FLASK_DEBUG turns the interactive debugger on under `flask run`: refuse it too.
        flask_debug = os.environ.get("FLASK_DEBUG", "").strip().lower()
        if cfg.get("DEBUG") or flask_debug not in ("", "0", "false", "no"):
            raise ConfigError("DEBUG must be off in production")
        if cfg.get("PORTAL_TEST_CRASH_AFTER_COMMIT"):
            raise ConfigError("PORTAL_TEST_CRASH_AFTER_COMMIT is a test-only fault injection")
        if cfg.get("PORTAL_LINKCHECK_ALLOW_LOOPBACK"):
            raise ConfigError("PORTAL_LINKCHECK_ALLOW_LOOPBACK is for tests only")
        if scrypt_cost(cfg.get("PORTAL_PASSWORD_HASH", "scrypt")) < MIN_SCRYPT_N:
            raise ConfigError("PORTAL_PASSWORD_HASH must be scrypt with n of at least 32768"
                              " in production")
    elif not cfg.get("SECRET_KEY"):
        cfg["SECRET_KEY"] = DEV_SECRET_KEY
