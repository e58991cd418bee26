"""Catalogue models: a procedure record as DESIGN.md §1 describes it."""
from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import (
    JSON, BigInteger, Date, DateTime, ForeignKey, Index, Integer, Numeric,
    SmallInteger, String, Text, UniqueConstraint, CheckConstraint, false, func,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..dbtypes import stored_enum, utcnow
from ..extensions import db


class Status(str, enum.Enum):
    DRAFT = "draft"
    PUBLISHED = "published"
    RESCINDED = "rescinded"


class AgencyRole(str, enum.Enum):
    EXECUTING = "executing"        # cơ quan thực hiện
    COMPETENT = "competent"        # cơ quan có thẩm quyền
    DELEGATED = "delegated"        # cơ quan được ủy quyền
    COORDINATING = "coordinating"  # cơ quan phối hợp


class Tier(str, enum.Enum):
    CENTRAL = "bo"         # Cấp bộ
    PROVINCE = "tinh"      # Cấp tỉnh
    DISTRICT = "huyen"     # Cấp huyện (abolished 1 July 2025; kept for history)
    COMMUNE = "xa"         # Cấp xã
    OTHER = "khac"         # Cơ quan khác


class Applicant(str, enum.Enum):
    CITIZEN = "cong_dan"          # Công dân Việt Nam
    FOREIGNER = "nguoi_nuoc_ngoai"  # Người nước ngoài
    BUSINESS = "doanh_nghiep"     # Doanh nghiệp (and HTX)
    ORGANISATION = "to_chuc"      # Tổ chức
    OTHER = "khac"


TIME_LIMIT_UNITS = ("working_day", "day", "hour", "month", "year")
REVIEW_KINDS = ("unparsed_table", "disputed_fee", "suspicious_legal_number", "source_conflict",
                "missing_conditions", "missing_result", "missing_documents", "listed_only",
                "remark_with_quantity")


class ChannelKind(str, enum.Enum):
    IN_PERSON = "truc_tiep"   # Trực tiếp
    ONLINE = "truc_tuyen"     # Trực tuyến
    POST = "buu_chinh"        # Dịch vụ bưu chính
    OTHER = "khac"


class Agency(db.Model):
    __tablename__ = "agency"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(500))
    # merge_key(name): agencies that differ only in case, spacing or Unicode form are one.
    key: Mapped[str] = mapped_column(String(500), unique=True)
    code: Mapped[str | None] = mapped_column(String(64), unique=True)


class Field(db.Model):
    """A lĩnh vực (field of administration), e.g. Hộ tịch."""
    __tablename__ = "field"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(500))
    key: Mapped[str] = mapped_column(String(500), unique=True)


class ProcedureAgency(db.Model):
    __tablename__ = "procedure_agency"
    procedure_id: Mapped[int] = mapped_column(
        ForeignKey("procedure.id", ondelete="CASCADE"), primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agency.id"), primary_key=True, index=True)
    role: Mapped[AgencyRole] = mapped_column(stored_enum(AgencyRole, "agency_role"), primary_key=True)
    position: Mapped[int] = mapped_column(SmallInteger, default=0)
    agency: Mapped[Agency] = relationship(lazy="joined")


class ProcedureTier(db.Model):
    __tablename__ = "procedure_tier"
    procedure_id: Mapped[int] = mapped_column(
        ForeignKey("procedure.id", ondelete="CASCADE"), primary_key=True)
    tier: Mapped[Tier] = mapped_column(stored_enum(Tier, "tier"), primary_key=True)


class ProcedureApplicant(db.Model):
    __tablename__ = "procedure_applicant"
    procedure_id: Mapped[int] = mapped_column(
        ForeignKey("procedure.id", ondelete="CASCADE"), primary_key=True)
    applicant: Mapped[Applicant] = mapped_column(stored_enum(Applicant, "applicant"), primary_key=True)


class Step(db.Model):
    """One step of trình tự thực hiện, in order."""
    __tablename__ = "procedure_step"
    id: Mapped[int] = mapped_column(primary_key=True)
    procedure_id: Mapped[int] = mapped_column(
        ForeignKey("procedure.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(SmallInteger)
    text: Mapped[str] = mapped_column(Text)


class Channel(db.Model):
    """One row of cách thức thực hiện: a way to submit, with its time limit and fee."""
    __tablename__ = "procedure_channel"
    id: Mapped[int] = mapped_column(primary_key=True)
    procedure_id: Mapped[int] = mapped_column(
        ForeignKey("procedure.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(SmallInteger)
    kind: Mapped[ChannelKind] = mapped_column(stored_enum(ChannelKind, "channel_kind"))
    kind_text: Mapped[str] = mapped_column(String(200), default="")
    time_limit_text: Mapped[str] = mapped_column(Text, default="")
    # The time limit as the source states it (issue 12): never converted between units.
    time_limit_value: Mapped[float | None] = mapped_column(Numeric(12, 2, asdecimal=False))
    time_limit_unit: Mapped[str | None] = mapped_column(String(16))  # see TIME_LIMIT_UNITS
    # The value when the unit is working days (kept for the search facets and old clients).
    working_days: Mapped[float | None] = mapped_column(Numeric(8, 2, asdecimal=False))
    fee_text: Mapped[str] = mapped_column(Text, default="")
    fee_amount: Mapped[int | None] = mapped_column(BigInteger)  # đồng
    # The fee cell and its description disagree: the page shows the text, no figure.
    fee_disputed: Mapped[bool] = mapped_column(default=False, server_default=false())
    description: Mapped[str] = mapped_column(Text, default="")
    # A table in a form the importer does not know, kept whole in ``description``.
    unparsed: Mapped[bool] = mapped_column(default=False, server_default=false())


class DossierDocument(db.Model):
    """One document of thành phần hồ sơ, grouped by case (trường hợp)."""
    __tablename__ = "dossier_document"
    id: Mapped[int] = mapped_column(primary_key=True)
    procedure_id: Mapped[int] = mapped_column(
        ForeignKey("procedure.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(SmallInteger)
    case: Mapped[str] = mapped_column(Text, default="")
    name: Mapped[str] = mapped_column(Text)
    form: Mapped[str] = mapped_column(Text, default="")  # mẫu đơn, tờ khai
    originals: Mapped[int | None] = mapped_column(SmallInteger)
    copies: Mapped[int | None] = mapped_column(SmallInteger)
    is_note: Mapped[bool] = mapped_column(default=False, server_default=false())  # "* Lưu ý: …"
    unparsed: Mapped[bool] = mapped_column(default=False, server_default=false())
    # "Người có yêu cầu … các giấy tờ sau:": introduces the rows after it; a heading
    # is also a note (is_note), so that readers of documents and notes skip it.
    is_heading: Mapped[bool] = mapped_column(default=False, server_default=false())

    @property
    def kind(self) -> str:
        """"document", "note" or "heading": what the row is in the dossier list."""
        return "heading" if self.is_heading else "note" if self.is_note else "document"

    @kind.setter
    def kind(self, value: str) -> None:
        self.is_heading = value == "heading"
        self.is_note = value in ("note", "heading")


class LegalBasis(db.Model):
    """One row of căn cứ pháp lý."""
    __tablename__ = "legal_basis"
    id: Mapped[int] = mapped_column(primary_key=True)
    procedure_id: Mapped[int] = mapped_column(
        ForeignKey("procedure.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(SmallInteger)
    number: Mapped[str] = mapped_column(String(200), default="")
    title: Mapped[str] = mapped_column(Text, default="")
    issued_on: Mapped[dt.date | None] = mapped_column(Date)
    # Who issued it ("Chính phủ", "Bộ trưởng Bộ Công an"), only as the text says; else None.
    issuer: Mapped[str | None] = mapped_column(String(300))
    url: Mapped[str] = mapped_column(String(1000), default="")
    # No consistent reading of the row: ``title`` holds its whole text, no number.
    unparsed: Mapped[bool] = mapped_column(default=False, server_default=false())


class ReviewMark(db.Model):
    """A reason for a human to look at a procedure (issue 12): the importer sets
    them, the audit lists them, a staff edit of the procedure clears them."""
    __tablename__ = "review_mark"
    id: Mapped[int] = mapped_column(primary_key=True)
    procedure_id: Mapped[int] = mapped_column(
        ForeignKey("procedure.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(40), index=True)  # see REVIEW_KINDS
    detail: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Procedure(db.Model):
    """A thủ tục hành chính with every part of its record."""
    __tablename__ = "procedure"
    __table_args__ = (
        CheckConstraint("level BETWEEN 1 AND 4", name="level_range"),
        # The few procedures not published, as ids from the index alone: every level
        # statistic leaves them out (migration 0006).
        Index("ix_procedure_status_id", "status", "id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(Text)
    field_id: Mapped[int | None] = mapped_column(ForeignKey("field.id"), index=True)
    procedure_type: Mapped[str] = mapped_column(Text, default="")  # loại thủ tục
    receiving_address: Mapped[str] = mapped_column(Text, default="")
    # None: the source does not say ("Không có thông tin"); the page reads "Chưa có thông tin".
    # (The importer and the staff rules always set them; the "" default keeps code
    # written against an older, NOT NULL schema working.)
    result: Mapped[str | None] = mapped_column(Text, default="")
    conditions: Mapped[str | None] = mapped_column(Text, default="")
    time_limit_text: Mapped[str] = mapped_column(Text, default="")
    time_limit_days: Mapped[float | None] = mapped_column(Numeric(8, 2, asdecimal=False))
    fee_text: Mapped[str] = mapped_column(Text, default="")
    decision_number: Mapped[str] = mapped_column(String(200), default="")
    decision_date: Mapped[dt.date | None] = mapped_column(Date)
    source_url: Mapped[str] = mapped_column(String(1000), default="")
    source_group: Mapped[str] = mapped_column(String(100), default="")
    online_url: Mapped[str] = mapped_column(String(1000), default="")
    status: Mapped[Status] = mapped_column(
        stored_enum(Status, "status"), default=Status.PUBLISHED, index=True)
    level: Mapped[int] = mapped_column(SmallInteger, default=1, index=True)
    is_demo: Mapped[bool] = mapped_column(default=False)
    # Text of trình tự thực hiện before "Bước 1" (a preamble is not a step), and whether
    # the steps carry their own "Bước N" (the page then does not number them again).
    # Server defaults only: an INSERT that does not set them (code written against an
    # older schema, e.g. a migration test) then names no column that may not exist yet.
    steps_preamble: Mapped[str] = mapped_column(Text, server_default="")
    steps_labelled: Mapped[bool] = mapped_column(server_default=false())
    # The record as it was imported (every source field, raw_text included), for reference.
    # Deferred: only the importers write it, and it is the bulk of a row (JSON parsed on
    # every load of a search page, a procedure page or an API record otherwise).
    source_record: Mapped[dict | None] = mapped_column(JSON, deferred=True)
    # Hash of the normalised imported content: an unchanged record is skipped cheaply.
    content_hash: Mapped[str] = mapped_column(String(64), default="")
    # Trust (issue 8): staff may mark that no form is needed, which lets the procedure
    # reach level 2+ without one; verified_* record the last "content is correct" check.
    no_form_required: Mapped[bool] = mapped_column(default=False, server_default=false())
    verified_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    verified_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=True), default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    # eager_defaults off: server defaults are read when used, not RETURNed by every INSERT
    __mapper_args__ = {"version_id_col": version, "eager_defaults": False}

    field: Mapped[Field | None] = relationship(lazy="joined")
    agency_links: Mapped[list[ProcedureAgency]] = relationship(
        cascade="all, delete-orphan", order_by=ProcedureAgency.position)
    tier_links: Mapped[list[ProcedureTier]] = relationship(cascade="all, delete-orphan")
    applicant_links: Mapped[list[ProcedureApplicant]] = relationship(cascade="all, delete-orphan")
    steps: Mapped[list[Step]] = relationship(
        cascade="all, delete-orphan", order_by=Step.position)
    channels: Mapped[list[Channel]] = relationship(
        cascade="all, delete-orphan", order_by=Channel.position)
    documents: Mapped[list[DossierDocument]] = relationship(
        cascade="all, delete-orphan", order_by=DossierDocument.position)
    legal_bases: Mapped[list[LegalBasis]] = relationship(
        cascade="all, delete-orphan", order_by=LegalBasis.position)
    review_marks: Mapped[list[ReviewMark]] = relationship(
        cascade="all, delete-orphan", order_by=ReviewMark.id)

    def agencies(self, role: AgencyRole = AgencyRole.EXECUTING) -> list[Agency]:
        """Agencies linked in ``role``, in their listed order."""
        return [link.agency for link in self.agency_links if link.role == role]

    @property
    def tiers(self) -> list[Tier]:
        return sorted((t.tier for t in self.tier_links), key=list(Tier).index)

    @property
    def applicants(self) -> list[Applicant]:
        return sorted((a.applicant for a in self.applicant_links), key=list(Applicant).index)
