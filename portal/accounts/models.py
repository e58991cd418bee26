"""Portal users (agency staff and administrators), their agencies and API tokens."""
from __future__ import annotations

import datetime as dt
import enum

from flask_login import UserMixin
from sqlalchemy import Column, DateTime, ForeignKey, String, Table
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..catalogue.models import Agency
from ..dbtypes import stored_enum, utcnow
from ..extensions import db


class Role(str, enum.Enum):
    ADMIN = "admin"
    EDITOR = "editor"


# An editor may work for several agencies; an agency has several editors.
user_agency = Table(
    "user_agency", db.metadata,
    Column("user_id", ForeignKey("user.id", ondelete="CASCADE"), primary_key=True),
    Column("agency_id", ForeignKey("agency.id", ondelete="CASCADE"), primary_key=True,
           index=True),
)


class User(UserMixin, db.Model):
    __tablename__ = "user"
    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)
    password_hash: Mapped[str] = mapped_column(String(500))
    role: Mapped[Role] = mapped_column(stored_enum(Role, "role"), default=Role.EDITOR)
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # Failed sign-ins with this account since its last successful one: told to the owner
    # when they next sign in (the limits stop the guessing; this says it happened).
    failed_sign_ins: Mapped[int] = mapped_column(default=0, server_default="0")
    last_failed_sign_in_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))

    agencies: Mapped[list[Agency]] = relationship(secondary=user_agency, order_by=Agency.name)

    @property
    def is_active(self) -> bool:  # Flask-Login: disabled users cannot sign in
        return self.active

    @property
    def is_admin(self) -> bool:
        return self.role == Role.ADMIN

    # The server-side session this request was loaded through (set by the loader).
    session_row = None  # type: UserSession | None

    def get_id(self) -> str:
        # Flask-Login's alternative id: the cookie names a session row, never the user,
        # so ending the row ends every copy of the cookie.
        if self.session_row is None:
            raise AttributeError("a user is signed in through accounts.sessions.start_session")
        return self.session_row.cookie_id


class ApiToken(db.Model):
    """A bearer token for the staff API. Only its SHA-256 is stored: the
    token itself is shown once, when it is created."""
    __tablename__ = "api_token"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))

    user: Mapped[User] = relationship()

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None


class UserSession(db.Model):
    """A signed-in browser session. The cookie holds a random secret whose SHA-256 is
    stored here; a session whose row is ended (or gone) is no session at all."""
    __tablename__ = "user_session"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"), index=True)
    secret_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_seen_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    ended_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    user_agent: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(64), default="")

    user: Mapped[User] = relationship()
    # The cookie value, known only in the request that created or loaded the session.
    cookie_id = ""
