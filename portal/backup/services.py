"""Export the catalogue with its history and audit trail; restore it into an empty database.

The file is JSON lines (gzip when the name ends in ``.gz``): a header, then the
users (ids and e-mails only, as references: never password hashes), agencies
and fields, then one line per procedure carrying every row that belongs to it
(agencies, tiers, applicants, steps, channels, dossier, legal bases, form
files, level history, audit entries), then the audit entries about anything
else. Rows keep their ids, versions and timestamps, so a restore followed by an
export gives the same file. Form files' bytes live under ``PORTAL_UPLOAD_DIR``
and are copied with it, not here.
"""
from __future__ import annotations

import datetime as dt
import gzip
import io
import json
from collections import defaultdict
from pathlib import Path
from typing import IO, Iterator

from sqlalchemy import Date, DateTime, Enum, Table, func, insert, select, text, update

from ..accounts.models import User
from ..audit.models import AuditEntry
from ..catalogue.models import (
    Agency, Channel, DossierDocument, Field, LegalBasis, Procedure, ProcedureAgency,
    ProcedureApplicant, ProcedureTier, ReviewMark, Step,
)
from ..errors import ValidationError
from ..extensions import db
from ..forms.models import FormFile
from ..levels.models import LevelChange
from ..levels.spans import rebuild_spans

FORMAT = "portal-catalogue-backup"
VERSION = 1
# Rows that belong to one procedure, in the order they are restored.
CHILD_TABLES: tuple[Table, ...] = tuple(m.__table__ for m in (
    ProcedureAgency, ProcedureTier, ProcedureApplicant, Step, Channel, DossierDocument,
    LegalBasis, FormFile, LevelChange, ReviewMark))
USER_COLUMNS = ("id", "email")
# A restored user is a disabled placeholder: the backup holds no credentials.
NO_PASSWORD = "!restored-account-without-password"
_USERS, _AGENCIES, _FIELDS = User.__table__, Agency.__table__, Field.__table__
_PROCEDURES, _AUDIT = Procedure.__table__, AuditEntry.__table__


# -- values ------------------------------------------------------------------
def _dump_value(column, value):
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:   # SQLite hands back naive UTC
            value = value.replace(tzinfo=dt.timezone.utc)
        return value.astimezone(dt.timezone.utc).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(column.type, Enum) and hasattr(value, "value"):
        return value.value
    return value


def _load_value(column, value):
    if value is None:
        return None
    if isinstance(column.type, DateTime):
        return dt.datetime.fromisoformat(value)
    if isinstance(column.type, Date):
        return dt.date.fromisoformat(value)
    if isinstance(column.type, Enum) and column.type.enum_class is not None:
        return column.type.enum_class(value)
    return value


def _dump_row(table: Table, row, only: tuple[str, ...] | None = None) -> dict:
    mapping = row._mapping
    return {c.name: _dump_value(c, mapping[c]) for c in table.columns
            if only is None or c.name in only}


def _load_row(table: Table, data: dict) -> dict:
    return {c.name: _load_value(c, data[c.name]) for c in table.columns if c.name in data}


def _rows(table: Table, *where) -> list:
    order = [c for c in table.primary_key.columns]
    return db.session.execute(select(table).where(*where).order_by(*order)).all()


# -- export ------------------------------------------------------------------
def iter_backup_lines() -> Iterator[dict]:
    """Every line of a backup, in order, as dicts."""
    yield {"format": FORMAT, "version": VERSION}
    for row in _rows(_USERS):
        yield {"kind": "user", "row": _dump_row(_USERS, row, USER_COLUMNS)}
    for kind, table in (("agency", _AGENCIES), ("field", _FIELDS)):
        for row in _rows(table):
            yield {"kind": kind, "row": _dump_row(table, row)}
    ids = list(db.session.scalars(select(Procedure.id).order_by(Procedure.id)))
    for start in range(0, len(ids), 200):
        yield from _procedure_lines(ids[start:start + 200])
    for row in _rows(_AUDIT, ~(_AUDIT.c.entity == "procedure")
                     | _AUDIT.c.entity_id.not_in(select(Procedure.id))):
        yield {"kind": "audit_entry", "row": _dump_row(_AUDIT, row)}


def _procedure_lines(ids: list[int]) -> Iterator[dict]:
    children: dict[int, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for table in CHILD_TABLES:
        for row in _rows(table, table.c.procedure_id.in_(ids)):
            children[row.procedure_id][table.name].append(_dump_row(table, row))
    for row in _rows(_AUDIT, _AUDIT.c.entity == "procedure", _AUDIT.c.entity_id.in_(ids)):
        children[row.entity_id][_AUDIT.name].append(_dump_row(_AUDIT, row))
    for row in _rows(_PROCEDURES, _PROCEDURES.c.id.in_(ids)):
        rows = children.get(row.id, {})
        yield {"kind": "procedure", "row": _dump_row(_PROCEDURES, row),
               "rows": {t.name: rows.get(t.name, []) for t in (*CHILD_TABLES, _AUDIT)}}


def _open(path: Path, mode: str) -> IO[str]:
    if path.name.lower().endswith(".gz"):
        return io.TextIOWrapper(gzip.open(path, mode + "b"), encoding="utf-8")
    return open(path, mode, encoding="utf-8")


def export_catalogue(path: Path) -> dict[str, int]:
    """Write the backup to ``path``; returns the number of lines of each kind."""
    counts: dict[str, int] = defaultdict(int)
    with _open(Path(path), "w") as out:
        for line in iter_backup_lines():
            counts[line.get("kind", "header")] += 1
            out.write(json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n")
    return dict(counts)


# -- restore -----------------------------------------------------------------
def _ensure_empty() -> None:
    for table in (_USERS, _AGENCIES, _FIELDS, _PROCEDURES, _AUDIT, LevelChange.__table__):
        if db.session.scalar(select(func.count()).select_from(table)):
            raise ValidationError(
                f"the database is not empty (table {table.name} has rows): "
                "restore only into an empty database", "path")


def _read_lines(path: Path) -> Iterator[dict]:
    with _open(Path(path), "r") as source:
        header = json.loads(source.readline() or "{}")
        if header.get("format") != FORMAT or header.get("version") != VERSION:
            raise ValidationError(f"{path} is not a catalogue backup (version {VERSION})", "path")
        for number, line in enumerate(source, start=2):
            try:
                yield json.loads(line)
            except ValueError:
                raise ValidationError(f"{path} line {number} is not JSON", "path") from None


def _collect(path: Path) -> dict[str, list[dict]]:
    tables = {t.name: t for t in (_USERS, _AGENCIES, _FIELDS, _PROCEDURES, _AUDIT,
                                  *CHILD_TABLES)}
    rows: dict[str, list[dict]] = defaultdict(list)
    for line in _read_lines(path):
        kind = line.get("kind")
        name = {"user": "user", "agency": "agency", "field": "field",
                "procedure": "procedure", "audit_entry": "audit_entry"}.get(kind)
        if name is None:
            raise ValidationError(f"unknown line kind {kind!r} in {path}", "path")
        rows[name].append(_load_row(tables[name], line["row"]))
        for child, items in (line.get("rows") or {}).items():
            if child not in tables:
                raise ValidationError(f"unknown table {child!r} in {path}", "path")
            rows[child].extend(_load_row(tables[child], item) for item in items)
    for user in rows["user"]:
        user.update(password_hash=NO_PASSWORD, active=False)
    return rows


def restore_catalogue(path: Path) -> dict[str, int]:
    """Load a backup into an empty database (flushes; the caller commits)."""
    _ensure_empty()
    rows = _collect(path)
    # form_file.replaced_by_id points at a later row: set it once every row is in.
    replaced = {r["id"]: r.pop("replaced_by_id") for r in rows["form_file"]
                if r.get("replaced_by_id")}
    order = (_USERS, _AGENCIES, _FIELDS, _PROCEDURES, *CHILD_TABLES, _AUDIT)
    # Core inserts: no ORM events, so restored rows keep their versions and timestamps.
    for table in order:
        for start in range(0, len(rows[table.name]), 1000):
            db.session.execute(insert(table), rows[table.name][start:start + 1000])
    table = FormFile.__table__
    for file_id, target in replaced.items():
        db.session.execute(update(table).where(table.c.id == file_id)
                           .values(replaced_by_id=target))
    _advance_sequences(order)
    # Core inserts bypass the level services: derive the spans from the restored history.
    rebuild_spans()
    return {table.name: len(rows[table.name]) for table in order}


def _advance_sequences(tables) -> None:
    # Rows came with their ids: PostgreSQL's sequences must move past them.
    if db.session.get_bind().dialect.name != "postgresql":
        return
    for table in tables:
        if "id" not in table.c or not table.c.id.primary_key:
            continue
        db.session.execute(text(
            "SELECT setval(pg_get_serial_sequence(:name, 'id'), "
            f"COALESCE((SELECT max(id) FROM \"{table.name}\"), 0) + 1, false)"),
            {"name": f'"{table.name}"'})
