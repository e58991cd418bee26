"""The search log and its weekly aggregates. Neither holds an address, an
account or any other personal data: only the normalised query text."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from ..catalogue.models import utcnow
from ..extensions import db


class SearchLog(db.Model):
    """One search: its normalised text, how many results, which one was opened."""
    __tablename__ = "search_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    query: Mapped[str] = mapped_column(String(200), index=True)
    result_count: Mapped[int] = mapped_column(Integer)
    opened_code: Mapped[str | None] = mapped_column(String(64))
    searched_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, index=True)
    opened_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


class SearchWeekly(db.Model):
    """Searches older than the retention period, counted per week and query."""
    __tablename__ = "search_weekly"
    week_start: Mapped[dt.date] = mapped_column(Date, primary_key=True)  # a Monday
    query: Mapped[str] = mapped_column(String(200), primary_key=True)
    searches: Mapped[int] = mapped_column(Integer, default=0)
    with_results: Mapped[int] = mapped_column(Integer, default=0)
    opened: Mapped[int] = mapped_column(Integer, default=0)
