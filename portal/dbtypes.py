"""Column helpers every domain's models share; below every domain, importing none of them."""
from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Enum


def utcnow() -> dt.datetime:
    """The current time, timezone-aware, in UTC."""
    return dt.datetime.now(dt.timezone.utc)


def stored_enum(cls: type[enum.Enum], name: str) -> Enum:
    """A column type that stores an enum's values as short strings."""
    # Store the value (short, stable), checked by a CHECK constraint, not a PG enum type:
    # adding a value later is then an ordinary migration on both databases.
    return Enum(cls, name=name, native_enum=False, create_constraint=True,
                values_callable=lambda e: [m.value for m in e], length=24)
