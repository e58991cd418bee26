"""``flask --app portal levels ...``: maintenance of the derived level tables."""
from __future__ import annotations

import time

import click
from flask.cli import AppGroup

from ..extensions import db

levels_cli = AppGroup("levels", help="Maintain the level statistics' derived tables.")


@levels_cli.command("rebuild-spans")
def rebuild_spans_command() -> None:
    """Recompute level_span and level_span_day from the level history."""
    from .spans import rebuild_spans
    started = time.monotonic()
    spans, days = rebuild_spans()
    db.session.commit()
    click.echo(f"Rebuilt {spans} level spans and {days} daily totals "
               f"in {time.monotonic() - started:.1f} s")
