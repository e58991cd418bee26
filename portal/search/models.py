"""Search tables: the change log the index follows, and the synonym groups."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..dbtypes import utcnow
from ..extensions import db

# SQLite only auto-increments an INTEGER PRIMARY KEY; PostgreSQL gets a bigint.
_BIGID = BigInteger().with_variant(Integer(), "sqlite")


class SearchChange(db.Model):
    """A procedure whose search document must be (re)computed.

    Written in the same transaction as the change itself (session events in
    ``changelog``); the index stores the last id it applied. Rows only say
    *which* procedure changed: applying one re-reads the current rows, so a
    replay or an out-of-order application is harmless.
    """
    __tablename__ = "search_change"
    id: Mapped[int] = mapped_column(_BIGID, primary_key=True)
    procedure_id: Mapped[int] = mapped_column(Integer, index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    # PostgreSQL: the writing transaction's id (``pg_current_xact_id()``), so a follower
    # can tell a change that may still commit from one that never will (``position``).
    # NULL on SQLite (one writer: ids commit in order) and on rows older than 0012.
    txid: Mapped[int | None] = mapped_column(BigInteger, nullable=True, index=True)


class SynonymGroup(db.Model):
    """Phrases a citizen uses for the same thing (``CCCD`` ~ ``căn cước công dân``).

    Queries are expanded with the groups at search time, so an edit takes
    effect without rebuilding the index.
    """
    __tablename__ = "synonym_group"
    id: Mapped[int] = mapped_column(primary_key=True)
    # One phrase per line, NFC; the first is the preferred form.
    terms: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(String(500), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow)

    @property
    def phrases(self) -> list[str]:
        return [line for line in self.terms.split("\n") if line.strip()]
