"""``flask --app portal catalogue ...``: thin wrappers over the import services."""
from __future__ import annotations

import contextlib
import sys
import time
from pathlib import Path

import click
from flask.cli import AppGroup
from sqlalchemy.exc import SQLAlchemyError

from ..extensions import db

PROGRESS_EVERY = 5.0   # seconds between progress lines when output is not a terminal

catalogue_cli = AppGroup("catalogue", help="Import and manage the procedure catalogue.")


def _count_lines(path: Path) -> int | None:
    """Lines (records) in a JSON-lines file, for the progress bar; None for Excel."""
    from .readers import kind_of

    if kind_of(path) != "jsonl":
        return None
    import gzip
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    try:
        with opener(path, "rb") as handle:
            return sum(1 for _ in handle)
    except (OSError, EOFError):
        return None


class _ProgressLines:
    """Progress for a log rather than a terminal: one line every ``every`` seconds."""

    def __init__(self, name: str, length: int | None, echo, every: float | None = None) -> None:
        self.name, self.length, self.echo = name, length, echo
        self.every = PROGRESS_EVERY if every is None else every
        self.done, self.last = 0, time.monotonic()

    def update(self, n: int) -> None:
        self.done += n
        now = time.monotonic()
        if now - self.last >= self.every:
            self.last = now
            of = f"/{self.length}" if self.length else ""
            self.echo(f"{self.name}: {self.done}{of} records read")


def _progress(path: Path, show_bar: bool, echo):
    """A progress bar on a terminal, else lines every few seconds (logs, CI, pipes)."""
    length = _count_lines(path) if path.is_file() else None
    if show_bar and length:
        return click.progressbar(length=length, label=path.name)
    return contextlib.nullcontext(_ProgressLines(path.name, length, echo))


def import_paths(paths, *, demo_history: bool, echo=click.echo, show_progress: bool = False):
    """Import each file in its own transaction, committed when the file is done."""
    from .files import import_file
    from .readers import SourceError
    from .services import ImportReport

    total = ImportReport()
    for path in map(Path, paths):
        try:
            with _progress(path, show_progress, echo) as shown:
                report = import_file(path, demo_history=demo_history, progress=shown.update)
            db.session.commit()
        except (SourceError, SQLAlchemyError) as err:
            db.session.rollback()
            message = str(err).splitlines()[0]
            echo(f"{path}: not imported: {message}", err=True)
            total.failed_files.append(str(path))
            continue
        echo(f"{path.name}: created {report.created}, updated {report.updated}, "
             f"unchanged {report.unchanged}, rejected {len(report.rejected)}")
        total.merge(report)
    return total


def ensure_schema(echo=click.echo) -> None:
    """Create or upgrade the database schema to the latest migration (as quickstart does),
    so an import into a new database does not fail with "no such table"."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory
    from flask import current_app
    from flask_migrate import upgrade

    config = current_app.extensions["migrate"].migrate.get_config()
    head = ScriptDirectory.from_config(config).get_current_head()
    with db.engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    if current != head:
        echo(f"Database schema at {current or 'nothing'}: upgrading to {head} first.")
        upgrade()


def print_summary(report, echo=click.echo) -> None:
    """The end-of-import summary: counts, every rejection, every code mismatch."""
    # Each procedure once, by its first news: one the national file created and an Excel
    # list then filled in counts as created, not also as updated.
    echo(f"Created: {report.created}, updated: {report.updated}, "
         f"unchanged: {report.unchanged}, rejected: {len(report.rejected)}")
    echo(f"Level changes recorded: {report.level_changes} (import), "
         f"{report.demo_changes} (demo)")
    for item in report.rejected:
        echo(f"  rejected {item.source} {item.where}: {item.reason}")
    if report.mismatches:
        echo(f"Code mismatches ({len(report.mismatches)}): the page's own code was used")
        for m in report.mismatches:
            echo(f"  line {m.line}: listed {m.listed}, page says {m.page} -> {m.chosen}"
                 f" ({m.name[:60]})")
    print_review_summary(report, echo)


def print_review_summary(report, echo=click.echo) -> None:
    """Issue 12: what was kept as text, which sources disagreed, what was left alone."""
    if report.warnings:
        echo(f"Warnings ({len(report.warnings)}): a table in a form the parser does not know,"
             " kept as text and marked for review")
        for w in report.warnings:
            echo(f"  warning {w.source} line {w.line} ({w.code}): {w.detail[:100]}")
    if report.conflicts:
        echo(f"Source conflicts ({len(report.conflicts)}): the JSON record is kept"
             " (see portal/imports/excel.py, choose())")
        for c in report.conflicts:
            echo(f"  conflict {c.source} {c.where} {c.code} {c.field}: JSON {c.json_value!r}"
                 f" / Excel {c.excel_value!r} -> {c.kept} kept")
    if report.listed_only:
        echo(f"Listed only ({len(report.listed_only)}): codes in a list with no record of their"
             " own, kept as drafts: " + ", ".join(report.listed_only))
    if report.staff_kept:
        echo(f"Staff-edited, left alone ({len(report.staff_kept)}): "
             + ", ".join(report.staff_kept))


@catalogue_cli.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--demo-history", is_flag=True,
              help="Also generate a plausible demo level history (never in production).")
def import_command(paths, demo_history: bool) -> None:
    """Import national catalogue files (.jsonl, .jsonl.gz, .xlsx).

    Creates or upgrades the database schema first when it is not at the latest migration.
    """
    ensure_schema()
    report = import_paths(paths, demo_history=demo_history,
                          show_progress=sys.stdout.isatty())
    print_summary(report)
    if report.read == 0:
        raise click.ClickException("nothing could be read")


@catalogue_cli.command("audit")
@click.option("--agency", "agency", default=None, help="Only this agency (its exact name).")
@click.option("--format", "fmt", type=click.Choice(["text", "csv"]), default="text",
              show_default=True)
def audit_command(agency: str | None, fmt: str) -> None:
    """List every record marked for a human look, and why, with counts per agency."""
    from ..catalogue.review import counts_by_agency, review_rows

    rows = review_rows(agency_name=agency)
    if fmt == "csv":
        import csv
        import io
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(["agency", "code", "name", "kind", "detail"])
        for r in rows:
            writer.writerow([r.agency, r.code, r.name, r.kind, r.detail])
        click.echo(buf.getvalue(), nl=False)
        return
    for name, kinds in counts_by_agency(rows).items():
        click.echo(f"{name}: {sum(kinds.values())} marks ("
                   + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())) + ")")
        for r in (r for r in rows if r.agency == name):
            click.echo(f"  {r.code} {r.kind}: " + " ".join(r.detail.split())[:120])
    if not rows:
        click.echo("No record is marked for review.")


@catalogue_cli.command("demo-history")
@click.option("--remove", is_flag=True, help="Remove every demo level change.")
def demo_history_command(remove: bool) -> None:
    """Add a demo level history to every procedure, or remove all of it."""
    from sqlalchemy import select

    from ..catalogue.models import Procedure
    from .levels import add_demo_history, remove_demo_history

    if remove:
        removed = remove_demo_history()
        db.session.commit()
        click.echo(f"Removed {removed} demo level changes; levels recomputed.")
        return
    added = add_demo_history(list(db.session.scalars(select(Procedure.code))))
    db.session.commit()
    click.echo(f"Added {added} demo level changes.")


@catalogue_cli.command("export")
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
def export_command(path: Path) -> None:
    """Back up every procedure with its rows, level history and audit (JSON lines; .gz)."""
    from ..backup.services import export_catalogue

    counts = export_catalogue(path)
    click.echo(f"Exported {counts.get('procedure', 0)} procedures, "
               f"{counts.get('agency', 0)} agencies, {counts.get('field', 0)} fields, "
               f"{counts.get('user', 0)} user references to {path}")


@catalogue_cli.command("restore")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def restore_command(path: Path) -> None:
    """Restore a backup made by `catalogue export` into an empty database."""
    from flask import current_app

    from ..backup.services import restore_catalogue
    from ..errors import DomainError

    try:
        counts = restore_catalogue(path)
    except DomainError as exc:
        db.session.rollback()
        raise click.ClickException(str(exc)) from None
    db.session.commit()
    click.echo(f"Restored {counts['procedure']} procedures, {counts['level_change']} level "
               f"changes, {counts['audit_entry']} audit entries from {path}")
    backend = current_app.extensions.get("portal.search")
    if backend is not None and hasattr(backend, "sync"):
        # The restored rows bypassed the change log: index them all at once.
        backend.sync.rebuild()
        backend.sync.started = True
        click.echo("Search index rebuilt.")
