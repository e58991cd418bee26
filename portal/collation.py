"""Vietnamese alphabetical order for every list sorted for people.

Code-point order puts "Ủy ban" last, every "Đ…" after "X…" and "Bưu điện" before "Bảo hiểm".
Vietnamese orders a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y, tones as a
secondary difference. ICU's "vi" collation (CLDR) implements exactly that, so Python sorts with
PyICU and PostgreSQL sorts with its ICU collation "vi-x-icu"; SQLite has no ICU, so lists read
from it are sorted in Python.
"""
from __future__ import annotations

import threading
from typing import Callable, Iterable, TypeVar

import icu
from sqlalchemy import ColumnElement

T = TypeVar("T")
PG_COLLATION = "vi-x-icu"
_local = threading.local()   # an ICU Collator is not documented as safe to share across threads


def _collator() -> icu.Collator:
    collator = getattr(_local, "collator", None)
    if collator is None:
        collator = _local.collator = icu.Collator.createInstance(icu.Locale("vi"))
    return collator


def vi_key(text: str | None) -> bytes:
    """The ICU sort key of ``text`` in Vietnamese order (None sorts first, like "")."""
    return _collator().getSortKey(text or "")


def vi_sorted(items: Iterable[T], key: Callable[[T], str | None] = str) -> list[T]:
    """``items`` in Vietnamese alphabetical order of ``key(item)``."""
    return sorted(items, key=lambda item: vi_key(key(item)))


def vi_order(column: ColumnElement, dialect_name: str) -> ColumnElement:
    """``column`` for ORDER BY: with the ICU Vietnamese collation on PostgreSQL."""
    return column.collate(PG_COLLATION) if dialect_name == "postgresql" else column
