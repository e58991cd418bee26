"""Side-by-side comparison of two versions of a record, for the conflict page."""
from __future__ import annotations

from ...workflows.services import readable
from ..staff_labels import AUDIT_FIELDS

# The procedure's fields in the order of the edit form; their labels are the audit trail's.
COMPARED = ("code", "name", "field_id", "procedure_type", "agencies_executing",
            "agencies_competent", "agencies_delegated", "agencies_coordinating", "tiers",
            "applicants", "receiving_address", "time_limit_text", "time_limit_days", "fee_text",
            "result", "conditions", "decision_number", "decision_date", "source_url",
            "online_url", "steps", "channels", "documents", "legal_bases")


def as_text(value) -> str:
    """A value of a record as plain text (rows one per line)."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "\n".join(as_text(v) for v in value)
    if isinstance(value, dict):
        return " · ".join(as_text(v) for v in value.values() if v not in (None, ""))
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def comparison(theirs: dict, mine: dict) -> list[dict]:
    """One row per field: its label, the saved value, the editor's value, whether they differ."""
    a, b = readable(theirs), readable(mine)
    rows = []
    for key in COMPARED:
        label = AUDIT_FIELDS[key]
        left, right = as_text(a.get(key)), as_text(b.get(key))
        rows.append({"key": key, "label": label, "theirs": left, "mine": right,
                     "differs": left != right})
    return rows
