"""The one mapping from a procedure to its search document."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..catalogue.models import AgencyRole, Procedure, ProcedureAgency, Status
from .analysis import folded_key, normalise

# Names often open with "Thủ tục" ("Thủ tục đăng ký khai sinh"): a citizen
# typing the rest has typed the whole name.
_NAME_PREFIX = re.compile(r"^(thu tuc|tthc)\s+")
HEAD_MAX_WORDS = 6
SUMMARY_CHARS = 400
CODE_BASE = re.compile(r"^\d{1,2}\.\d{6}")


def name_key(name: str) -> str:
    """Folded name without its "Thủ tục" opening: the whole-name match key."""
    return _NAME_PREFIX.sub("", folded_key(name))


def name_heads(key: str) -> list[str]:
    """The name's opening 2..HEAD_MAX_WORDS words, for the "name starts with" bonus."""
    parts = key.split()
    return [" ".join(parts[:n]) for n in range(2, min(len(parts), HEAD_MAX_WORDS) + 1)]


def code_base(code: str) -> str:
    """``1.001612`` for ``1.001612.000.00.00.H01`` (the national part of a local code)."""
    match = CODE_BASE.match(code.strip())
    return match.group() if match else code.strip().lower()


def _body_parts(proc: Procedure) -> Iterator[str]:
    # Parsed rows only: the scraped table boilerplate ("Hình thức nộpThời gian…")
    # would make every procedure match "thời gian", "phí", "mô tả".
    for doc in proc.documents:
        yield doc.name
        yield doc.form
    yield proc.result
    for step in proc.steps:
        yield step.text
    for channel in proc.channels:
        yield from (channel.kind_text, channel.time_limit_text, channel.fee_text,
                    channel.description)
    yield proc.conditions


def _joined(parts: Iterable[str]) -> str:
    seen: list[str] = []
    for part in parts:
        part = normalise(part or "").strip()
        if part and part != "Không có thông tin" and part not in seen:
            seen.append(part)
    return "\n".join(seen)


def procedure_document(proc: Procedure) -> dict:
    """The Whoosh document of a published procedure."""
    name = normalise(proc.name).strip()
    key = name_key(name)
    agencies = [link.agency for link in proc.agency_links]
    executing = proc.agencies(AgencyRole.EXECUTING) or agencies
    meta = _joined([proc.field.name if proc.field else ""] + [a.name for a in agencies])
    body = _joined(_body_parts(proc))
    return {
        "id": str(proc.id),
        "kind": "p",
        "code": proc.code,
        "code_base": code_base(proc.code),
        "name": name,
        "level": str(proc.level),
        "field": str(proc.field_id) if proc.field_id else "",
        "agency": ",".join(sorted({str(a.id) for a in executing})),
        "tier": ",".join(t.value for t in proc.tiers),
        "applicant": ",".join(a.value for a in proc.applicants),
        "t_exact": name,
        "t_fold": name,
        "t_bi": name,
        "t_key": key,
        "t_head": ",".join(name_heads(key)),
        "m_fold": meta,
        "b_fold": body,
        "summary": body[:SUMMARY_CHARS],
    }


def load_procedures(session: Session, ids: Iterable[int]) -> dict[int, Procedure]:
    """The procedures with these ids, with everything the document needs loaded."""
    ids = list(ids)
    if not ids:
        return {}
    rows = session.scalars(_with_children(select(Procedure).where(Procedure.id.in_(ids))))
    return {proc.id: proc for proc in rows}


def iter_published(session: Session, batch: int = 500, *, after: int = 0,
                   last: int | None = None) -> Iterator[Procedure]:
    """Every published procedure (with an id in ``(after, last]``) in id order, read in
    batches (memory stays flat at national scale)."""
    bound = (Procedure.id <= last,) if last is not None else ()
    while True:
        stmt = (select(Procedure).where(Procedure.status == Status.PUBLISHED,
                                        Procedure.id > after, *bound)
                .order_by(Procedure.id).limit(batch))
        rows = list(session.scalars(_with_children(stmt)))
        if not rows:
            return
        yield from rows
        after = rows[-1].id
        session.expunge_all()


def _with_children(stmt):
    return stmt.options(
        selectinload(Procedure.agency_links).joinedload(ProcedureAgency.agency),
        selectinload(Procedure.tier_links), selectinload(Procedure.applicant_links),
        selectinload(Procedure.steps), selectinload(Procedure.channels),
        selectinload(Procedure.documents))


def is_indexed(proc: Procedure | None) -> bool:
    """Only published procedures are searchable."""
    return proc is not None and proc.status == Status.PUBLISHED
