"""The latest check of each external link."""
from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from ..dbtypes import stored_enum, utcnow
from ..extensions import db


class LinkKind(str, enum.Enum):
    ONLINE = "online"   # procedure.online_url: where a citizen submits online
    LEGAL = "legal"     # legal_basis.url
    SOURCE = "source"   # procedure.source_url: the national record


class LinkCheck(db.Model):
    """One row per URL, overwritten by each run: the portal needs the current state
    of a link, not a log of every run (the run summary is printed)."""
    __tablename__ = "link_check"
    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(String(1000), unique=True)
    # A URL used in several roles is recorded under the most important one (online first).
    kind: Mapped[LinkKind] = mapped_column(stored_enum(LinkKind, "link_kind"))
    status_code: Mapped[int | None] = mapped_column(Integer)
    ok: Mapped[bool] = mapped_column(index=True)
    redirected: Mapped[bool] = mapped_column(default=False)
    final_url: Mapped[str] = mapped_column(String(1000), default="")
    error: Mapped[str] = mapped_column(String(500), default="")
    checked_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
