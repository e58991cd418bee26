"""Account rules."""
from __future__ import annotations

from ..extensions import db
from .models import User


def load_user(user_id: str) -> User | None:
    """Flask-Login's loader: an active user by id."""
    try:
        user = db.session.get(User, int(user_id))
    except (TypeError, ValueError):
        return None
    return user if user is not None and user.active else None
