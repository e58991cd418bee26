"""Server-side sign-in sessions: each browser session is a row that can be ended.

Flask-Login stores ``User.get_id()`` in the signed session cookie; ours is an
alternative id naming a ``UserSession`` row (a random secret, stored hashed), never
the user's id. Ending the row (sign-out, password change, disabling, "end this
session") makes every copy of that cookie worthless at once, which a signed cookie
alone cannot do.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import secrets

from flask import current_app
from flask_babel import lazy_gettext as _l
from sqlalchemy import select, update
from sqlalchemy.exc import SQLAlchemyError

from ..dbtypes import utcnow
from ..errors import Forbidden
from ..extensions import db
from .models import User, UserSession

PREFIX = "s."
# last_seen_at is written at most this often per session (a write per request would
# cost more than the idle time-out it serves is worth).
TOUCH_EVERY = dt.timedelta(seconds=60)


def _digest(secret: str) -> str:
    # 256 random bits: a plain SHA-256 is enough, nothing to brute-force.
    return hashlib.sha256(secret.encode()).hexdigest()


def _aware(value: dt.datetime) -> dt.datetime:
    # SQLite hands timezone-aware columns back naive (in UTC).
    return value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)


def start_session(user: User, *, user_agent: str = "", address: str = "") -> UserSession:
    """A new session for ``user``; ``user.get_id()`` then names it for Flask-Login."""
    secret = secrets.token_urlsafe(32)
    row = UserSession(user_id=user.id, secret_hash=_digest(secret),
                      user_agent=(user_agent or "")[:200], address=(address or "")[:64])
    db.session.add(row)
    db.session.flush()
    row.cookie_id = PREFIX + secret
    user.session_row = row
    return row


def load_user(cookie_id: str) -> User | None:
    """Flask-Login's loader: the active user of a live session, or None."""
    if not isinstance(cookie_id, str) or not cookie_id.startswith(PREFIX) or len(cookie_id) > 100:
        return None  # a cookie from before server-side sessions, or forged: sign in again
    row = db.session.scalars(select(UserSession).where(
        UserSession.secret_hash == _digest(cookie_id[len(PREFIX):]))).first()
    if row is None or row.ended_at is not None or not row.user.active:
        return None
    now = utcnow()
    idle = dt.timedelta(minutes=current_app.config["PORTAL_SESSION_IDLE_MINUTES"])
    if now - _aware(row.last_seen_at) > idle:
        return None
    if now - _aware(row.last_seen_at) > TOUCH_EVERY:
        _touch(row.id, now)
    row.cookie_id = cookie_id
    row.user.session_row = row
    return row.user


def _touch(session_id: int, now: dt.datetime) -> None:
    # On its own connection: the request's transaction stays the view's to commit or
    # roll back. Losing a touch costs nothing but an earlier idle time-out.
    try:
        with db.engine.begin() as conn:
            conn.execute(update(UserSession).where(UserSession.id == session_id)
                         .values(last_seen_at=now))
    except SQLAlchemyError:
        current_app.logger.warning("could not record session activity", exc_info=True)


def end_session(row: UserSession, actor: User) -> None:
    """End one session; only its owner or an administrator may."""
    if row.user_id != actor.id and not actor.is_admin:
        raise Forbidden(str(_l("Bạn không có quyền kết thúc phiên này.")))
    if row.ended_at is None:
        row.ended_at = utcnow()
        db.session.flush()


def end_user_sessions(user: User, *, keep: UserSession | None = None) -> int:
    """End every live session of ``user`` except ``keep``; returns how many ended."""
    query = (update(UserSession)
             .where(UserSession.user_id == user.id, UserSession.ended_at.is_(None))
             .values(ended_at=utcnow()))
    if keep is not None:
        query = query.where(UserSession.id != keep.id)
    result = db.session.execute(query, execution_options={"synchronize_session": "fetch"})
    return result.rowcount or 0


def active_sessions(user: User) -> list[UserSession]:
    """The user's sessions not ended and not idle too long, newest activity first."""
    idle = dt.timedelta(minutes=current_app.config["PORTAL_SESSION_IDLE_MINUTES"])
    rows = db.session.scalars(select(UserSession).where(
        UserSession.user_id == user.id, UserSession.ended_at.is_(None))
        .order_by(UserSession.last_seen_at.desc())).all()
    now = utcnow()
    return [r for r in rows if now - _aware(r.last_seen_at) <= idle]


KNOWN_FOR = dt.timedelta(days=90)


def known_address(email: str, address: str) -> bool:
    """True when the account ``email`` signed in from ``address`` in the last 90 days."""
    if not email or not address:
        return False
    since = utcnow() - KNOWN_FOR
    return db.session.scalar(
        select(UserSession.id).join(User, User.id == UserSession.user_id)
        .where(User.email == email, UserSession.address == address[:64],
               UserSession.created_at >= since).limit(1)) is not None
