"""``flask --app portal analytics aggregate``: fold old searches into weekly counts."""
import click
from flask.cli import AppGroup

from ..extensions import db
from .services import RETENTION_DAYS, aggregate_old_searches

analytics_cli = AppGroup("analytics", help="Search analytics.")


@analytics_cli.command("aggregate")
@click.option("--days", default=RETENTION_DAYS, show_default=True,
              help="Keep individual entries this many days.")
def aggregate(days: int) -> None:
    """Fold search-log entries older than --days into weekly counts."""
    folded = aggregate_old_searches(days=days)
    db.session.commit()
    click.echo(f"Folded {folded} search entries into weekly counts.")
