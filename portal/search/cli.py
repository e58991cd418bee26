"""``flask --app portal search ...``: rebuild, status, seed-synonyms."""
from __future__ import annotations

import time

import click
from flask import current_app
from flask.cli import AppGroup

from ..extensions import db

search_cli = AppGroup("search", help="Manage the procedure search index.")


def _backend():
    backend = current_app.extensions.get("portal.search")
    if backend is None or not hasattr(backend, "sync"):
        raise click.ClickException("the Whoosh search backend is not configured")
    return backend


@search_cli.command("rebuild")
def rebuild() -> None:
    """Build a fresh index beside the live one and swap it in (searches keep working)."""
    backend = _backend()
    started = time.monotonic()
    count = backend.sync.rebuild(echo=click.echo)
    click.echo(f"Indexed {count} published procedures in {time.monotonic() - started:.1f} s "
               f"into {backend.store.root / (backend.store.live_name() or '')}")


@search_cli.command("status")
@click.option("--no-catch-up", is_flag=True,
              help="Only report (as /healthz does); do not apply pending changes first.")
def status(no_catch_up: bool) -> None:
    """Readiness, documents vs published procedures, and the change-log lag."""
    backend = _backend()
    if not no_catch_up:
        try:
            # A process starting up catches up first (building a missing index): after
            # a crash the figures show where things stand now.
            backend.sync.ensure_current()
        except Exception as exc:  # the figures below still say how far behind it is
            click.echo(f"could not catch up: {exc}", err=True)
    from .service import readiness
    figures = readiness()
    index = figures["index"]
    click.echo(f"ready: {'yes' if figures['ready'] else 'no'}")
    click.echo(f"database: {figures['database']}")
    for label, key in (("index directory", "directory"), ("documents in index", "documents"),
                       ("published procedures", "published"),
                       ("index checkpoint", "checkpoint"), ("change log head", "log_head"),
                       ("changes not yet applied", "pending_changes"),
                       ("lag seconds", "lag_seconds")):
        if index.get(key) is not None:
            click.echo(f"{label}: {index[key]}")
    if index.get("usable") and (index["documents"] != index["published"]
                                or index["pending_changes"]):
        click.echo("The index is behind: the follower catches up "
                   "(or run `flask search rebuild`).")
    if not index.get("usable"):
        click.echo("No usable search index: searches answer from SQL until the follower "
                   "has built one (or run `flask search rebuild`).")
    if not figures["ready"]:
        raise SystemExit(1)


@search_cli.command("seed-synonyms")
def seed_synonyms() -> None:
    """Add the seed synonym groups that are missing."""
    from .synonyms import seed_synonym_groups
    added = seed_synonym_groups()
    db.session.commit()
    click.echo(f"Added {added} synonym group(s).")
