"""Writing the audit trail. There is no function to change or remove an entry."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from ..extensions import db
from .models import AuditEntry


def _jsonable(value: Any) -> Any:
    # Dates and decimals in the records are stored as text, so the JSON column
    # holds the same thing on SQLite and PostgreSQL.
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if hasattr(value, "value"):  # an Enum
        return value.value
    return value


def diff(old: dict, new: dict) -> dict[str, list]:
    """The fields whose value differs, each as ``[old, new]`` (JSON-ready)."""
    out: dict[str, list] = {}
    for key in sorted(set(old) | set(new)):
        before, after = _jsonable(old.get(key)), _jsonable(new.get(key))
        if before != after:
            out[key] = [before, after]
    return out


def record_entry(entity: str, entity_id: int, action: str, *, user_id: int | None,
                 changes: dict[str, list] | None = None, reason: str = "",
                 decision_ref: str = "", via: str = "web") -> AuditEntry:
    """Append one entry to the trail (flushed, not committed)."""
    entry = AuditEntry(entity=entity, entity_id=entity_id, action=action, user_id=user_id,
                       changes=_jsonable(changes or {}), reason=reason,
                       decision_ref=decision_ref, via=via)
    db.session.add(entry)
    db.session.flush()
    return entry
