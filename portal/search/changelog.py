"""The change log, written in the same transaction as every procedure change.

Session events do it generically, so the importer, staff editing and level
changes need no search code: any flush that touches a procedure, one of its
child rows, its level history, or an agency/field it shows adds a
``search_change`` row. After the commit, the committing process applies the
changes to the index (``sync``): all of them in a command, a small slice in a
request (the follower applies the rest).

The events run for the sessions of ``db.session`` (and of its ``session_factory``)
in an app that installed them (``install``, from ``create_app``): a write through a
bare ``Session(engine)`` is not logged, so every writer of procedures uses those.
"""
from __future__ import annotations

import logging
import os
import signal
from itertools import chain

from flask import current_app, has_app_context, has_request_context
from sqlalchemy import insert, inspect, literal_column, select
from sqlalchemy.orm import Session

from ..catalogue.models import (
    Agency, Channel, DossierDocument, Field, LegalBasis, Procedure, ProcedureAgency,
    ProcedureApplicant, ProcedureTier, Step, utcnow,
)
from ..levels.models import LevelChange
from ..extensions import hooks_on, listen_per_app
from .models import SearchChange

log = logging.getLogger(__name__)

PENDING = "portal.search.pending"
CHILDREN = (ProcedureAgency, ProcedureTier, ProcedureApplicant, Step, Channel,
            DossierDocument, LegalBasis, LevelChange)


HOOKS_KEY = "portal.search.changelog"


def install(app) -> None:
    """Write the change log from ``app``'s sessions (idempotent)."""
    listen_per_app(app, HOOKS_KEY, {"after_flush": _after_flush, "after_commit": _after_commit,
                                    "after_rollback": _after_rollback})


def _loaded(obj, attr: str):
    # Read without triggering a load: a deleted row can no longer be loaded.
    state = inspect(obj)
    value = state.dict.get(attr)
    if value is None:
        value = state.committed_state.get(attr)
    return value


def changed_procedure_ids(session: Session) -> set[int]:
    """Procedures whose search document the pending flush may change."""
    ids: set[int] = set()
    agency_ids: set[int] = set()
    field_ids: set[int] = set()
    for obj in chain(session.new, session.dirty, session.deleted):
        if isinstance(obj, Procedure):
            if obj in session.dirty and not session.is_modified(obj):
                continue
            ids.add(_loaded(obj, "id"))
        elif isinstance(obj, CHILDREN):
            ids.add(_loaded(obj, "procedure_id"))
        elif isinstance(obj, Agency) and obj in session.dirty:
            agency_ids.add(obj.id)
        elif isinstance(obj, Field) and obj in session.dirty:
            field_ids.add(obj.id)
    if agency_ids:
        ids.update(session.scalars(select(ProcedureAgency.procedure_id)
                                   .where(ProcedureAgency.agency_id.in_(agency_ids))))
    if field_ids:
        ids.update(session.scalars(select(Procedure.id)
                                   .where(Procedure.field_id.in_(field_ids))))
    ids.discard(None)
    return ids


def _after_flush(session: Session, flush_context) -> None:
    # after_flush, not before_flush: new procedures only have their id once
    # the INSERT ran. The rows go through the session's own connection, so
    # they commit or roll back together with the change.
    if not hooks_on(HOOKS_KEY):
        return
    ids = changed_procedure_ids(session)
    if not ids:
        return
    now = utcnow()
    conn = session.connection()
    stmt = insert(SearchChange.__table__)
    if conn.dialect.name == "postgresql":
        # the top-level transaction's id, even inside a savepoint: the follower's
        # rule (``position``) compares it with the oldest transaction still running
        stmt = stmt.values(txid=literal_column("pg_current_xact_id()::text::bigint"))
    conn.execute(stmt, [{"procedure_id": pid, "created_at": now} for pid in sorted(ids)])
    session.info.setdefault(PENDING, set()).update(ids)


def _after_commit(session: Session) -> None:
    ids = session.info.pop(PENDING, None)
    if not ids or not has_app_context():
        return
    if current_app.config.get("PORTAL_TEST_CRASH_AFTER_COMMIT"):
        # Fault injection for the crash tests only: die between the commit and the index.
        os.kill(os.getpid(), signal.SIGKILL)
    backend = current_app.extensions.get("portal.search")
    sync = getattr(backend, "sync", None)
    if sync is None or not sync.apply_after_commit:
        return
    # In a request only a small slice (a staff edit); a bulk change is the follower's.
    limit = getattr(backend, "request_slice", None) if has_request_context() else None
    from .index import IndexBusy
    try:
        sync.after_commit(ids, limit=limit)
    except IndexBusy:   # the follower holds the index: it applies these changes itself
        log.info("search index busy after commit: the follower applies %d change(s)", len(ids))
    except Exception:  # the commit stands; the change log lets any process catch up
        log.exception("applying %d search change(s) after commit failed", len(ids))


def _after_rollback(session: Session) -> None:
    session.info.pop(PENDING, None)
