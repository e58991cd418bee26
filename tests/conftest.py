"""Fixtures: one migrated database per test session, emptied after every test.

The database is SQLite in a temporary folder unless ``DATABASE_URL`` names
another (CI runs the suite a second time on PostgreSQL).
"""
from __future__ import annotations

import contextlib
import os
import uuid
from pathlib import Path

import pytest
from flask import has_app_context
from flask.testing import FlaskClient
from sqlalchemy import text

from portal import create_app
from portal.extensions import db

SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
NATIONAL_JSONL = SHARED_DATA / "dvcqg-catalogue-2026-07.jsonl.gz"


def shared_data(name: str = "") -> Path:
    """A path under ../shared/data, or skip the test with a reason when it is absent."""
    path = SHARED_DATA / name if name else SHARED_DATA
    if not path.exists():
        pytest.skip(f"needs the shared catalogue data at {path}")
    return path


def is_postgres() -> bool:
    return os.environ.get("DATABASE_URL", "").startswith("postgres")


@contextlib.contextmanager
def temporary_database(tmp_path: Path):
    """The URL of a new, empty database of the suite's kind, dropped afterwards.

    SQLite: a file in ``tmp_path``. PostgreSQL: a database created beside the
    suite's own (same server and user).
    """
    if not is_postgres():
        yield f"sqlite:///{tmp_path / 'other.db'}"
        return
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    base = make_url(os.environ["DATABASE_URL"])
    name = f"{base.database}_tmp_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            yield base.set(database=name).render_as_string(hide_password=False)
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


class RequestClient(FlaskClient):
    """A test client whose every request runs in an application context of its own, as in
    production: a fresh ``g`` (Flask-Login's user, Babel's locale) and its own database
    session, closed when the request ends.

    A test that holds a context to prepare and check data (``app_ctx``) has what it prepared
    committed before the request, as a request only ever sees committed data, and reads
    afresh afterwards what the request committed."""

    def open(self, *args, **kwargs):
        held = has_app_context()
        if held:
            db.session.commit()
        try:
            with self.application.app_context():
                return super().open(*args, **kwargs)
        finally:
            if held:
                db.session.expire_all()


@pytest.fixture(scope="session")
def app(tmp_path_factory):
    instance = tmp_path_factory.mktemp("instance")
    config = {
        "PORTAL_ENV": "testing",
        "TESTING": True,
        "SECRET_KEY": "test-secret",
        "PORTAL_INDEX_DIR": str(instance / "index"),
        "PORTAL_UPLOAD_DIR": str(instance / "uploads"),
        "WTF_CSRF_ENABLED": False,
    }
    if not os.environ.get("DATABASE_URL"):
        config["DATABASE_URL"] = f"sqlite:///{instance / 'test.db'}"
    application = create_app(config)
    application.test_client_class = RequestClient
    with application.app_context():
        from flask_migrate import upgrade
        upgrade()
    yield application
    with application.app_context():
        db.session.remove()
        db.engine.dispose()


@pytest.fixture(scope="session")
def national(tmp_path_factory):
    """The national file, imported once per run into a database and an index of their own
    (the suite's database is emptied after every test). For tests that only read it; a test
    that changes it puts it back (or rolls back) before it ends. Yields the app, the import's
    report and the file's path."""
    from types import SimpleNamespace

    from flask_migrate import upgrade

    from portal.imports.files import import_file

    path = shared_data(NATIONAL_JSONL.name)
    folder = tmp_path_factory.mktemp("national")
    with temporary_database(folder) as url:
        application = create_app({
            "PORTAL_ENV": "testing", "TESTING": True, "SECRET_KEY": "test-secret",
            "WTF_CSRF_ENABLED": False, "DATABASE_URL": url,
            "PORTAL_INDEX_DIR": str(folder / "index"),
            "PORTAL_UPLOAD_DIR": str(folder / "uploads")})
        with application.app_context():
            upgrade()
            report = import_file(path)
            db.session.commit()
        yield SimpleNamespace(app=application, report=report, path=path)
        with application.app_context():
            db.session.remove()
            db.engine.dispose()


def _empty_all_tables() -> None:
    tables = [t for t in reversed(db.metadata.sorted_tables) if t.name != "alembic_version"]
    if db.engine.dialect.name == "postgresql":
        names = ", ".join(f'"{t.name}"' for t in tables)
        db.session.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
    else:
        for table in tables:
            db.session.execute(table.delete())
    # The synonym seed is data the migration loads: every test starts with it.
    from portal.search.synonyms import seed_synonym_groups
    seed_synonym_groups()
    db.session.commit()


@pytest.fixture()
def app_ctx(app):
    with app.app_context():
        yield app
        db.session.rollback()
        _empty_all_tables()
        db.session.remove()


@pytest.fixture()
def client(app_ctx):
    """A client for the app; each of its requests runs in a context of its own
    (``RequestClient``), while the test's own context (``app_ctx``) prepares and checks data."""
    return app_ctx.test_client()


@pytest.fixture()
def runner(app_ctx):
    return app_ctx.test_cli_runner()
