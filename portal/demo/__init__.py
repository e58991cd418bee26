"""The project's own demo catalogue (written by the team, marked as demo data)."""
from __future__ import annotations

from typing import Callable


def ensure_demo_catalogue(echo: Callable[[str], None] = print) -> None:
    """Load the demo catalogue and its demo level history into an empty database."""
    from sqlalchemy import func, select

    from ..catalogue.models import Procedure
    from ..extensions import db

    if db.session.scalar(select(func.count()).select_from(Procedure)):
        echo("The catalogue already has procedures: reusing them.")
        return
    echo("The demo catalogue is not available yet.")
