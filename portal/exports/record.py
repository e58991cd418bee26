"""One procedure as plain data: the API's whole record and the rows of every export."""
from __future__ import annotations

import datetime as dt

from flask import url_for

from ..catalogue.models import AgencyRole, Procedure

# Nghị định 42/2022/NĐ-CP: level 4 is usually "toàn trình" (fully online), level 3
# "một phần" (partly online); levels 1–2 are information, not online services.
CLASSIFICATION_2022 = {4: "toan_trinh", 3: "mot_phan"}

LIST_SEP = "; "


def classification_2022(level: int) -> str | None:
    """The 2022 kind of online service for a 1–4 level (None for information only)."""
    return CLASSIFICATION_2022.get(level)


def _iso(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def page_url(code: str) -> str:
    """The procedure's public page, absolute."""
    return url_for("public.procedure", code=code, _external=True)


def procedure_record(proc: Procedure) -> dict:
    """The whole public record of a procedure, JSON-ready, content as stored (Vietnamese)."""
    return {
        "code": proc.code,
        "name": proc.name,
        "status": proc.status.value,
        "level": proc.level,
        "classification_2022": classification_2022(proc.level),
        "field": {"id": proc.field.id, "name": proc.field.name} if proc.field else None,
        "procedure_type": proc.procedure_type,
        "agencies": {role.value: [{"id": a.id, "name": a.name} for a in proc.agencies(role)]
                     for role in AgencyRole},
        "tiers": [t.value for t in proc.tiers],
        "applicants": [a.value for a in proc.applicants],
        "receiving_address": proc.receiving_address,
        "channels": [{
            "kind": c.kind.value, "kind_text": c.kind_text, "time_limit_text": c.time_limit_text,
            "time_limit_value": c.time_limit_value, "time_limit_unit": c.time_limit_unit,
            "working_days": c.working_days, "fee_text": c.fee_text, "fee_amount": c.fee_amount,
            "fee_disputed": c.fee_disputed, "description": c.description,
            "unparsed": c.unparsed} for c in proc.channels],
        "documents": [{
            "case": d.case, "name": d.name, "form": d.form, "originals": d.originals,
            "copies": d.copies, "is_note": d.is_note, "kind": d.kind} for d in proc.documents],
        "steps_preamble": proc.steps_preamble or None,
        "steps": [s.text for s in proc.steps],
        "time_limit_text": proc.time_limit_text,
        "time_limit_days": proc.time_limit_days,
        "fee_text": proc.fee_text,
        "result": proc.result or None,          # null: the official record does not say
        "conditions": proc.conditions or None,
        "legal_basis": [{
            "number": b.number or None, "title": b.title, "issued_on": _iso(b.issued_on),
            "issuer": b.issuer or None, "url": b.url, "unparsed": b.unparsed} for b in proc.legal_bases],
        # Why a human should look at this record (issue 12): kinds, each once.
        "review_flags": sorted({m.kind for m in proc.review_marks}),
        "decision_number": proc.decision_number,
        "decision_date": _iso(proc.decision_date),
        "source_url": proc.source_url,
        "online_url": proc.online_url,
        "updated_at": _iso(proc.updated_at),
        "url": page_url(proc.code),
    }


# Columns of the flat exports (CSV, XLSX), in order.
FLAT_COLUMNS = (
    "code", "name", "status", "level", "classification_2022", "field", "procedure_type",
    "agencies_executing", "agencies_competent", "tiers", "applicants", "channels",
    "time_limit_text", "time_limit_days", "fee_text", "documents", "steps", "result",
    "conditions", "legal_basis", "decision_number", "decision_date", "source_url",
    "online_url", "updated_at", "url", "channel_time_limits", "channel_fees", "review_flags",
)


def _channel_line(c: dict) -> str:
    parts = [c["kind_text"] or c["kind"], c["time_limit_text"], c["fee_text"]]
    return " | ".join(p for p in parts if p)


def _document_line(d: dict) -> str:
    counts = ", ".join(f"{n} {label}" for n, label in (
        (d["originals"], "bản chính"), (d["copies"], "bản sao")) if n)
    return " | ".join(p for p in (d["case"], d["name"], d["form"], counts) if p)


def _legal_line(b: dict) -> str:
    # "<number> <title> | <issued on, ISO> | <issuer>": each part only when stated.
    head = " ".join(p for p in (b["number"] or "", b["title"]) if p)
    return " | ".join(p for p in (head, b["issued_on"] or "", b.get("issuer") or "") if p)


def flat_row(rec: dict) -> dict:
    """A record flattened to one row of text and numbers (lists joined, one item a line)."""
    return {
        "code": rec["code"], "name": rec["name"], "status": rec["status"],
        "level": rec["level"], "classification_2022": rec["classification_2022"] or "",
        "field": rec["field"]["name"] if rec["field"] else "",
        "procedure_type": rec["procedure_type"],
        "agencies_executing": LIST_SEP.join(a["name"] for a in rec["agencies"]["executing"]),
        "agencies_competent": LIST_SEP.join(a["name"] for a in rec["agencies"]["competent"]),
        "tiers": LIST_SEP.join(rec["tiers"]), "applicants": LIST_SEP.join(rec["applicants"]),
        "channels": "\n".join(_channel_line(c) for c in rec["channels"]),
        "time_limit_text": rec["time_limit_text"],
        "time_limit_days": "" if rec["time_limit_days"] is None else rec["time_limit_days"],
        "fee_text": rec["fee_text"],
        "documents": "\n".join(_document_line(d) for d in rec["documents"]),
        "steps": "\n".join(rec["steps"]), "result": rec["result"] or "",
        "conditions": rec["conditions"] or "",
        "legal_basis": "\n".join(_legal_line(b) for b in rec["legal_basis"]),
        "decision_number": rec["decision_number"], "decision_date": rec["decision_date"] or "",
        "source_url": rec["source_url"], "online_url": rec["online_url"],
        "updated_at": rec["updated_at"] or "", "url": rec["url"],
        # One line per channel: "<value> <unit>" as stated ("" when none is stated),
        # and the amount in đồng ("disputed" when the fee cell and its note disagree).
        "channel_time_limits": "\n".join(_time_limit(c) for c in rec["channels"]),
        "channel_fees": "\n".join(_fee(c) for c in rec["channels"]),
        "review_flags": LIST_SEP.join(rec["review_flags"]),
    }


def _time_limit(c: dict) -> str:
    if c["time_limit_value"] is None:
        return ""
    value = c["time_limit_value"]
    number = str(int(value)) if value == int(value) else str(value)
    return f"{number} {c['time_limit_unit']}" if c["time_limit_unit"] else number


def _fee(c: dict) -> str:
    if c["fee_disputed"]:
        return "disputed"
    return "" if c["fee_amount"] is None else str(c["fee_amount"])
