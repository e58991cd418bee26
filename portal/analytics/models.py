"""The search log and its weekly aggregates. Neither holds an address, an
account or any other personal data: only the normalised query text."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from ..dbtypes import utcnow
from ..extensions import db


class SearchLog(db.Model):
    """One search: its normalised text, how many results, which one was opened
    and at which position. ``visit`` is a random token kept in the visitor's
    session cookie, never tied to an account or an address: it only tells
    which searches followed each other (a reformulation)."""
    __tablename__ = "search_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    query: Mapped[str] = mapped_column(String(200), index=True)
    result_count: Mapped[int] = mapped_column(Integer)
    opened_code: Mapped[str | None] = mapped_column(String(64))
    searched_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, index=True)
    opened_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    opened_position: Mapped[int | None] = mapped_column(Integer)
    visit: Mapped[str | None] = mapped_column(String(32), index=True)


class SearchWeekly(db.Model):
    """Searches older than the retention period, counted per week and query."""
    __tablename__ = "search_weekly"
    week_start: Mapped[dt.date] = mapped_column(Date, primary_key=True)  # a Monday
    query: Mapped[str] = mapped_column(String(200), primary_key=True)
    searches: Mapped[int] = mapped_column(Integer, default=0)
    with_results: Mapped[int] = mapped_column(Integer, default=0)
    opened: Mapped[int] = mapped_column(Integer, default=0)


class SearchWeeklyPair(db.Model):
    """What the folded entries taught, counted per week: ``open`` = the query
    and a procedure opened from it (``target`` its code, ``positions`` the sum
    of the positions it was opened at); ``reform`` = a query with nothing
    opened followed in the same visit by ``target``, a query whose result was
    opened. The learning-from-use proposals read these with the raw log."""
    __tablename__ = "search_weekly_pair"
    week_start: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    kind: Mapped[str] = mapped_column(String(8), primary_key=True)
    query: Mapped[str] = mapped_column(String(200), primary_key=True)
    target: Mapped[str] = mapped_column(String(200), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)
    positions: Mapped[int] = mapped_column(Integer, default=0)


class ProposalDecision(db.Model):
    """An administrator's answer to a proposed synonym group (by its folded
    phrases), so a rejected proposal does not come back."""
    __tablename__ = "synonym_proposal_decision"
    key: Mapped[str] = mapped_column(String(450), primary_key=True)
    accepted: Mapped[bool] = mapped_column(Boolean)
    decided_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
