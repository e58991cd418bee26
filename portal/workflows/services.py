"""Writes to procedures by staff: create, update, publish, rescind, change level.

Every function checks the agency scope of the acting user (``Forbidden``), the
version the change was based on (``Conflict``) and records the change in the
audit trail. Services flush; the caller commits.
"""
from __future__ import annotations

import datetime as dt
from numbers import Number

from flask_babel import format_date, lazy_gettext as _l
from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from ..accounts.models import User
from ..audit.services import diff, record_entry
from ..catalogue.models import (
    Agency, AgencyRole, Applicant, Channel, ChannelKind, DossierDocument, Field, LegalBasis,
    Procedure, ProcedureAgency, ProcedureApplicant, ProcedureTier, Status, Step, Tier, utcnow,
)
from ..catalogue.rules import (
    ROW_FIELDS, ROW_FLAGS, SCALARS, SCOPE_ROLES, UNKNOWN_WHEN_EMPTY, check_link, clean_record,
)
from ..errors import Conflict, Forbidden, NotFound, ValidationError, Violations
from ..extensions import db
from ..forms.services import check_level_allowed
from ..levels.models import LevelSource
from ..levels.services import level_on, record_level_change
from ..vntext import clean, clean_line

ROW_MODELS = {"steps": Step, "channels": Channel, "documents": DossierDocument,
              "legal_bases": LegalBasis}


def user_agency_ids(user: User) -> set[int]:
    """The ids of the agencies ``user`` works for."""
    return {a.id for a in user.agencies}


def scope_agency_ids(procedure: Procedure) -> set[int]:
    """The agencies whose editors may edit ``procedure``."""
    return {link.agency_id for link in procedure.agency_links if link.role in SCOPE_ROLES}


def can_edit(user: User, procedure: Procedure) -> bool:
    """True when ``user`` may change ``procedure``."""
    if not user.is_active:
        return False
    return user.is_admin or bool(user_agency_ids(user) & scope_agency_ids(procedure))


def ensure_can_edit(user: User, procedure: Procedure) -> None:
    """Raise Forbidden unless ``user`` may change ``procedure``."""
    if not can_edit(user, procedure):
        raise Forbidden(str(_l("Thủ tục này không thuộc cơ quan của bạn.")))


def get_procedure_for_staff(user: User, procedure_id: int) -> Procedure:
    """The procedure ``user`` may work on, or NotFound / Forbidden."""
    procedure = db.session.get(Procedure, procedure_id)
    if procedure is None:
        raise NotFound(str(_l("Không tìm thấy thủ tục.")))
    ensure_can_edit(user, procedure)
    return procedure


def snapshot(procedure: Procedure) -> dict:
    """Every editable part of the record as plain data (the shape ``clean_record`` returns)."""
    data = {name: getattr(procedure, name) for name in SCALARS}
    for name in UNKNOWN_WHEN_EMPTY:  # "" (an older row, a column default) is "not stated"
        data[name] = data[name] or None
    data["agencies"] = {role.value: [link.agency_id for link in procedure.agency_links
                                     if link.role == role] for role in AgencyRole}
    data["tiers"] = [t.value for t in procedure.tiers]
    data["applicants"] = [a.value for a in procedure.applicants]
    for kind, fields in ROW_FIELDS.items():
        data[kind] = [{f: _plain(getattr(row, f)) for f in fields}
                      for row in getattr(procedure, kind)]
    return data


def _plain(value):
    return value.value if isinstance(value, ChannelKind) else value


def readable(data: dict) -> dict:
    """``data`` with agency and field ids replaced by names (for the audit and comparisons)."""
    # The audit keeps names, so it stays readable after agencies are renamed.
    out = dict(data)
    ids = {i for ids in data["agencies"].values() for i in ids}
    names = dict(db.session.execute(select(Agency.id, Agency.name).where(Agency.id.in_(ids))).all()) \
        if ids else {}
    for role, agency_ids in data["agencies"].items():
        out[f"agencies_{role}"] = [names.get(i, i) for i in agency_ids]
    del out["agencies"]
    field = db.session.get(Field, data["field_id"]) if data.get("field_id") else None
    out["field_id"] = field.name if field else None
    return out


def _check_version(procedure: Procedure, expected_version) -> None:
    try:
        expected = int(expected_version)
    except (TypeError, ValueError):
        raise ValidationError(str(_l("Thiếu phiên bản của bản ghi.")), "version") from None
    if expected != procedure.version:
        raise Conflict(str(_l("Thủ tục đã được người khác sửa sau khi bạn mở nó.")))


def _flush() -> None:
    # Another transaction may commit between our version check and our UPDATE;
    # the version column then matches no row and SQLAlchemy raises StaleDataError.
    try:
        db.session.flush()
    except StaleDataError:
        raise Conflict(str(_l("Thủ tục đã được người khác sửa sau khi bạn mở nó."))) from None


def _check_references(user: User, data: dict, found: Violations) -> None:
    agency_ids = {i for ids in data["agencies"].values() for i in ids}
    known = set(db.session.scalars(select(Agency.id).where(Agency.id.in_(agency_ids)))) \
        if agency_ids else set()
    if agency_ids - known:
        found.add(str(_l("Cơ quan không tồn tại.")), "agencies_executing")
    if data["field_id"] and db.session.get(Field, data["field_id"]) is None:
        found.add(str(_l("Lĩnh vực không tồn tại.")), "field_id")
    if not user.is_admin:
        scoped = {i for role in SCOPE_ROLES for i in data["agencies"][role.value]}
        if not scoped & user_agency_ids(user):
            raise Forbidden(str(_l(
                "Cơ quan thực hiện hoặc có thẩm quyền phải gồm ít nhất một cơ quan của bạn.")))


def _check_added_agencies(user: User, data: dict, procedure: Procedure | None,
                          found: Violations) -> None:
    """An editor may not attach an agency they do not work for: the procedure would
    land in that agency's list and feedback queue without its consent. Links already
    there stay; adding one (or giving one a new role) is an administrator's decision."""
    if user.is_admin:
        return
    current = {(link.agency_id, link.role.value) for link in procedure.agency_links} \
        if procedure is not None else set()
    mine = user_agency_ids(user)
    for role, ids in data["agencies"].items():
        foreign = [i for i in ids if (i, role) not in current and i not in mine]
        if foreign:
            names = db.session.scalars(select(Agency.name).where(Agency.id.in_(foreign))).all()
            found.add(str(_l(
                "Chỉ quản trị viên mới có thể gắn thêm cơ quan không thuộc phạm vi của bạn "
                "vào thủ tục (%(names)s). Hãy đề nghị quản trị viên thực hiện.",
                names=", ".join(sorted(names)))), f"agencies_{role}")


def _check_code_unique(code: str | None, procedure_id: int | None, found: Violations) -> None:
    if code is None:        # not a valid code: already noted
        return
    other = db.session.scalars(select(Procedure.id).where(Procedure.code == code)).first()
    if other is not None and other != procedure_id:
        found.add(str(_l("Mã thủ tục này đã được dùng.")), "code")


def _checked_record(data: dict, user: User, procedure: Procedure | None) -> dict:
    """``data`` cleaned, with every rule it breaks (its own fields, references,
    agencies the user may not add, a code in use) raised together."""
    found = Violations()
    clean_data = clean_record(data, found)
    _check_references(user, clean_data, found)
    _check_added_agencies(user, clean_data, procedure, found)
    _check_code_unique(clean_data["code"], procedure.id if procedure else None, found)
    found.raise_any()
    return clean_data


def _apply(procedure: Procedure, data: dict) -> None:
    for name in SCALARS:
        if getattr(procedure, name) != data[name]:
            setattr(procedure, name, data[name])
    wanted = [(agency_id, AgencyRole(role), pos) for role, ids in data["agencies"].items()
              for pos, agency_id in enumerate(ids)]
    current = {(link.agency_id, link.role): link for link in procedure.agency_links}
    keep = {(a, r) for a, r, _ in wanted}
    procedure.agency_links[:] = [link for key, link in current.items() if key in keep]
    for agency_id, role, pos in wanted:
        link = current.get((agency_id, role))
        if link is None:
            procedure.agency_links.append(
                ProcedureAgency(agency_id=agency_id, role=role, position=pos))
        elif link.position != pos:
            link.position = pos
    _sync_set(procedure.tier_links, "tier", [Tier(t) for t in data["tiers"]], ProcedureTier)
    _sync_set(procedure.applicant_links, "applicant",
              [Applicant(a) for a in data["applicants"]], ProcedureApplicant)
    for kind, model in ROW_MODELS.items():
        _sync_rows(getattr(procedure, kind), model, kind, data[kind])


def _sync_set(links: list, attr: str, wanted: list, model) -> None:
    links[:] = [link for link in links if getattr(link, attr) in wanted]
    have = {getattr(link, attr) for link in links}
    links.extend(model(**{attr: value}) for value in wanted if value not in have)


def _sync_rows(existing: list, model, kind: str, rows: list[dict]) -> None:
    # Rows are matched by position: reordering rewrites their content in place,
    # which keeps the number of deletes and inserts small. What the importer noted
    # about a row (ROW_FLAGS), and a dossier row's kind when a client does not send
    # it, go with the row's content, not with its place.
    names = [n for n in ROW_FIELDS[kind] if not (kind == "documents" and n == "kind")]
    # Read before any row is rewritten (a row's object may take another's content).
    noted = {_content(obj, names): {flag: getattr(obj, flag) for flag in ROW_FLAGS[kind]}
             | ({"kind": obj.kind} if kind == "documents" else {}) for obj in existing}
    for pos, row in enumerate(rows):
        before = noted.get(_content(row, names), {})
        flags = {flag: bool(before.get(flag)) for flag in ROW_FLAGS[kind]}
        if kind == "documents":
            flags["kind"] = row["kind"] or before.get("kind", "document")
        if pos >= len(existing):
            existing.append(model())
        obj = existing[pos]
        if obj.position != pos:
            obj.position = pos
        for name, value in [(n, row[n]) for n in names] + list(flags.items()):
            value = ChannelKind(value) if kind == "channels" and name == "kind" else value
            if getattr(obj, name) != value:
                setattr(obj, name, value)
    del existing[len(rows):]


def _content(row, names: list[str]) -> tuple:
    """A row's editable values, alike for a stored row and a cleaned one."""
    get = row.get if isinstance(row, dict) else lambda name: getattr(row, name)
    values = []
    for name in names:
        value = get(name)
        value = getattr(value, "value", value)           # ChannelKind
        if isinstance(value, Number) and not isinstance(value, bool):
            value = float(value)                         # Decimal, int, float alike
        values.append(value)
    return tuple(values)


def create_procedure(data: dict, user: User, *, via: str = "web") -> Procedure:
    """A new draft procedure from ``data`` (see ``rules.clean_record``)."""
    clean_data = _checked_record(data, user, None)
    procedure = Procedure(code=clean_data["code"], name=clean_data["name"],
                          status=Status.DRAFT, level=1)
    _apply(procedure, clean_data)
    db.session.add(procedure)
    _flush()
    record_entry("procedure", procedure.id, "create", user_id=user.id, via=via,
                 changes=diff({}, readable(clean_data)))
    return procedure


def update_procedure(procedure: Procedure, data: dict, expected_version, user: User, *,
                     via: str = "web") -> Procedure:
    """Replace every editable part of ``procedure`` with ``data``."""
    ensure_can_edit(user, procedure)
    _check_version(procedure, expected_version)
    if procedure.status == Status.RESCINDED:
        raise ValidationError(str(_l("Thủ tục đã bị bãi bỏ, không thể sửa.")), "status")
    clean_data = _checked_record(data, user, procedure)
    # Compare before applying: the look-ups in readable() would autoflush a
    # half-applied record and bump the version twice.
    changes = diff(readable(snapshot(procedure)), readable(clean_data))
    if not changes:
        return procedure
    with db.session.no_autoflush:
        _apply(procedure, clean_data)
        procedure.updated_at = utcnow()  # also bumps the version when only rows changed
    _flush()
    record_entry("procedure", procedure.id, "update", user_id=user.id, via=via, changes=changes)
    # A person has now read and corrected the record: its review marks are done.
    procedure.review_marks.clear()
    _flush()
    return procedure


def publish_procedure(procedure: Procedure, expected_version, user: User, *,
                      via: str = "web") -> Procedure:
    """Draft → published: the public and search see it from now on."""
    ensure_can_edit(user, procedure)
    _check_version(procedure, expected_version)
    if procedure.status != Status.DRAFT:
        raise ValidationError(str(_l("Chỉ có thể công bố một bản nháp.")), "status")
    procedure.status = Status.PUBLISHED
    procedure.updated_at = utcnow()
    _flush()
    record_entry("procedure", procedure.id, "publish", user_id=user.id, via=via,
                 changes={"status": ["draft", "published"]})
    return procedure


def rescind_procedure(procedure: Procedure, expected_version, user: User, *, reason: str,
                      decision_ref: str, via: str = "web") -> Procedure:
    """Published → rescinded (bãi bỏ), with the reason and the decision; nothing is deleted."""
    ensure_can_edit(user, procedure)
    _check_version(procedure, expected_version)
    if procedure.status != Status.PUBLISHED:
        raise ValidationError(str(_l("Chỉ có thể bãi bỏ một thủ tục đã công bố.")), "status")
    reason, decision_ref = clean(reason), clean_line(decision_ref)
    if not reason:
        raise ValidationError(str(_l("Hãy ghi lý do bãi bỏ.")), "reason")
    if not decision_ref:
        raise ValidationError(str(_l("Hãy ghi số quyết định bãi bỏ.")), "decision_ref")
    procedure.status = Status.RESCINDED
    procedure.updated_at = utcnow()
    _flush()
    record_entry("procedure", procedure.id, "rescind", user_id=user.id, via=via,
                 changes={"status": ["published", "rescinded"]}, reason=reason,
                 decision_ref=decision_ref)
    return procedure


def change_level(procedure: Procedure, expected_version, user: User, *, level: int,
                 effective_date: dt.date, decision_ref: str, reason: str = "",
                 online_url: str | None = None, via: str = "web",
                 today: dt.date | None = None) -> Procedure:
    """Record a move of the online-service level (back-dating allowed).

    A move is "down" against the level in force on ``effective_date``, or the
    current level when the history does not reach back that far.
    """
    ensure_can_edit(user, procedure)
    _check_version(procedure, expected_version)
    if procedure.status == Status.RESCINDED:
        raise ValidationError(str(_l("Thủ tục đã bị bãi bỏ, không thể sửa.")), "status")
    before = {"level": procedure.level, "online_url": procedure.online_url}
    if online_url is not None:
        procedure.online_url = check_link(online_url, "online_url")
    reason, decision_ref = clean(reason), clean_line(decision_ref)
    if level in (3, 4) and not procedure.online_url:
        raise ValidationError(str(_l("Mức độ 3 và 4 cần liên kết nộp hồ sơ trực tuyến.")),
                              "online_url")
    check_level_allowed(procedure, level)  # level 2 and above need a downloadable form
    if not decision_ref:
        raise ValidationError(str(_l("Hãy ghi số quyết định.")), "decision_ref")
    if effective_date is None:
        raise ValidationError(str(_l("Hãy nhập ngày hiệu lực.")), "effective_date")
    in_force = level_on(procedure.id, effective_date) or procedure.level
    if level == in_force:
        raise ValidationError(str(_l("Ngày %(d)s thủ tục đã ở mức độ %(n)s: không có gì thay đổi.",
                                     d=format_date(effective_date, "long"), n=level)), "level")
    if level < in_force and not reason:
        raise ValidationError(str(_l("Hạ mức độ cần có lý do.")), "reason")
    _flush()  # surface a concurrent edit as a Conflict before the history is touched
    record_level_change(procedure, level, effective_date, source=LevelSource.STAFF,
                        decision_ref=decision_ref, reason=reason, user_id=user.id, today=today)
    procedure.updated_at = utcnow()
    _flush()
    changes = diff(before, {"level": procedure.level, "online_url": procedure.online_url})
    changes["effective_date"] = [None, effective_date.isoformat()]
    changes["level_recorded"] = [in_force, level]
    record_entry("procedure", procedure.id, "level", user_id=user.id, via=via,
                 changes=changes, reason=reason, decision_ref=decision_ref)
    return procedure
