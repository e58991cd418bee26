"""The append-only history of a procedure's online-service level."""
from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import (
    CheckConstraint, Date, DateTime, ForeignKey, Index, Integer, Numeric, SmallInteger, String,
    Text, text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..catalogue.models import Agency
from ..dbtypes import stored_enum, utcnow
from ..extensions import db


class LevelSource(str, enum.Enum):
    IMPORT = "import"
    STAFF = "staff"
    DEMO = "demo"


class LevelChange(db.Model):
    """One move of a procedure's level; rows are never updated or deleted
    (except demo rows, removed together by ``catalogue demo-history --remove``)."""
    __tablename__ = "level_change"
    __table_args__ = (
        CheckConstraint("to_level BETWEEN 1 AND 4", name="to_level_range"),
        CheckConstraint("from_level IS NULL OR from_level BETWEEN 1 AND 4", name="from_level_range"),
        Index("ix_level_change_procedure_effective", "procedure_id", "effective_date"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedure.id", ondelete="CASCADE"))
    from_level: Mapped[int | None] = mapped_column(SmallInteger)
    to_level: Mapped[int] = mapped_column(SmallInteger)
    effective_date: Mapped[dt.date] = mapped_column(Date, index=True)
    decision_ref: Mapped[str] = mapped_column(String(200), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    source: Mapped[LevelSource] = mapped_column(stored_enum(LevelSource, "level_source"),
                                                index=True)


class LevelSpan(db.Model):
    """Derived from the history: the days during which one change was in force,
    ``valid_from`` included, ``valid_to`` excluded (NULL: still in force).

    One row per change that was in force for at least a day (a change superseded
    on its own day has none), so a procedure's spans are contiguous from its
    first change on. ``prev_level`` is the level of the span before (NULL for
    the first), so each row is also the day's move: +1 at ``level``, -1 at
    ``prev_level``. Kept in step by :mod:`portal.levels.spans` in the same
    transaction as every write to ``level_change``; rebuilt from it at will.
    """
    __tablename__ = "level_span"
    __table_args__ = (
        # The spans in force today, read in procedure order (index-only on PG).
        Index("ix_level_span_open", "procedure_id", "valid_from", "level",
              postgresql_where=text("valid_to IS NULL"), sqlite_where=text("valid_to IS NULL")),
        Index("ix_level_span_valid_to", "valid_to"),
        # A procedure's moves from the index alone (statistics of one agency or field).
        Index("ix_level_span_moves", "procedure_id", "valid_from", "level", "prev_level"),
    )
    procedure_id: Mapped[int] = mapped_column(
        ForeignKey("procedure.id", ondelete="CASCADE"), primary_key=True)
    valid_from: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)
    level: Mapped[int] = mapped_column(SmallInteger)
    prev_level: Mapped[int | None] = mapped_column(SmallInteger)


class LevelSpanDay(db.Model):
    """Derived from the spans: per day and level, the net number of procedures
    published today that entered the level that day. Running sums of it give
    the whole catalogue's counts on any date without reading every span; a
    change of status moves a procedure's share in or out (see :mod:`.spans`)."""
    __tablename__ = "level_span_day"
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    level: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    delta: Mapped[int] = mapped_column(Integer, default=0)


class TargetMeasure(str, enum.Enum):
    LEVEL4 = "level4"              # share at level 4
    LEVEL3_UP = "level3_up"        # share at level 3 or 4
    FULLY_ONLINE = "fully_online"  # share fully online (toàn trình, Nghị định 42/2022)


class Target(db.Model):
    """A progress target: reach ``value`` percent of ``measure`` by ``deadline``,
    for the whole province (no agency) or for one executing agency."""
    __tablename__ = "level_target"
    __table_args__ = (
        CheckConstraint("value > 0 AND value <= 100", name="value_range"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str] = mapped_column(String(300), default="")
    agency_id: Mapped[int | None] = mapped_column(
        ForeignKey("agency.id", ondelete="CASCADE"), index=True)
    measure: Mapped[TargetMeasure] = mapped_column(stored_enum(TargetMeasure, "target_measure"))
    value: Mapped[float] = mapped_column(Numeric(5, 2, asdecimal=False))  # percent
    deadline: Mapped[dt.date] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    agency: Mapped[Agency | None] = relationship(lazy="joined")
