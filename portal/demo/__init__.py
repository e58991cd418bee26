"""The project's own demo catalogue (written by the team, marked as demo data).

Every ``portal/demo/*.jsonl`` file is a catalogue in the national JSON-lines
format, each record carrying ``"demo": true``.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

DEMO_DIR = Path(__file__).resolve().parent


def demo_files() -> list[Path]:
    """The demo catalogue files, in a stable order."""
    return sorted(DEMO_DIR.glob("*.jsonl"))


def ensure_demo_catalogue(echo: Callable[[str], None] = print) -> None:
    """Load the demo catalogue and its demo level history into an empty database."""
    from sqlalchemy import func, select

    from ..catalogue.models import Procedure
    from ..extensions import db
    from ..imports.cli import import_paths, print_summary

    if db.session.scalar(select(func.count()).select_from(Procedure)):
        echo("The catalogue already has procedures: reusing them.")
        return
    files = demo_files()
    if not files:
        echo("No demo catalogue files found in portal/demo/.")
        return
    echo(f"Loading the demo catalogue ({len(files)} files) with its demo level history…")
    report = import_paths(files, demo_history=True,
                          echo=lambda text, err=False: echo(text))
    print_summary(report, echo=lambda text, err=False: echo(text))
