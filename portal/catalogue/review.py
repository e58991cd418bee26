"""The data-quality audit (issue 12): every procedure marked for a human look,
and why, grouped by agency. The CLI (`catalogue audit`) and the staff page read
the same rows; the staff page only ever asks for the user's own agencies."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from ..extensions import db
from .models import Agency, Procedure, ProcedureAgency, ReviewMark
from .rules import SCOPE_ROLES

NO_AGENCY = "(không có cơ quan)"
# What each kind of mark asks the agency's staff to do.
KIND_LABELS = {
    "unparsed_table": _l("Bảng có dạng chưa đọc được, đang giữ nguyên văn bản"),
    "disputed_fee": _l("Phí, lệ phí không khớp với phần ghi chú"),
    "suspicious_legal_number": _l("Số hiệu văn bản pháp lý chưa xác định được"),
    "source_conflict": _l("Hồ sơ gốc và danh sách Excel khác nhau"),
    "missing_conditions": _l("Chưa có thông tin yêu cầu, điều kiện"),
    "missing_result": _l("Chưa có thông tin kết quả"),
    "missing_documents": _l("Chưa có thành phần hồ sơ"),
    "listed_only": _l("Chỉ có trong danh sách, chưa có hồ sơ gốc"),
    "remark_with_quantity": _l("Một dòng thành phần hồ sơ đọc như ghi chú nhưng có số lượng"),
}


@dataclass(frozen=True)
class ReviewRow:
    agency: str
    procedure_id: int
    code: str
    name: str
    kind: str
    detail: str


def review_rows(agency_ids: set[int] | None = None,
                agency_name: str | None = None) -> list[ReviewRow]:
    """Marks with their procedure and each agency that executes or is competent
    for it (a procedure of two agencies is listed under both); ``agency_ids``
    or ``agency_name`` restrict to those agencies. Ordered by agency, code."""
    stmt = (select(Agency.name, Procedure.id, Procedure.code, Procedure.name,
                   ReviewMark.kind, ReviewMark.detail)
            .join(Procedure, Procedure.id == ReviewMark.procedure_id)
            .outerjoin(ProcedureAgency, (ProcedureAgency.procedure_id == Procedure.id)
                       & ProcedureAgency.role.in_(SCOPE_ROLES))
            .outerjoin(Agency, Agency.id == ProcedureAgency.agency_id))
    if agency_ids is not None:
        stmt = stmt.where(Agency.id.in_(agency_ids or {-1}))
    if agency_name:
        stmt = stmt.where(Agency.name == agency_name)
    stmt = stmt.order_by(Agency.name, Procedure.code, ReviewMark.kind, ReviewMark.id)
    seen, rows = set(), []
    for agency, *rest in db.session.execute(stmt):
        row = ReviewRow(agency or NO_AGENCY, *rest)
        if row not in seen:  # a procedure linked twice to one agency (both roles)
            seen.add(row)
            rows.append(row)
    return rows


def counts_by_agency(rows: list[ReviewRow]) -> dict[str, Counter]:
    """Agency -> kind -> number of marks, in the rows' order."""
    out: dict[str, Counter] = {}
    for row in rows:
        out.setdefault(row.agency, Counter())[row.kind] += 1
    return out


def counts_by_kind() -> Counter:
    """Kind -> number of marks over the whole catalogue (each mark once)."""
    return Counter(dict(db.session.execute(
        select(ReviewMark.kind, db.func.count()).group_by(ReviewMark.kind)).all()))
