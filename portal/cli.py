"""Command-line interface: thin wrappers over the services."""
import click
from flask import Flask, current_app
from flask.cli import with_appcontext


def register_cli(app: Flask) -> None:
    from .analytics.cli import analytics_cli
    from .imports.cli import catalogue_cli
    from .search.cli import search_cli

    app.cli.add_command(catalogue_cli)
    app.cli.add_command(search_cli)
    from .accounts.cli import users_cli
    app.cli.add_command(users_cli)
    app.cli.add_command(analytics_cli)
    from .links.cli import links_cli
    app.cli.add_command(links_cli)
    from .levels.cli import levels_cli
    app.cli.add_command(levels_cli)
    app.cli.add_command(quickstart)


@click.command("quickstart")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True)
@click.option("--no-serve", is_flag=True, help="Prepare everything but do not start the server.")
@with_appcontext
def quickstart(host: str, port: int, no_serve: bool) -> None:
    """Create or upgrade the database, load the demo catalogue if the database
    is empty, and serve the portal (development server)."""
    from flask_migrate import upgrade

    upgrade()
    from .demo import ensure_demo_catalogue
    ensure_demo_catalogue(echo=click.echo)
    if no_serve:
        return
    click.echo(f"Serving the portal at http://{host}:{port}/ (Ctrl+C to stop)")
    # Flask ignores app.run() inside its own CLI; serve with Werkzeug directly.
    from werkzeug.serving import run_simple
    run_simple(host, port, current_app._get_current_object(), threaded=True)
