"""``flask --app portal i18n update|compile``: the translation workflow."""
import click

from flask import current_app

from ...i18n import POT, TRANSLATIONS, compile_catalogues, compiled_folder, update_catalogues
from . import bp


@bp.cli.command("update")
def update() -> None:
    """Extract every marked string and merge it into the vi and en catalogues."""
    update_catalogues()
    click.echo(f"Updated {POT} and the catalogues under {TRANSLATIONS}.")
    click.echo("Translate new entries in translations/en/LC_MESSAGES/messages.po, then run "
               "`flask --app portal i18n compile` (the app also compiles stale catalogues at start).")


@bp.cli.command("compile")
def compile_() -> None:
    """Compile every catalogue to .mo in the instance folder (the app does this at start
    when they are stale)."""
    written = compile_catalogues(force=True,
                                 target=compiled_folder(current_app.instance_path))
    click.echo(f"Compiled {len(written)} catalogue(s).")
